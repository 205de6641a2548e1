using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Indicators.Computation;

namespace EduCycle.Web.Features.Indicators.Pages;

/// <summary>
/// What a drill-down may open. Values of municipalities and of the region are everyone's comparison base, but the
/// records behind them, and the organisations of a municipality, only inside the user's own scope.
/// </summary>
public static class DrillAccess
{
    /// <summary>The records behind a unit's value. Organisations are resolved under the scope filters already.</summary>
    public static bool MaySeeRecords(DataScope scope, UnitRef unit) => unit.Level switch
    {
        UnitLevel.Region => scope.SeesAll,
        UnitLevel.Municipality => scope.SeesAll || (scope.Kind == ScopeKind.Municipality && scope.MunicipalityId == unit.Id),
        _ => scope.Kind != ScopeKind.Self,
    };

    /// <summary>The organisations of one municipality (a municipal user: only of its own).</summary>
    public static bool MaySeeOrganisationsOf(DataScope scope, int? municipalityId) =>
        scope.Kind != ScopeKind.Self
        && (municipalityId is null || scope.Kind != ScopeKind.Municipality || scope.MunicipalityId == municipalityId);
}
