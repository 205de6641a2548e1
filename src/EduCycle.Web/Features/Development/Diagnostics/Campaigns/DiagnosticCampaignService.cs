using EduCycle.Engine.Instruments;
using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Instruments;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Diagnostics.Campaigns;

public sealed record CampaignRequest(
    string Name, DateOnly StartDate, DateOnly EndDate, IReadOnlyList<CompetencyGroup> Groups, IReadOnlyList<int> SubjectIds,
    decimal SufficientLevel = DiagnosticRule.DefaultSufficientLevel, decimal UnsatisfactoryLevel = DiagnosticRule.DefaultUnsatisfactoryLevel,
    int? MunicipalityId = null);

/// <summary>A campaign with the counts of its teachers by the outcome of their latest attempt (within the reader's scope).</summary>
public sealed record CampaignRow(
    int Id, string Name, DateOnly StartDate, DateOnly EndDate, IReadOnlyList<CompetencyGroup> Groups, IReadOnlyList<string> Subjects,
    decimal SufficientLevel, decimal UnsatisfactoryLevel, int? MunicipalityId, string? MunicipalityName, string CreatedBy,
    int Teachers, int Sufficient, int Acceptable, int Unsatisfactory, int Repeats)
{
    public bool IsRegional => MunicipalityId is null;
}

/// <summary>Deficit diagnostic campaigns: list with counts, create and edit (regional, or municipal in one's municipality).</summary>
public sealed class DiagnosticCampaignService(EduCycleDbContext db, TimeProvider clock)
{
    public Task<IReadOnlyList<CampaignRow>> ListAsync(CancellationToken ct = default) =>
        WithSubjectsAsync(db.DiagnosticCampaigns.AsNoTracking(), ct);

    public async Task<CampaignRow?> GetAsync(int id, CancellationToken ct = default) =>
        (await WithSubjectsAsync(db.DiagnosticCampaigns.AsNoTracking().Where(c => c.Id == id), ct)).FirstOrDefault();

    /// <summary>The rows, then the subject names of all of them in one more query.</summary>
    private async Task<IReadOnlyList<CampaignRow>> WithSubjectsAsync(IQueryable<DiagnosticCampaign> campaigns, CancellationToken ct)
    {
        var rows = await Rows(campaigns).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var subjects = (await db.Set<DiagnosticCampaignSubject>().Where(x => ids.Contains(x.CampaignId))
                .Join(db.Subjects, x => x.SubjectId, s => s.Id, (x, s) => new { x.CampaignId, s.Name }).ToListAsync(ct))
            .ToLookup(x => x.CampaignId, x => x.Name);
        return rows.Select(r => r with { Subjects = subjects[r.Id].Order(StringComparer.Ordinal).ToList() }).ToList();
    }

    public async Task<Outcome<CampaignRow>> CreateAsync(Actor actor, CampaignRequest request, CancellationToken ct = default)
    {
        if (!DiagnosticAccess.CanManage(actor, request.MunicipalityId))
            return Refusal.Forbidden(request.MunicipalityId is null
                ? "Региональные кампании создают региональный оператор и региональный методист"
                : "Муниципальные кампании создают региональные специалисты и специалисты своего муниципалитета");
        var problems = await CheckAsync(request, ct);
        if (problems.Count > 0) return Refusal.Invalid("Кампания не создана", problems);
        var campaign = new DiagnosticCampaign
        {
            Name = request.Name.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = actor.Name,
        };
        Apply(campaign, request);
        db.DiagnosticCampaigns.Add(campaign);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(campaign.Id, ct))!;
    }

    /// <summary>Edits a campaign. Levels and groups cannot change once results are stored: their outcomes were computed with them.</summary>
    public async Task<Outcome<CampaignRow>> UpdateAsync(Actor actor, int id, CampaignRequest request, CancellationToken ct = default)
    {
        var campaign = await db.DiagnosticCampaigns.Include(c => c.Subjects).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null) return Refusal.NotFound();
        if (!DiagnosticAccess.CanManage(actor, campaign.MunicipalityId) || !DiagnosticAccess.CanManage(actor, request.MunicipalityId))
            return Refusal.Forbidden("Изменять кампанию может тот, кто вправе её проводить");
        var problems = await CheckAsync(request, ct);
        if (await db.DiagnosticResults.AnyAsync(r => r.CampaignId == id, ct))
        {
            if (request.SufficientLevel != campaign.SufficientLevel || request.UnsatisfactoryLevel != campaign.UnsatisfactoryLevel)
                problems.Add(InstrumentProblem.Error("levels", "по кампании уже внесены результаты: уровни изменить нельзя"));
            if (Groups(request.Groups) != campaign.Groups)
                problems.Add(InstrumentProblem.Error("groups", "по кампании уже внесены результаты: группы компетенций изменить нельзя"));
        }
        if (problems.Count > 0) return Refusal.Invalid("Кампания не изменена", problems);
        campaign.Name = request.Name.Trim();
        campaign.Subjects.RemoveAll(s => !request.SubjectIds.Contains(s.SubjectId));
        Apply(campaign, request);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(id, ct))!;
    }

    private static void Apply(DiagnosticCampaign campaign, CampaignRequest request)
    {
        campaign.StartDate = request.StartDate;
        campaign.EndDate = request.EndDate;
        campaign.Groups = Groups(request.Groups);
        campaign.SufficientLevel = request.SufficientLevel;
        campaign.UnsatisfactoryLevel = request.UnsatisfactoryLevel;
        campaign.MunicipalityId = request.MunicipalityId;
        foreach (var subject in request.SubjectIds.Distinct().Where(s => campaign.Subjects.All(x => x.SubjectId != s)))
            campaign.Subjects.Add(new DiagnosticCampaignSubject { SubjectId = subject });
    }

    private static CompetencyGroups Groups(IEnumerable<CompetencyGroup> groups) =>
        groups.Aggregate(CompetencyGroups.None, (set, g) => set | CompetencyGroupSets.Of(g));

    private async Task<List<InstrumentProblem>> CheckAsync(CampaignRequest request, CancellationToken ct)
    {
        var problems = new List<InstrumentProblem>();
        if (string.IsNullOrWhiteSpace(request.Name)) problems.Add(InstrumentProblem.Error("name", "не указано название кампании"));
        else if (request.Name.Trim().Length > 500) problems.Add(InstrumentProblem.Error("name", "название длиннее 500 символов"));
        if (request.EndDate < request.StartDate) problems.Add(InstrumentProblem.Error("endDate", "период заканчивается раньше, чем начинается"));
        if (request.Groups.Count == 0) problems.Add(InstrumentProblem.Error("groups", "не выбрана ни одна группа компетенций"));
        if (request.Groups.Any(g => !Enum.IsDefined(g))) problems.Add(InstrumentProblem.Error("groups", "неизвестная группа компетенций"));
        if (DiagnosticRule.LevelsProblem(request.SufficientLevel, request.UnsatisfactoryLevel) is { } levels)
            problems.Add(InstrumentProblem.Error("levels", levels));
        var subjects = request.SubjectIds.Distinct().ToList();
        var known = await db.Subjects.Where(s => subjects.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct);
        foreach (var missing in subjects.Except(known)) problems.Add(InstrumentProblem.Error("subjectIds", $"предмет {missing} не найден"));
        if (request.MunicipalityId is { } m && !await db.Municipalities.AnyAsync(x => x.Id == m, ct))
            problems.Add(InstrumentProblem.Error("municipalityId", $"муниципалитет {m} не найден"));
        return problems;
    }

    private IQueryable<CampaignRow> Rows(IQueryable<DiagnosticCampaign> campaigns) =>
        campaigns.OrderByDescending(c => c.StartDate).ThenBy(c => c.Name).Select(c => new CampaignRow(
            c.Id, c.Name, c.StartDate, c.EndDate, ExpandGroups(c.Groups),
            new List<string>(),
            c.SufficientLevel, c.UnsatisfactoryLevel, c.MunicipalityId,
            db.Municipalities.Where(m => m.Id == c.MunicipalityId).Select(m => m.Name).FirstOrDefault(),
            c.CreatedBy,
            db.DiagnosticResults.Where(r => r.CampaignId == c.Id).Select(r => r.PersonId).Distinct().Count(),
            db.DiagnosticResults.Count(r => r.CampaignId == c.Id && r.Outcome == DiagnosticOutcome.Sufficient
                && !db.DiagnosticResults.Any(n => n.CampaignId == c.Id && n.PersonId == r.PersonId && n.Attempt > r.Attempt)),
            db.DiagnosticResults.Count(r => r.CampaignId == c.Id && r.Outcome == DiagnosticOutcome.Acceptable
                && !db.DiagnosticResults.Any(n => n.CampaignId == c.Id && n.PersonId == r.PersonId && n.Attempt > r.Attempt)),
            db.DiagnosticResults.Count(r => r.CampaignId == c.Id && r.Outcome == DiagnosticOutcome.Unsatisfactory
                && !db.DiagnosticResults.Any(n => n.CampaignId == c.Id && n.PersonId == r.PersonId && n.Attempt > r.Attempt)),
            db.DiagnosticResults.Count(r => r.CampaignId == c.Id && r.Attempt > 1)));

    private static List<CompetencyGroup> ExpandGroups(CompetencyGroups set) => set.Members().ToList();
}
