using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Definitions;

namespace EduCycle.Web.Features.Cycle.Snapshots;

/// <summary>An indicator value frozen when the cycle was closed (with its numerator, denominator and target).</summary>
public sealed class CycleSnapshotValue
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public required string IndicatorCode { get; set; }
    public int IndicatorVersion { get; set; }
    public int SchoolYear { get; set; }
    public UnitLevel Level { get; set; }
    public int UnitId { get; set; }
    public required string UnitName { get; set; }
    public string? Breakdown { get; set; }
    public double? Numerator { get; set; }
    public double? Denominator { get; set; }
    public double? Value { get; set; }
    public double? Target { get; set; }
}

/// <summary>The definition of an indicator version as it was when the cycle was closed.</summary>
public sealed class CycleSnapshotDefinition
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public required string Code { get; set; }
    public int Version { get; set; }
    public required string Name { get; set; }
    public required string Unit { get; set; }
    public Direction Direction { get; set; }
    public required string Numerator { get; set; }
    public string? Denominator { get; set; }
    public decimal Factor { get; set; }
}

/// <summary>A classification frozen with the cycle: a unit's cluster, a school's status («ШНОР»), an evaluation's verdict.</summary>
public sealed class CycleSnapshotClass
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    /// <summary>What was classified (<c>cluster</c>, <c>status</c>).</summary>
    public required string Kind { get; set; }
    public UnitLevel Level { get; set; }
    public int UnitId { get; set; }
    public required string UnitName { get; set; }
    public required string Label { get; set; }
}
