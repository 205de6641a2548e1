using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Instruments;

namespace EduCycle.Web.Features.Development.Diagnostics;

/// <summary>Who may change diagnostics (DOMAIN §8); reads are limited by the database's scope filters alone.</summary>
public static class DiagnosticAccess
{
    /// <summary>Regional roles manage every campaign and the topic catalogue.</summary>
    public static readonly string[] Regional = [Roles.RegionalOperator, Roles.RegionalMethodist];
    /// <summary>Municipal roles manage their municipality's campaigns and its methodical asset.</summary>
    public static readonly string[] Municipal = [Roles.MunicipalOperator, Roles.MunicipalMethodist];
    public static readonly string[] Writers = [.. Regional, .. Municipal];
    public const string WriterRoles = Roles.RegionalOperator + "," + Roles.RegionalMethodist + "," + Roles.MunicipalOperator + "," + Roles.MunicipalMethodist;
    public const string AssetRoles = Roles.MunicipalOperator + "," + Roles.MunicipalMethodist;

    /// <summary>A regional campaign (no municipality) is the regional roles' only; a municipal one also its municipality's.</summary>
    public static bool CanManage(Actor actor, int? campaignMunicipalityId) =>
        actor.IsAny(Regional)
        || (campaignMunicipalityId is { } m && actor.IsAny(Municipal) && actor.Scope.MunicipalityId == m);

    public static bool CanManageAsset(Actor actor, int municipalityId) =>
        actor.IsAny(Municipal) && actor.Scope.MunicipalityId == municipalityId;
}
