using EduCycle.Engine.Development;

namespace EduCycle.Web.Features.Development.Routes;

/// <summary>Individual educational route («индивидуальный образовательный маршрут», ИОМ).</summary>
public sealed class IndividualRoute
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    /// <summary>Workplace when the route was drafted.</summary>
    public int OrganisationId { get; set; }
    /// <summary>The diagnostic attempt whose deficits the route answers.</summary>
    public int? BasedOnResultId { get; set; }
    /// <summary>The repeat diagnostic the route closed with.</summary>
    public int? ClosingResultId { get; set; }
    public RouteStatus Status { get; set; }
    /// <summary>Built at the ЦНППМ (seed 001 ind. 2).</summary>
    public bool BuiltAtCentre { get; set; }
    public DateOnly PlannedFrom { get; set; }
    public DateOnly PlannedTo { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public List<RouteItem> Items { get; set; } = [];
    public List<RouteStatusChange> History { get; set; } = [];
}

/// <summary>Who moved a route from one state to another, when and why.</summary>
public sealed class RouteStatusChange
{
    public int Id { get; set; }
    public int RouteId { get; set; }
    public RouteStatus? From { get; set; }
    public RouteStatus To { get; set; }
    public DateTime At { get; set; }
    public required string By { get; set; }
    public string? Reason { get; set; }
}

public sealed class RouteItem
{
    public int Id { get; set; }
    public int RouteId { get; set; }
    public int Order { get; set; }
    public RouteItemKind Kind { get; set; }
    /// <summary>The deficit topic the item addresses; null for an item added freely.</summary>
    public int? TopicId { get; set; }
    public CompetencyGroup? Group { get; set; }
    public int? ProgrammeId { get; set; }
    public int? EventId { get; set; }
    public required string Title { get; set; }
    public DateOnly? PlannedFrom { get; set; }
    public DateOnly? PlannedTo { get; set; }
    public RouteItemStatus Status { get; set; }
    public DateOnly? DoneOn { get; set; }
    /// <summary>Evidence of completion: certificate number, link, document name.</summary>
    public string? Evidence { get; set; }
}

public enum RouteItemStatus
{
    Planned = 1,
    InProgress = 2,
    Done = 3,
    Skipped = 4,
}
