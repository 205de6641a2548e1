using EduCycle.Web.Features.Indicators.Computation;

namespace EduCycle.Web.Features.Indicators.Targets;

/// <summary>
/// A finding («проблемная зона»): an indicator value off its target, or worse than the year before, at a unit and
/// period. Findings are what recommendations and management decisions answer.
/// </summary>
public sealed class Finding
{
    public int Id { get; set; }
    public required string IndicatorCode { get; set; }
    public int IndicatorVersion { get; set; }
    public int SchoolYear { get; set; }
    public UnitLevel Level { get; set; }
    public int UnitId { get; set; }
    public required string UnitName { get; set; }
    public string? Breakdown { get; set; }
    public FindingKind Kind { get; set; }
    public double Value { get; set; }
    public double? Target { get; set; }
    public double? PreviousValue { get; set; }
    public FindingSeverity Severity { get; set; }
    public DateTime DetectedAt { get; set; }
}

public enum FindingKind
{
    OffTarget = 1,
    Worsening = 2,
}

public enum FindingSeverity
{
    Low = 1,
    Medium = 2,
    High = 3,
}
