using System.Text.Json;
using EduCycle.Engine.Development;
using EduCycle.Web.Features.Development.Programmes;
using EduCycle.Web.Features.Registry;

namespace EduCycle.Web.Features.Development.Enrolments;

/// <summary>Settings of enrolments (section <c>Development:Enrolments</c>).</summary>
public sealed class EnrolmentOptions
{
    /// <summary>
    /// A diagnostic result (entry or repeat, % of tasks) at or above this is «положительный»: only then may a certificate
    /// be recorded (seed 003). Defaults to the seed's sufficient level of subject competencies, 95 %.
    /// </summary>
    public decimal PassPercent { get; set; } = 95m;
}

public enum EnrolmentResultKind
{
    Ok,
    NotFound,
    Forbidden,
    Invalid,
}

/// <summary>An operation's outcome: the id, or why it was refused (Russian messages naming the field).</summary>
public sealed record EnrolmentResult(EnrolmentResultKind Kind, int? Id, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Kind == EnrolmentResultKind.Ok;

    public static EnrolmentResult Ok(int id) => new(EnrolmentResultKind.Ok, id, []);
    public static EnrolmentResult NotFound() => new(EnrolmentResultKind.NotFound, null, ["Запись об обучении не найдена или недоступна"]);
    public static EnrolmentResult Forbidden(string message) => new(EnrolmentResultKind.Forbidden, null, [message]);
    public static EnrolmentResult Invalid(IReadOnlyList<string> errors) => new(EnrolmentResultKind.Invalid, null, errors);
    public static EnrolmentResult Invalid(string error) => Invalid([error]);
}

/// <summary>What the enrolment form edits.</summary>
public sealed class EnrolmentDraft
{
    public int? PersonId { get; set; }
    public int? ProgrammeId { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public EnrolmentStatus Status { get; set; } = EnrolmentStatus.Planned;
    public decimal? EntryPercent { get; set; }
    public decimal? RepeatPercent { get; set; }
    public string? CertificateNumber { get; set; }
}

/// <summary>One row of the enrolment list (and of its export).</summary>
public sealed record EnrolmentRow(
    int Id, int PersonId, string PersonName, int OrganisationId, string? OrganisationName, int ProgrammeId, string ProgrammeCode,
    string ProgrammeName, ProgrammeKind Kind, int Hours, DateOnly StartDate, DateOnly EndDate, EnrolmentStatus Status,
    decimal? EntryPercent, decimal? RepeatPercent, string? CertificateNumber, FormStatus? AssignmentStatus, FormStatus? ReportStatus);

/// <summary>Items 1–7 of the technical assignment and the report's header, taken from the registry and the catalogue.</summary>
public sealed record EnrolmentHeader(
    int Id, int PersonId, string PersonName, int OrganisationId, string? OrganisationName, Position? Position, EducationLevel Education,
    DateOnly BirthDate, DateOnly ExperienceSince, DateOnly? PositionSince, string ProgrammeName, string ProviderName, int Hours,
    DateOnly StartDate, DateOnly EndDate, EnrolmentStatus Status, decimal? EntryPercent, decimal? RepeatPercent, string? CertificateNumber)
{
    public static int YearsBetween(DateOnly from, DateOnly to) =>
        to.Year - from.Year - (to.Month < from.Month || (to.Month == from.Month && to.Day < from.Day) ? 1 : 0);
}

/// <summary>Item 9 of the technical assignment: the directions of difficulty, one text per chosen competency.</summary>
public static class DifficultyDirections
{
    public static Dictionary<CompetencyGroup, string> Parse(string? stored) =>
        string.IsNullOrWhiteSpace(stored)
            ? []
            : JsonSerializer.Deserialize<Dictionary<CompetencyGroup, string>>(stored) ?? [];

    public static string? Format(IReadOnlyDictionary<CompetencyGroup, string> directions, CompetencyGroups chosen)
    {
        var kept = directions.Where(d => chosen.Contains(d.Key) && !string.IsNullOrWhiteSpace(d.Value))
            .OrderBy(d => d.Key).ToDictionary(d => d.Key, d => d.Value.Trim());
        return kept.Count == 0 ? null : JsonSerializer.Serialize(kept);
    }
}

/// <summary>What the teacher fills in the technical assignment (items 3, 4, 8, 9).</summary>
public sealed class AssignmentDraft
{
    public string? DiplomaNumber { get; set; }
    public DateOnly? DiplomaDate { get; set; }
    public string? Speciality { get; set; }
    public CompetencyGroups Competencies { get; set; }
    public Dictionary<CompetencyGroup, string> Directions { get; set; } = [];
}

/// <summary>What the teacher fills in the course report.</summary>
public sealed class ReportDraft
{
    public string? InternshipPlace { get; set; }
    public int? InternshipHours { get; set; }
    public string? InternshipActivity { get; set; }
    public string? FinalAttestationForm { get; set; }
    public CompetencyGroups CompetenciesImproved { get; set; }
    public string? CompetenciesComment { get; set; }
    public string? DisseminationRecommendation { get; set; }
}
