using EduCycle.Engine.Development;

namespace EduCycle.Web.Features.Development.Diagnostics;

/// <summary>A deficit diagnostic campaign («диагностика профессиональных дефицитов», DOMAIN §3).</summary>
public sealed class DiagnosticCampaign
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public CompetencyGroups Groups { get; set; }
    /// <summary>Level from which a subject-group result is sufficient (seed 003: 95 %).</summary>
    public decimal SufficientLevel { get; set; } = 95m;
    /// <summary>Results below this level are unsatisfactory: a plan and a repeat diagnostic are required.</summary>
    public decimal UnsatisfactoryLevel { get; set; } = 50m;
    /// <summary>Municipality that runs the campaign; null for a regional campaign.</summary>
    public int? MunicipalityId { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public List<DiagnosticCampaignSubject> Subjects { get; set; } = [];
}

public sealed class DiagnosticCampaignSubject
{
    public int CampaignId { get; set; }
    public int SubjectId { get; set; }
}

/// <summary>One teacher's attempt in a campaign: the entry diagnostic (attempt 1) or a repeat one.</summary>
public sealed class DiagnosticResult
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public DiagnosticCampaign? Campaign { get; set; }
    public int PersonId { get; set; }
    /// <summary>Workplace at the time of the attempt, so results stay with the school they were taken in.</summary>
    public int OrganisationId { get; set; }
    public int? SubjectId { get; set; }
    /// <summary>1 = entry diagnostic, 2+ = repeat diagnostics.</summary>
    public int Attempt { get; set; } = 1;
    public int? PreviousResultId { get; set; }
    public DateOnly TakenOn { get; set; }
    public DiagnosticOutcome Outcome { get; set; }
    /// <summary>Subject result sufficient: the teacher goes to the attestation database (seed 003).</summary>
    public bool ConfirmedForAttestation { get; set; }
    /// <summary>Unsatisfactory: the teacher makes a plan and takes a repeat diagnostic.</summary>
    public bool RepeatRequired { get; set; }
    public DiagnosticEntry Entry { get; set; }
    public DateTime EnteredAt { get; set; }
    public required string EnteredBy { get; set; }
    public List<DiagnosticGroupScore> Scores { get; set; } = [];
}

public sealed class DiagnosticGroupScore
{
    public int ResultId { get; set; }
    public CompetencyGroup Group { get; set; }
    public decimal Percent { get; set; }
}

public enum DiagnosticOutcome
{
    /// <summary>Subject group 95–100 %: «достаточный уровень».</summary>
    Sufficient = 1,
    /// <summary>Neither sufficient nor unsatisfactory.</summary>
    Acceptable = 2,
    /// <summary>Below the unsatisfactory level: «неудовлетворительный уровень».</summary>
    Unsatisfactory = 3,
}

public enum DiagnosticEntry
{
    Manual = 1,
    Import = 2,
}

/// <summary>A named deficit topic within a competency group (e.g. «Формирующее оценивание»).</summary>
public sealed class DeficitTopic
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public CompetencyGroup Group { get; set; }
    /// <summary>Subject the topic belongs to; null for topics common to all subjects.</summary>
    public int? SubjectId { get; set; }
}

/// <summary>A teacher's professional deficit on a topic, found by a diagnostic or another source.</summary>
public sealed class Deficit
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public int TopicId { get; set; }
    public DeficitTopic? Topic { get; set; }
    /// <summary>Diagnostic attempt that found it, when found by a diagnostic.</summary>
    public int? ResultId { get; set; }
    public DeficitKind Kind { get; set; }
    public DeficitSource Source { get; set; }
    public DateOnly IdentifiedOn { get; set; }
    /// <summary>When a later diagnostic or route showed it removed.</summary>
    public DateOnly? ResolvedOn { get; set; }
}

/// <summary>Seed 004 ch.4: deficits from objective data vs individual ones.</summary>
public enum DeficitKind
{
    /// <summary>«Общепрофессиональные»: from objective data.</summary>
    GeneralProfessional = 1,
    /// <summary>«Индивидуальные»: from questionnaires and self-analysis.</summary>
    Individual = 2,
}

public enum DeficitSource
{
    Diagnostic = 1,
    Inspection = 2,
    AssessmentResults = 3,
    ContestVideo = 4,
    Questionnaire = 5,
    SelfAnalysis = 6,
}

/// <summary>Membership of the municipal methodical asset («муниципальный методический актив»), confirmed by the municipality.</summary>
public sealed class MethodicalAssetMember
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public int MunicipalityId { get; set; }
    public int SchoolYear { get; set; }
    public DateTime ConfirmedAt { get; set; }
    public required string ConfirmedBy { get; set; }
}
