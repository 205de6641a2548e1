using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Diagnostics.Results;

/// <summary>What a campaign accepts: its groups, subjects and levels, and the topic catalogue results name deficits from.</summary>
internal sealed class CampaignRules
{
    private CampaignRules(DiagnosticCampaign campaign, IReadOnlyList<DeficitTopic> topics)
    {
        Campaign = campaign;
        Rule = new DiagnosticRule(campaign.SufficientLevel, campaign.UnsatisfactoryLevel);
        SubjectIds = campaign.Subjects.Select(s => s.SubjectId).ToHashSet();
        TopicsById = topics.ToDictionary(t => t.Id);
        TopicsByCode = topics.ToDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);
    }

    public DiagnosticCampaign Campaign { get; }
    public DiagnosticRule Rule { get; }
    public IReadOnlySet<int> SubjectIds { get; }
    public IReadOnlyDictionary<int, DeficitTopic> TopicsById { get; }
    public IReadOnlyDictionary<string, DeficitTopic> TopicsByCode { get; }

    public static async Task<CampaignRules?> LoadAsync(EduCycleDbContext db, int campaignId, CancellationToken ct)
    {
        var campaign = await db.DiagnosticCampaigns.AsNoTracking().Include(c => c.Subjects).FirstOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null) return null;
        return new CampaignRules(campaign, await db.DeficitTopics.AsNoTracking().ToListAsync(ct));
    }

    public bool Diagnoses(CompetencyGroup group) => Campaign.Groups.Contains(group);

    public string? GroupProblem(CompetencyGroup group) =>
        Diagnoses(group) ? null : $"группа «{DevelopmentLabels.Of(group)}» не диагностируется в этой кампании";

    /// <summary>A campaign with subjects needs one of them; a campaign without subjects takes any or none.</summary>
    public string? SubjectProblem(int? subjectId) =>
        SubjectIds.Count == 0 || (subjectId is { } s && SubjectIds.Contains(s)) ? null
        : subjectId is null ? "не указан предмет"
        : "предмет не входит в кампанию";

    public string? TopicProblem(DeficitTopic topic, int? subjectId) =>
        !Diagnoses(topic.Group) ? $"тема «{topic.Code}» относится к группе «{DevelopmentLabels.Of(topic.Group)}», которая не диагностируется в этой кампании"
        : topic.SubjectId is { } own && own != subjectId ? $"тема «{topic.Code}» относится к другому предмету"
        : null;

    /// <summary>Groups of the campaign the scores leave out.</summary>
    public IEnumerable<CompetencyGroup> Missing(IEnumerable<CompetencyGroup> scored) => Campaign.Groups.Members().Except(scored);
}
