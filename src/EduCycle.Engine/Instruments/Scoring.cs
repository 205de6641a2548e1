namespace EduCycle.Engine.Instruments;

/// <summary>How an instrument's total, band and verdict are computed.</summary>
public sealed record Scoring
{
    public TotalMode Total { get; init; } = TotalMode.Sum;

    /// <summary>The maximum the source states; a mismatch with the items' maximum is a warning, never fixed silently.</summary>
    public decimal? Maximum { get; init; }

    public BandBasis BandsOn { get; init; } = BandBasis.Total;

    /// <summary>Inclusive ranges of the total (or percent) with labels; must not overlap.</summary>
    public IReadOnlyList<Band> Bands { get; init; } = [];

    public ThresholdRule? ThresholdRule { get; init; }

    /// <summary>An expert may set another band than the computed one only with a written comment.</summary>
    public bool OverrideRequiresComment { get; init; }
}

public enum TotalMode
{
    /// <summary>Total = Σ item points.</summary>
    Sum,
    /// <summary>Total = Σ section weight × section score.</summary>
    WeightedSum,
    /// <summary>No total (questionnaires).</summary>
    None,
}

public enum BandBasis
{
    Total,
    /// <summary>Total ÷ maximum × 100, rounded to hundredths.</summary>
    Percent,
}

/// <summary>
/// The heads' frameworks rule (seed 004 §1): the head is effective when MORE than
/// <see cref="MoreThanShare"/> of the indicators with a threshold reach it — exactly half is not more than half.
/// </summary>
public sealed record ThresholdRule
{
    public decimal MoreThanShare { get; init; } = 0.5m;
    public required string Met { get; init; }
    public required string NotMet { get; init; }

    public bool IsMet(int reached, int indicators) => indicators > 0 && reached > MoreThanShare * indicators;
}
