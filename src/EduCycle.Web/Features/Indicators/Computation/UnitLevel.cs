namespace EduCycle.Web.Features.Indicators.Computation;

/// <summary>Level of the hierarchy an indicator is computed at.</summary>
public enum UnitLevel
{
    Organisation = 1,
    Municipality = 2,
    Region = 3,
}

/// <summary>Which units to compute: a level, optionally the organisations of one municipality, optionally one unit.</summary>
public sealed record UnitQuery(UnitLevel Level, int? WithinMunicipality = null, int? OnlyUnit = null);
