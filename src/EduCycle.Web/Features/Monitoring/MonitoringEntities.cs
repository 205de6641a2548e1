using EduCycle.Web.Features.Registry;

namespace EduCycle.Web.Features.Monitoring;

/// <summary>A data element that no record holds and organisations report through a collection form.</summary>
public sealed class CollectedElement
{
    public int Id { get; set; }
    /// <summary>Stable code, <c>[a-z0-9_.]+</c>, used by indicator expressions and form fields.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    /// <summary>«чел.», «ед.», «да/нет»…</summary>
    public required string Unit { get; set; }
    public decimal? MinValue { get; set; }
    public decimal? MaxValue { get; set; }
    public bool IsInteger { get; set; }
    public string? Description { get; set; }
}

/// <summary>A named form: which collected elements an organisation reports, and how they must agree.</summary>
public sealed class CollectionForm
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public List<CollectionFormField> Fields { get; set; } = [];
    public List<ConsistencyRule> Rules { get; set; } = [];
}

public sealed class CollectionFormField
{
    public int Id { get; set; }
    public int FormId { get; set; }
    public int Order { get; set; }
    public required string ElementCode { get; set; }
    public bool IsRequired { get; set; }
}

public enum ComparisonOperator
{
    LessOrEqual = 1,
    Less = 2,
    GreaterOrEqual = 3,
    Greater = 4,
    Equal = 5,
}

/// <summary><c>Left Operator Right</c> between two fields of a form, checked when both are filled.</summary>
public sealed class ConsistencyRule
{
    public int Id { get; set; }
    public int FormId { get; set; }
    public required string LeftCode { get; set; }
    public ComparisonOperator Operator { get; set; }
    public required string RightCode { get; set; }
    public required string Message { get; set; }
}

/// <summary>A form sent to the organisations of a municipality (or of the region) for a school year, with a deadline.</summary>
public sealed class CollectionRequest
{
    public int Id { get; set; }
    public int FormId { get; set; }
    /// <summary>Start year of the school year reported.</summary>
    public int SchoolYear { get; set; }
    public DateOnly Deadline { get; set; }
    /// <summary>Null: the whole region.</summary>
    public int? MunicipalityId { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public CollectionForm? Form { get; set; }
    public Municipality? Municipality { get; set; }
    public List<CollectionSubmission> Submissions { get; set; } = [];
}

public enum SubmissionStatus
{
    Draft = 1,
    Submitted = 2,
    Approved = 3,
    Returned = 4,
}

/// <summary>One organisation's answer to a request. Approved is locked until re-opened (with a reason, audited).</summary>
public sealed class CollectionSubmission
{
    public int Id { get; set; }
    public int RequestId { get; set; }
    public int OrganisationId { get; set; }
    public SubmissionStatus Status { get; set; } = SubmissionStatus.Draft;
    public DateTime? SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTime? ApprovedAt { get; set; }
    public string? ApprovedBy { get; set; }
    public string? ReturnReason { get; set; }
    public DateTime? ReopenedAt { get; set; }
    public string? ReopenedBy { get; set; }
    public string? ReopenReason { get; set; }
    public CollectionRequest? Request { get; set; }
    public Organisation? Organisation { get; set; }
    public List<CollectedValue> Values { get; set; } = [];
}

/// <summary>One field of a submission; a row exists once the organisation has saved the form.</summary>
public sealed class CollectedValue
{
    public int Id { get; set; }
    public int SubmissionId { get; set; }
    public required string ElementCode { get; set; }
    public decimal? Value { get; set; }
}

public enum PlanLevel
{
    Municipality = 1,
    Region = 2,
}

/// <summary>
/// A monitoring event as the seeds' plans state it (verbatim), with a machine reading of its timing.
/// </summary>
public sealed class MonitoringPlanItem
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public int Order { get; set; }
    public required string Name { get; set; }
    public required string Periodicity { get; set; }
    public required string Responsible { get; set; }
    public string? ExpectedResult { get; set; }
    public required string Source { get; set; }
    public PlanLevel Level { get; set; } = PlanLevel.Municipality;
    /// <summary>Only in this school year (start year); null: every year.</summary>
    public int? OnlySchoolYear { get; set; }
    /// <summary>The machine reading of <see cref="Periodicity"/>: windows <c>start-due</c> of calendar months, comma-separated (see <see cref="Calendar.PlanTiming"/>).</summary>
    public required string Timing { get; set; }
}

public enum MonitoringEventStatus
{
    Planned = 1,
    InProgress = 2,
    Done = 3,
    Cancelled = 4,
}

/// <summary>One occurrence of a plan item for a municipality (or the region) in a school year.</summary>
public sealed class MonitoringEvent
{
    public int Id { get; set; }
    public int PlanItemId { get; set; }
    public int SchoolYear { get; set; }
    /// <summary>Null: a region-level event.</summary>
    public int? MunicipalityId { get; set; }
    /// <summary>Which occurrence of the plan item (0-based), so that generation is idempotent.</summary>
    public int Occurrence { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly DueDate { get; set; }
    public MonitoringEventStatus Status { get; set; } = MonitoringEventStatus.Planned;
    public DateOnly? DoneDate { get; set; }
    public string? Note { get; set; }
    public MonitoringPlanItem? PlanItem { get; set; }
    public Municipality? Municipality { get; set; }
}
