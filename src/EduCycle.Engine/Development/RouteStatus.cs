namespace EduCycle.Engine.Development;

/// <summary>State of an individual educational route (ИОМ); the allowed moves are <see cref="RouteStateMachine"/>'s.</summary>
public enum RouteStatus
{
    Draft = 1,
    Approved = 2,
    InProgress = 3,
    Completed = 4,
    Cancelled = 5,
}

/// <summary>Kinds of route items (DOMAIN §3).</summary>
public enum RouteItemKind
{
    Programme = 1,
    Seminar = 2,
    MasterClass = 3,
    OpenLesson = 4,
    /// <summary>Internship at an innovation platform («стажировка»).</summary>
    Internship = 5,
    Mentoring = 6,
    SelfEducation = 7,
    MethodicalAssociation = 8,
}
