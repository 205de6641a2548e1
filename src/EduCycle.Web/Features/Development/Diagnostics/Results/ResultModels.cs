using EduCycle.Engine.Development;

namespace EduCycle.Web.Features.Development.Diagnostics.Results;

public sealed record GroupScore(CompetencyGroup Group, decimal Percent);

/// <summary>A result entered by hand: the teacher, subject, date, a percentage per diagnosed group and the deficit topics named.</summary>
public sealed record ResultEntry(int PersonId, int? SubjectId, DateOnly TakenOn, IReadOnlyList<GroupScore> Scores, IReadOnlyList<int> TopicIds);

/// <summary>Filters of a campaign's results; <see cref="LatestOnly"/> keeps each teacher's latest attempt.</summary>
public sealed record ResultFilter(
    int? CampaignId = null, int? MunicipalityId = null, int? OrganisationId = null, int? SubjectId = null,
    DiagnosticOutcome? Outcome = null, int? PersonId = null, bool LatestOnly = true, string? Search = null);

public sealed record ResultRow(
    int Id, int CampaignId, string CampaignName, int PersonId, string PersonName, int OrganisationId, string? OrganisationName,
    int? MunicipalityId, string? MunicipalityName, int? SubjectId, string? SubjectName, int Attempt, int? PreviousResultId,
    DateOnly TakenOn, DiagnosticOutcome Outcome, bool ConfirmedForAttestation, bool RepeatRequired, DiagnosticEntry Entry,
    IReadOnlyList<GroupScore> Scores, IReadOnlyList<string> DeficitTopics, bool IsLatest)
{
    public decimal? Percent(CompetencyGroup group) => Scores.FirstOrDefault(s => s.Group == group)?.Percent;
}

public sealed record DeficitRow(
    int Id, int PersonId, int TopicId, string TopicCode, string TopicName, CompetencyGroup Group, DeficitKind Kind, DeficitSource Source,
    DateOnly IdentifiedOn, DateOnly? ResolvedOn, int? ResultId);

/// <summary>A teacher's diagnostic history: every attempt in every campaign, and their deficits.</summary>
public sealed record PersonDiagnostics(int PersonId, string PersonName, IReadOnlyList<ResultRow> Results, IReadOnlyList<DeficitRow> Deficits);

/// <summary>A deficit added by hand: the topic, its source and (by default from the source) its kind.</summary>
public sealed record DeficitRequest(int TopicId, DeficitSource Source, DateOnly IdentifiedOn, DeficitKind? Kind = null);

/// <summary>Outcome counts of the teachers' latest attempts, for the campaign card's chart.</summary>
public sealed record OutcomeCounts(int Sufficient, int Acceptable, int Unsatisfactory, int Confirmed, int RepeatRequired)
{
    public int Total => Sufficient + Acceptable + Unsatisfactory;
}
