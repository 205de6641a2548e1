namespace EduCycle.Engine.Instruments;

/// <summary>A scored response: item points, section scores, total, percent, band, threshold verdict and override.</summary>
public sealed record InstrumentResult
{
    public required string Instrument { get; init; }
    public required int Version { get; init; }

    /// <summary><c>null</c> when the instrument has no total (<see cref="TotalMode.None"/>).</summary>
    public decimal? Total { get; init; }

    /// <summary>The maximum computed from the items (not the stated one).</summary>
    public decimal? Maximum { get; init; }

    /// <summary>Total ÷ maximum × 100 rounded to hundredths; <c>null</c> without a total or when the maximum is 0.</summary>
    public decimal? Percent { get; init; }

    /// <summary>The computed band's label; <c>null</c> without bands or when the value falls into a gap.</summary>
    public string? Band { get; init; }

    public ThresholdVerdict? Threshold { get; init; }

    /// <summary>Points for test questions (key matched); <c>null</c> when the instrument has none.</summary>
    public decimal? TestScore { get; init; }

    public BandOverride? Override { get; init; }

    /// <summary>The override's band when an expert set one, otherwise the computed band.</summary>
    public string? FinalBand => Override?.Band ?? Band;

    public IReadOnlyList<SectionResult> Sections { get; init; } = [];
    public IReadOnlyList<ItemResult> Items { get; init; } = [];

    /// <summary>A section's result at any depth.</summary>
    public SectionResult? FindSection(string code) => Sections.SelectMany(s => s.SelfAndDescendants()).FirstOrDefault(s => s.Code == code);
}

/// <summary>A section's score and its maximum computed from the items; nested sections roll up into it.</summary>
public sealed record SectionResult
{
    public required string Code { get; init; }
    public string Title { get; init; } = "";
    public required decimal Score { get; init; }
    public required decimal Maximum { get; init; }
    public IReadOnlyList<SectionResult> Sections { get; init; } = [];

    public IEnumerable<SectionResult> SelfAndDescendants() => Sections.SelectMany(s => s.SelfAndDescendants()).Prepend(this);
}

/// <summary>An item's points (<c>null</c> for unscored kinds; 0 when a scored item is unanswered) and, for an
/// indicator with a threshold, whether it was reached.</summary>
public sealed record ItemResult(string Code, decimal? Points, bool? Reached);

/// <summary>The threshold rule applied (seed 004 §1): how many indicators, how many reached, the share and the verdict.</summary>
public sealed record ThresholdVerdict(int Indicators, int Reached, decimal Share, bool Effective, string Verdict);

/// <summary>A scored result, or the problems that prevented scoring (nothing partial).</summary>
public sealed record ScoringOutcome(InstrumentResult? Result, IReadOnlyList<InstrumentProblem> Problems)
{
    public bool Succeeded => Result is not null;
}
