using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Instruments;

namespace EduCycle.Web.Features.Monitoring.Collection;

/// <summary>Who does what with collection forms (DOMAIN §8); the scope filters decide which records each one reaches.</summary>
public static class CollectionAccess
{
    /// <summary>Send a form: the region to any municipality or the whole region, a municipality to its own organisations.</summary>
    public static readonly string[] Organisers = [Roles.RegionalOperator, Roles.MunicipalOperator];
    /// <summary>Approve, return and re-open submissions.</summary>
    public static readonly string[] Approvers = [Roles.RegionalOperator, Roles.MunicipalOperator];
    /// <summary>Fill and submit the organisation's own submission.</summary>
    public static readonly string[] Fillers = [Roles.Head];
    /// <summary>Everybody but teachers reads requests and submissions within their scope.</summary>
    public static readonly string[] Readers =
        [Roles.RegionalOperator, Roles.RegionalMethodist, Roles.MunicipalOperator, Roles.MunicipalMethodist, Roles.Head, Roles.Curator];

    public static bool CanFill(this Actor actor, CollectionSubmission s) =>
        actor.IsAny(Fillers) && actor.Scope.OrganisationId == s.OrganisationId
        && s.Status is SubmissionStatus.Draft or SubmissionStatus.Returned;
}
