using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Targets;

namespace EduCycle.Web.Features.Cycle.Findings;

/// <summary>
/// A finding taken into a cycle («проблемная зона»): copied from the indicators' findings (off target, worsening),
/// from a cluster of weak units or an instrument's low band, or added by hand with evidence. The cycle keeps its own
/// copy with the values of the day, so re-detection in the indicators register never changes what the cycle answered.
/// </summary>
public sealed class CycleFinding
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public FindingSource Source { get; set; }
    /// <summary>The indicator, when the finding is about one.</summary>
    public string? IndicatorCode { get; set; }
    public int? IndicatorVersion { get; set; }
    /// <summary>The instrument (diagnostic, checklist), when the finding is about its band.</summary>
    public string? InstrumentCode { get; set; }
    /// <summary>What is wrong, in one line («Доля педагогов … ниже целевого значения»).</summary>
    public required string Title { get; set; }
    public int SchoolYear { get; set; }
    public UnitLevel Level { get; set; }
    public int UnitId { get; set; }
    public required string UnitName { get; set; }
    public string? Breakdown { get; set; }
    public double? Value { get; set; }
    public double? Target { get; set; }
    public double? PreviousValue { get; set; }
    public FindingSeverity Severity { get; set; }
    /// <summary>Evidence of a hand-added finding (a report, a visit), or the cluster's profile.</summary>
    public string? Evidence { get; set; }
    /// <summary>The indicators' finding this one was taken from (it may be re-detected away later; the copy stays).</summary>
    public int? IndicatorFindingId { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
}

public enum FindingSource
{
    OffTarget = 1,
    Worsening = 2,
    WeakCluster = 3,
    LowBand = 4,
    Manual = 5,
}
