using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Instruments;

namespace EduCycle.Web.Features.Development.Routes;

/// <summary>
/// What a user may do with the routes they see (the scope filters decide which they see): methodists, the regional
/// operator and heads draft, edit and move routes; a teacher reads their own and marks its items done.
/// </summary>
public sealed record RouteAccess(bool CanEdit, int? TeacherPersonId)
{
    public static readonly string[] Editors = [Roles.RegionalMethodist, Roles.RegionalOperator, Roles.MunicipalMethodist, Roles.Head];

    public const string EditorsText = "методист ИРО / ЦНППМ, региональный оператор, муниципальная методическая служба и руководитель организации";

    public bool IsTeacherOf(int personId) => TeacherPersonId == personId;

    public static RouteAccess Of(Actor actor) =>
        new(actor.IsAny(Editors), actor.RoleNames.Contains(Roles.Teacher) ? actor.Scope.PersonId : null);
}
