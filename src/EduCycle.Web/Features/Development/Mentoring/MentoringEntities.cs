namespace EduCycle.Web.Features.Development.Mentoring;

/// <summary>A mentor–mentee pair of the mentoring target model («целевая модель наставничества»).</summary>
public sealed class MentoringPair
{
    public int Id { get; set; }
    public int MentorId { get; set; }
    public int MenteeId { get; set; }
    public int OrganisationId { get; set; }
    public MentoringForm Form { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public string? Plan { get; set; }
    public MentoringStatus Status { get; set; }
    public string? Outcome { get; set; }
    public List<MentoringMeeting> Meetings { get; set; } = [];
}

public enum MentoringForm
{
    /// <summary>«Педагог — педагог».</summary>
    TeacherTeacher = 1,
    /// <summary>«Руководитель — педагог».</summary>
    HeadTeacher = 2,
    /// <summary>Group mentoring.</summary>
    Group = 3,
}

public enum MentoringStatus
{
    Active = 1,
    Completed = 2,
    Terminated = 3,
}

public sealed class MentoringMeeting
{
    public int Id { get; set; }
    public int PairId { get; set; }
    public DateOnly Date { get; set; }
    public required string Topic { get; set; }
    public string? Notes { get; set; }
}
