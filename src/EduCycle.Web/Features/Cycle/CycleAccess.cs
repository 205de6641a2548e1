using EduCycle.Web.Features.Cycle.Cycles;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Instruments;

namespace EduCycle.Web.Features.Cycle;

/// <summary>Who does what in a management cycle (DOMAIN §8); the scope filters decide which cycles each one reaches.</summary>
public static class CycleAccess
{
    /// <summary>Read cycles, findings, decisions and evaluations of their territory.</summary>
    public static readonly string[] Readers =
        [Roles.RegionalOperator, Roles.RegionalMethodist, Roles.MunicipalOperator, Roles.MunicipalMethodist];
    /// <summary>Run a cycle: create it, move its stages, take decisions, evaluate them, close it.</summary>
    public static readonly string[] Managers = [Roles.RegionalOperator, Roles.MunicipalOperator];
    /// <summary>Draft and edit recommendations (the methodical services write them, the operators approve).</summary>
    public static readonly string[] Authors =
        [Roles.RegionalOperator, Roles.RegionalMethodist, Roles.MunicipalOperator, Roles.MunicipalMethodist];
    /// <summary>Addressees who read and acknowledge published recommendations.</summary>
    public static readonly string[] Addressees = [Roles.Head, Roles.Teacher, Roles.MunicipalMethodist, Roles.MunicipalOperator];

    /// <summary>A region-level cycle is run by the region; a municipal one by its municipality (or the region).</summary>
    public static bool CanManage(this Actor actor, ManagementCycle cycle) =>
        actor.IsAny(Managers) && (actor.Scope.Kind == ScopeKind.Region || cycle.MunicipalityId == actor.Scope.MunicipalityId);

    public static bool CanAuthor(this Actor actor, ManagementCycle cycle) =>
        actor.IsAny(Authors) && (actor.Scope.Kind == ScopeKind.Region || cycle.MunicipalityId == actor.Scope.MunicipalityId);
}
