using EduCycle.Web.Features.Indicators.Computation;

namespace EduCycle.Web.Features.Cycle.Effects;

/// <summary>
/// The evaluation of a decision's effect on one indicator («анализ эффективности принятых мер», seed 001 §10):
/// the indicator before and after at the units the decision covered against comparable units it did not cover
/// (difference in differences), the group sizes, the proposed verdict and the working group's confirmed one.
/// The units and their values are stored, so the evaluation reads the same later.
/// </summary>
public sealed class EffectEvaluation
{
    public int Id { get; set; }
    public int DecisionId { get; set; }
    public required string IndicatorCode { get; set; }
    public int IndicatorVersion { get; set; }
    public UnitLevel Level { get; set; }
    public int BaselineYear { get; set; }
    public int FollowUpYear { get; set; }
    public ComparisonMethod Method { get; set; }
    public int TreatedCount { get; set; }
    public int ComparisonCount { get; set; }
    public double TreatedBefore { get; set; }
    public double TreatedAfter { get; set; }
    public double ComparisonBefore { get; set; }
    public double ComparisonAfter { get; set; }
    /// <summary>(treated after − before) − (comparison after − before), in the indicator's unit.</summary>
    public double Effect { get; set; }
    public double? StandardError { get; set; }
    /// <summary>A group is too small to conclude: the verdict is at most «не доказан».</summary>
    public bool TooSmall { get; set; }
    public EffectVerdict Proposed { get; set; }
    public EffectVerdict? Verdict { get; set; }
    public string? VerdictReason { get; set; }
    public string? ConfirmedBy { get; set; }
    public DateTime? ConfirmedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public List<EffectEvaluationUnit> Units { get; set; } = [];
}

public enum ComparisonMethod
{
    /// <summary>Units of the same cluster (k-means over the indicator's prior values and the cycle's indicators).</summary>
    SameCluster = 1,
    /// <summary>Nearest units by the indicator's baseline value.</summary>
    Matching = 2,
}

public enum EffectVerdict
{
    /// <summary>Эффективно.</summary>
    Effective = 1,
    /// <summary>Эффект не доказан.</summary>
    NotShown = 2,
    /// <summary>Стало хуже.</summary>
    Worse = 3,
}

public sealed class EffectEvaluationUnit
{
    public int Id { get; set; }
    public int EvaluationId { get; set; }
    public int UnitId { get; set; }
    public required string UnitName { get; set; }
    public bool Treated { get; set; }
    public double? Before { get; set; }
    public double? After { get; set; }
}
