using EduCycle.Engine.Instruments;

namespace EduCycle.Web.Features.Instruments;

/// <summary>One stored version of an instrument (<c>methodology/README.md</c>); never changed once written.</summary>
public sealed class InstrumentVersion
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public int Version { get; set; }
    public DateOnly ValidFrom { get; set; }
    public required string Name { get; set; }
    public InstrumentKind Kind { get; set; }
    public AssessedSubject Subject { get; set; }
    public required string DefinitionJson { get; set; }
    public InstrumentOrigin Origin { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
}

public enum InstrumentOrigin
{
    /// <summary>Loaded from <c>methodology/instruments</c>.</summary>
    Shipped = 1,
    /// <summary>Created by a regional operator in the application.</summary>
    Edited = 2,
}

/// <summary>A methodologist's assignment of one instrument version to subjects for a period with a deadline (кампания).</summary>
public sealed class Campaign
{
    public int Id { get; set; }
    public required string InstrumentCode { get; set; }
    public int InstrumentVersion { get; set; }
    public required string Name { get; set; }
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }
    public DateOnly Deadline { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public required string CreatedBy { get; set; }
}

/// <summary>
/// One subject's task in a campaign: exactly one of <see cref="OrganisationId"/>, <see cref="MunicipalityId"/>,
/// <see cref="PersonId"/> is set. <see cref="AreaMunicipalityId"/> is the municipality the result counts for
/// (the municipality itself, or the organisation's municipality when assigned). The result columns hold the
/// self-assessment once submitted and the reconciled result once reviewed.
/// </summary>
public sealed class Assignment
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public Campaign Campaign { get; set; } = null!;
    public int? OrganisationId { get; set; }
    public int? MunicipalityId { get; set; }
    public int? PersonId { get; set; }
    /// <summary>A further-training programme under expertise.</summary>
    public int? ProgrammeId { get; set; }
    public int? AreaMunicipalityId { get; set; }
    public AssignmentStatus Status { get; set; }
    public DateTime AssignedAt { get; set; }
    public required string AssignedBy { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTime? LockedAt { get; set; }
    public string? LockedBy { get; set; }
    public double? ResultTotal { get; set; }
    public string? ResultBand { get; set; }
    public bool? ResultEffective { get; set; }
    public string? ResultJson { get; set; }
    public string? ReconcileComment { get; set; }
}

public enum AssignmentStatus
{
    Assigned = 1,
    Draft = 2,
    Submitted = 3,
    Reviewed = 4,
    Locked = 5,
}

public enum AssessmentRole
{
    /// <summary>Self-assessment (самооценка) by the subject.</summary>
    Self = 1,
    /// <summary>Expert assessment (экспертная оценка).</summary>
    Expert = 2,
}

public enum AssessmentStatus
{
    Draft = 1,
    Submitted = 2,
}

/// <summary>A filled instrument of one role for an assignment, tied to the version that scores it.</summary>
public sealed class Assessment
{
    public int Id { get; set; }
    public int AssignmentId { get; set; }
    public AssessmentRole Role { get; set; }
    public required string InstrumentCode { get; set; }
    public int InstrumentVersion { get; set; }
    public required string ResponseJson { get; set; }
    public string? ResultJson { get; set; }
    public double? Total { get; set; }
    public string? Band { get; set; }
    public string? FinalBand { get; set; }
    public AssessmentStatus Status { get; set; }
    public DateTime SavedAt { get; set; }
    public required string SavedBy { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }
}

/// <summary>A file attached as evidence to an item of an assignment.</summary>
public sealed class EvidenceFile
{
    public int Id { get; set; }
    public int AssignmentId { get; set; }
    public required string ItemCode { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required byte[] Content { get; set; }
    public DateTime UploadedAt { get; set; }
    public required string UploadedBy { get; set; }
}

public enum TestAttemptStatus
{
    InProgress = 1,
    Finished = 2,
    /// <summary>Finished after the deadline: only the answers saved before it count.</summary>
    Expired = 3,
}

/// <summary>
/// One timed attempt at a test assignment: the drawn variant (its seed and question codes), the answers saved
/// before <see cref="DeadlineAt"/>, and the score once finished. One attempt per assignment unless re-opened.
/// </summary>
public sealed class TestAttempt
{
    public int Id { get; set; }
    public int AssignmentId { get; set; }
    public int? PersonId { get; set; }
    public int Number { get; set; }
    public int Seed { get; set; }
    public required string QuestionCodesJson { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime DeadlineAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public required string AnswersJson { get; set; }
    public double? Total { get; set; }
    public double? Maximum { get; set; }
    public double? Percent { get; set; }
    public TestAttemptStatus Status { get; set; }
    public string? ReopenedBy { get; set; }
    public DateTime? ReopenedAt { get; set; }
}
