using EduCycle.Engine.Development;

namespace EduCycle.Web.Features.Development.Enrolments;

/// <summary>A teacher's enrolment on a programme («обучение по ДПП»).</summary>
public sealed class Enrolment
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public int ProgrammeId { get; set; }
    /// <summary>Workplace the teacher was sent from.</summary>
    public int OrganisationId { get; set; }
    public int? RouteItemId { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public EnrolmentStatus Status { get; set; }
    /// <summary>Entry diagnostic control, % of tasks done («входной диагностический контроль»).</summary>
    public decimal? EntryPercent { get; set; }
    /// <summary>Repeat diagnostic control, % («повторный диагностический контроль»).</summary>
    public decimal? RepeatPercent { get; set; }
    public string? CertificateNumber { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public TechnicalAssignment? TechnicalAssignment { get; set; }
    public CourseReport? CourseReport { get; set; }
}

public enum EnrolmentStatus
{
    Planned = 1,
    Studying = 2,
    Completed = 3,
    NotCompleted = 4,
    Withdrawn = 5,
}

/// <summary>
/// Seed 003 appendix 1: «Форма технического задания учителю при направлении на курсы повышения квалификации».
/// Filled by the teacher, signed off by the head.
/// </summary>
public sealed class TechnicalAssignment
{
    public int EnrolmentId { get; set; }
    public string? DiplomaNumber { get; set; }
    public DateOnly? DiplomaDate { get; set; }
    public string? Speciality { get; set; }
    /// <summary>Competencies to acquire or improve (item 8, «подчеркнуть»).</summary>
    public CompetencyGroups Competencies { get; set; }
    /// <summary>Item 9: the directions of professional difficulty, per competency.</summary>
    public string? DifficultyDirections { get; set; }
    public FormStatus Status { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime? SignedByHeadAt { get; set; }
    public string? SignedByHead { get; set; }
}

/// <summary>Seed 003 appendix 2: «Отчёт о прохождении курсов повышения квалификации».</summary>
public sealed class CourseReport
{
    public int EnrolmentId { get; set; }
    public string? InternshipPlace { get; set; }
    public int? InternshipHours { get; set; }
    public string? InternshipActivity { get; set; }
    public string? FinalAttestationForm { get; set; }
    public CompetencyGroups CompetenciesImproved { get; set; }
    public string? CompetenciesComment { get; set; }
    public string? DisseminationRecommendation { get; set; }
    public FormStatus Status { get; set; }
    public DateTime? SubmittedAt { get; set; }
}

public enum FormStatus
{
    Draft = 1,
    Submitted = 2,
    Signed = 3,
}
