using EduCycle.Engine.Development;

namespace EduCycle.Web.Features.Development.Routes;

/// <summary>Filters of the route list; every field is optional.</summary>
public sealed record RouteFilter
{
    public RouteStatus? Status { get; init; }
    public int? MunicipalityId { get; init; }
    public int? OrganisationId { get; init; }
    public int? PersonId { get; init; }
    /// <summary>Only routes whose planned end has passed and which are neither completed nor cancelled.</summary>
    public bool OverdueOnly { get; init; }
    public string? Search { get; init; }
}

public sealed record RouteRow(
    int Id, int PersonId, string PersonName, int OrganisationId, string OrganisationName, string? MunicipalityName,
    RouteStatus Status, DateOnly PlannedFrom, DateOnly PlannedTo, int Items, int ItemsDone, bool Overdue, DateTime CreatedAt);

/// <summary>A teacher with open deficits and no route that is a draft, approved or in progress.</summary>
public sealed record TeacherWithoutRouteRow(
    int PersonId, string PersonName, int? OrganisationId, string? OrganisationName, string? MunicipalityName, int OpenDeficits, DateOnly? LastDiagnostic);

public sealed record RouteDetails(
    RouteRow Route,
    string? Note,
    string CreatedBy,
    int? BasedOnResultId,
    DateOnly? BasedOnTakenOn,
    int? ClosingResultId,
    DateOnly? ClosingTakenOn,
    IReadOnlyList<RouteDeficitRow> Deficits,
    IReadOnlyList<RouteItemRow> Items,
    IReadOnlyList<RouteHistoryRow> History,
    IReadOnlyList<GroupComparison> BeforeAfter,
    IReadOnlyList<RouteStatus> NextStates,
    bool CanEdit,
    bool CanMarkItems);

/// <summary>A deficit of the teacher, when it was resolved, and whether some item of the route addresses it.</summary>
public sealed record RouteDeficitRow(int TopicId, string TopicName, CompetencyGroup Group, DateOnly IdentifiedOn, DateOnly? ResolvedOn, bool Covered);

public sealed record RouteItemRow(
    int Id, int Order, RouteItemKind Kind, string Title, int? TopicId, string? TopicName, CompetencyGroup? Group,
    int? ProgrammeId, int? EventId, DateOnly? PlannedFrom, DateOnly? PlannedTo, RouteItemStatus Status, DateOnly? DoneOn,
    string? Evidence, int? EnrolmentId)
{
    /// <summary>A self-education item drafted for a deficit nothing in the catalogue addresses.</summary>
    public bool Uncovered => Kind == RouteItemKind.SelfEducation && TopicId is not null && ProgrammeId is null && EventId is null;
}

public sealed record RouteHistoryRow(RouteStatus? From, RouteStatus To, DateTime At, string By, string? Reason);

/// <summary>A competency group's result in the diagnostic the route answered and in the one it closed with.</summary>
public sealed record GroupComparison(CompetencyGroup Group, double? Before, double? After);

public sealed record TransitionRequest(RouteStatus To, string? Reason, int? ClosingResultId = null);

/// <summary>An item as an editor enters it.</summary>
public sealed record RouteItemInput(RouteItemKind Kind, string? Title, DateOnly? PlannedFrom, DateOnly? PlannedTo, int? TopicId = null);

/// <summary>An item's progress: its status, the date it was done and the evidence.</summary>
public sealed record RouteItemProgress(RouteItemStatus Status, DateOnly? DoneOn, string? Evidence);

public sealed record RoutePeriodInput(DateOnly PlannedFrom, DateOnly PlannedTo, string? Note);

/// <summary>A diagnostic attempt a route may close with.</summary>
public sealed record ClosingCandidate(int ResultId, DateOnly TakenOn, int Attempt, string Campaign);

/// <summary>A draft before it is saved, and the route the person already has open, if any.</summary>
public sealed record DraftPreview(
    int PersonId, string PersonName, int OrganisationId, string OrganisationName, bool RuralSchool,
    IReadOnlyList<RouteDeficit> Deficits, RouteDraft Draft, DateOnly PlannedFrom, DateOnly PlannedTo, int? OpenRouteId, RouteStatus? OpenRouteStatus);
