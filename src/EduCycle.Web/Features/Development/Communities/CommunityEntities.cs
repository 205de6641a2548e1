namespace EduCycle.Web.Features.Development.Communities;

/// <summary>A methodical association or professional community (РМО, ШМО, network community, mentors' community…).</summary>
public sealed class Community
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public CommunityKind Kind { get; set; }
    public ActivityLevel Level { get; set; }
    public int? MunicipalityId { get; set; }
    public int? OrganisationId { get; set; }
    public int? SubjectId { get; set; }
    public DateOnly CreatedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
}

public enum CommunityKind
{
    /// <summary>«Школьное методическое объединение», ШМО.</summary>
    SchoolAssociation = 1,
    /// <summary>«Районное методическое объединение», РМО.</summary>
    DistrictAssociation = 2,
    /// <summary>«Региональное учебно-методическое объединение», РУМО.</summary>
    RegionalAssociation = 3,
    /// <summary>«Сетевое профессиональное сообщество».</summary>
    NetworkCommunity = 4,
    /// <summary>«Сообщество наставников».</summary>
    MentorsCommunity = 5,
    /// <summary>«Школа молодого педагога».</summary>
    YoungTeachersSchool = 6,
}

public enum ActivityLevel
{
    School = 1,
    Municipal = 2,
    Regional = 3,
    Federal = 4,
}

public sealed class CommunityMembership
{
    public int Id { get; set; }
    public int CommunityId { get; set; }
    public int PersonId { get; set; }
    public MembershipRole Role { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
}

public enum MembershipRole
{
    Member = 1,
    Leader = 2,
}

/// <summary>A methodical event («методическое мероприятие»).</summary>
public sealed class MethodicalEvent
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public EventForm Form { get; set; }
    public ActivityLevel Level { get; set; }
    public DateOnly Date { get; set; }
    public DateOnly? EndDate { get; set; }
    /// <summary>Organising organisation, when an organisation holds it.</summary>
    public int? OrganiserOrganisationId { get; set; }
    public int? MunicipalityId { get; set; }
    public int? CommunityId { get; set; }
    public int? SubjectId { get; set; }
    /// <summary>Held in network interaction of several organisations (seed 002 §7).</summary>
    public bool IsNetwork { get; set; }
    /// <summary>Open to route items (shown in the route drafter's catalogue).</summary>
    public bool OpenForRoutes { get; set; } = true;
    public List<EventTopic> Topics { get; set; } = [];
}

public sealed class EventTopic
{
    public int EventId { get; set; }
    public int TopicId { get; set; }
}

public enum EventForm
{
    Seminar = 1,
    MasterClass = 2,
    OpenLesson = 3,
    RoundTable = 4,
    MethodicalDay = 5,
    Conference = 6,
    Internship = 7,
    Webinar = 8,
}

public sealed class EventParticipation
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public int PersonId { get; set; }
    public ParticipationRole Role { get; set; }
}

public enum ParticipationRole
{
    Participant = 1,
    Speaker = 2,
    Organiser = 3,
}

/// <summary>Participation in a competition of professional mastery («Учитель года», «Педагогический дебют», …).</summary>
public sealed class CompetitionEntry
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public required string Competition { get; set; }
    public ActivityLevel Level { get; set; }
    public int SchoolYear { get; set; }
    public CompetitionResult Result { get; set; }
}

public enum CompetitionResult
{
    Participant = 1,
    Laureate = 2,
    Prizewinner = 3,
    Winner = 4,
}

/// <summary>A teacher trained as an expert (ГИА commission or attestation).</summary>
public sealed class ExpertQualification
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public Programmes.ExpertTopic Kind { get; set; }
    public int? SubjectId { get; set; }
    public DateOnly Since { get; set; }
    public DateOnly? ValidTo { get; set; }
}

/// <summary>A qualification-category decision («аттестация»); the latest one is the person's current category.</summary>
public sealed class AttestationRecord
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public Registry.QualificationCategory Category { get; set; }
    public DateOnly DecidedOn { get; set; }
    /// <summary>The category is valid five years; the next attestation falls due then.</summary>
    public DateOnly ValidTo { get; set; }
    public string? OrderNumber { get; set; }
}
