using EduCycle.Web.Features.Indicators.Computation;

namespace EduCycle.Web.Features.Indicators.Targets;

/// <summary>
/// Target value («целевое значение») of an indicator for a school year at a level: for one unit, or for every unit of
/// the level when <see cref="UnitId"/> is null (a unit's own target overrides the level's).
/// </summary>
public sealed class IndicatorTarget
{
    public int Id { get; set; }
    public required string IndicatorCode { get; set; }
    public int SchoolYear { get; set; }
    public UnitLevel Level { get; set; }
    public int? UnitId { get; set; }
    public double Value { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
}
