using EduCycle.Engine.Instruments;
using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Features.Registry.Queries;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Diagnostics.Results;

/// <summary>Results of diagnostic campaigns: lists under the reader's scope, entry by hand, repeats, deficits.</summary>
public sealed class DiagnosticResultService(EduCycleDbContext db, TimeProvider clock)
{
    public async Task<Paged<ResultRow>> ListAsync(ResultFilter filter, int page = 1, int pageSize = 100, CancellationToken ct = default)
    {
        var query = Filter(filter);
        var total = await query.CountAsync(ct);
        return await Rows(query).PageAsync(total, Math.Max(1, page), Math.Clamp(pageSize, 1, Paging.MaxPageSize), ct);
    }

    /// <summary>Every row of the filter, for exports (streamed by the caller).</summary>
    public IQueryable<ResultRow> All(ResultFilter filter) => Rows(Filter(filter));

    public async Task<OutcomeCounts> CountAsync(ResultFilter filter, CancellationToken ct = default)
    {
        var counts = await Filter(filter with { Outcome = null })
            .GroupBy(r => 1)
            .Select(g => new OutcomeCounts(
                g.Count(r => r.Outcome == DiagnosticOutcome.Sufficient),
                g.Count(r => r.Outcome == DiagnosticOutcome.Acceptable),
                g.Count(r => r.Outcome == DiagnosticOutcome.Unsatisfactory),
                g.Count(r => r.ConfirmedForAttestation),
                g.Count(r => r.RepeatRequired)))
            .FirstOrDefaultAsync(ct);
        return counts ?? new OutcomeCounts(0, 0, 0, 0, 0);
    }

    public async Task<PersonDiagnostics?> HistoryAsync(int personId, CancellationToken ct = default)
    {
        var name = await db.People.Where(p => p.Id == personId).Select(p => p.LastName + " " + p.FirstName + " " + (p.MiddleName ?? ""))
            .FirstOrDefaultAsync(ct);
        if (name is null) return null;
        var results = await Rows(Filter(new ResultFilter(PersonId: personId, LatestOnly: false))).ToListAsync(ct);
        var deficits = await Deficits(db.Deficits.Where(d => d.PersonId == personId)).ToListAsync(ct);
        return new PersonDiagnostics(personId, name.Trim(), results, deficits);
    }

    /// <summary>Enters a teacher's entry diagnostic (attempt 1) by hand.</summary>
    public Task<Outcome<ResultRow>> RecordAsync(Actor actor, int campaignId, ResultEntry entry, CancellationToken ct = default) =>
        StoreAsync(actor, campaignId, entry, previous: null, ct);

    /// <summary>Enters a repeat diagnostic after <paramref name="previousResultId"/>, which must be the teacher's latest attempt.</summary>
    public async Task<Outcome<ResultRow>> RepeatAsync(Actor actor, int previousResultId, ResultEntry entry, CancellationToken ct = default)
    {
        var previous = await db.DiagnosticResults.AsNoTracking().FirstOrDefaultAsync(r => r.Id == previousResultId, ct);
        if (previous is null) return Refusal.NotFound();
        return await StoreAsync(actor, previous.CampaignId, entry with { PersonId = previous.PersonId }, previous, ct);
    }

    private async Task<Outcome<ResultRow>> StoreAsync(Actor actor, int campaignId, ResultEntry entry, DiagnosticResult? previous, CancellationToken ct)
    {
        var rules = await CampaignRules.LoadAsync(db, campaignId, ct);
        if (rules is null) return Refusal.NotFound();
        if (!DiagnosticAccess.CanManage(actor, rules.Campaign.MunicipalityId))
            return Refusal.Forbidden("Вносить результаты этой кампании вам не разрешено");
        var problems = new List<InstrumentProblem>();
        void Problem(string path, string message) => problems.Add(InstrumentProblem.Error(path, message));

        var organisationId = await CurrentOrganisationAsync(entry.PersonId, ct);
        if (organisationId is null) return Refusal.Invalid("Результат не внесён", "personId", "работник не найден, вне вашей области доступа или без действующего места работы");
        var latest = await db.DiagnosticResults.Where(r => r.CampaignId == campaignId && r.PersonId == entry.PersonId)
            .OrderByDescending(r => r.Attempt).Select(r => new { r.Id, r.Attempt, r.TakenOn }).FirstOrDefaultAsync(ct);
        if (previous is null && latest is not null)
            Problem("personId", "у работника уже есть входная диагностика в этой кампании: внесите повторную");
        if (previous is not null && latest!.Id != previous.Id)
            Problem("previousResultId", $"повторная диагностика вносится после последней попытки (№ {latest.Attempt})");
        if (previous is not null && entry.TakenOn < previous.TakenOn)
            Problem("takenOn", $"повторная диагностика не может быть раньше предыдущей ({previous.TakenOn:dd.MM.yyyy})");
        if (entry.TakenOn < rules.Campaign.StartDate) Problem("takenOn", $"дата раньше начала кампании ({rules.Campaign.StartDate:dd.MM.yyyy})");
        if (entry.TakenOn > actor.Scope.Today) Problem("takenOn", "дата в будущем");
        if (rules.SubjectProblem(entry.SubjectId) is { } subject) Problem("subjectId", subject);
        if (entry.SubjectId is { } s && rules.SubjectIds.Count == 0 && !await db.Subjects.AnyAsync(x => x.Id == s, ct)) Problem("subjectId", "предмет не найден");

        var percents = new Dictionary<CompetencyGroup, decimal>();
        foreach (var score in entry.Scores)
        {
            var path = $"scores[{DevelopmentLabels.Of(score.Group)}]";
            if (rules.GroupProblem(score.Group) is { } g) Problem(path, g);
            else if (DiagnosticRule.PercentProblem(score.Percent) is { } p) Problem(path, p);
            else if (!percents.TryAdd(score.Group, score.Percent)) Problem(path, "группа указана дважды");
        }
        foreach (var missing in rules.Missing(entry.Scores.Select(x => x.Group)))
            Problem($"scores[{DevelopmentLabels.Of(missing)}]", "не указан результат группы");
        var topics = new List<DeficitTopic>();
        foreach (var id in entry.TopicIds.Distinct())
        {
            if (!rules.TopicsById.TryGetValue(id, out var topic)) Problem("topicIds", $"тема дефицита {id} не найдена");
            else if (rules.TopicProblem(topic, entry.SubjectId) is { } t) Problem("topicIds", t);
            else topics.Add(topic);
        }
        if (problems.Count > 0) return Refusal.Invalid("Результат не внесён", problems);

        var planned = ResultWriter.Plan(rules, entry.PersonId, organisationId.Value, entry.SubjectId, entry.TakenOn,
            (previous?.Attempt ?? 0) + 1, previous?.Id, percents, topics, DiagnosticEntry.Manual, actor.Name, clock.GetUtcNow().UtcDateTime);
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await ResultWriter.WriteAsync(db, [planned], ct);
            await transaction.CommitAsync(ct);
        }
        return (await Rows(db.DiagnosticResults.Where(r => r.Id == planned.Result.Id)).FirstAsync(ct));
    }

    /// <summary>Adds a deficit by hand (from an inspection, assessment results, a questionnaire…) for a visible teacher.</summary>
    public async Task<Outcome<DeficitRow>> AddDeficitAsync(Actor actor, int personId, DeficitRequest request, CancellationToken ct = default)
    {
        if (!actor.IsAny(DiagnosticAccess.Writers)) return Refusal.Forbidden("Добавлять дефициты могут региональные и муниципальные методисты и операторы");
        if (!await db.People.AnyAsync(p => p.Id == personId, ct)) return Refusal.NotFound();
        var problems = new List<InstrumentProblem>();
        if (!await db.DeficitTopics.AnyAsync(t => t.Id == request.TopicId, ct)) problems.Add(InstrumentProblem.Error("topicId", $"тема дефицита {request.TopicId} не найдена"));
        if (!Enum.IsDefined(request.Source)) problems.Add(InstrumentProblem.Error("source", "неизвестный источник"));
        if (request.Kind is { } k && !Enum.IsDefined(k)) problems.Add(InstrumentProblem.Error("kind", "неизвестный вид дефицита"));
        if (request.IdentifiedOn > actor.Scope.Today) problems.Add(InstrumentProblem.Error("identifiedOn", "дата в будущем"));
        if (problems.Count > 0) return Refusal.Invalid("Дефицит не добавлен", problems);
        if (await db.Deficits.AnyAsync(d => d.PersonId == personId && d.TopicId == request.TopicId && d.ResolvedOn == null, ct))
            return Refusal.Conflict("У работника уже есть неустранённый дефицит по этой теме");
        var deficit = new Deficit
        {
            PersonId = personId, TopicId = request.TopicId, Source = request.Source,
            Kind = request.Kind ?? DevelopmentLabels.KindOf(request.Source), IdentifiedOn = request.IdentifiedOn,
        };
        db.Deficits.Add(deficit);
        await db.SaveChangesAsync(ct);
        return await Deficits(db.Deficits.Where(d => d.Id == deficit.Id)).FirstAsync(ct);
    }

    /// <summary>The teacher's workplace today within the actor's scope: the main one first.</summary>
    internal async Task<int?> CurrentOrganisationAsync(int personId, CancellationToken ct)
    {
        var today = db.Scope.Today;
        return await db.Employments.ValidAt(today)
            .Where(e => e.PersonId == personId)
            .OrderByDescending(e => e.IsMain).ThenBy(e => e.Id).Select(e => (int?)e.OrganisationId).FirstOrDefaultAsync(ct);
    }

    private IQueryable<DiagnosticResult> Filter(ResultFilter f)
    {
        var q = db.DiagnosticResults.AsNoTracking();
        if (f.CampaignId is { } c) q = q.Where(r => r.CampaignId == c);
        if (f.PersonId is { } p) q = q.Where(r => r.PersonId == p);
        if (f.OrganisationId is { } o) q = q.Where(r => r.OrganisationId == o);
        if (f.SubjectId is { } s) q = q.Where(r => r.SubjectId == s);
        if (f.Outcome is { } outcome) q = q.Where(r => r.Outcome == outcome);
        if (f.MunicipalityId is { } m)
            q = q.Where(r => db.OrganisationPlacements.Any(x => x.OrganisationId == r.OrganisationId && x.MunicipalityId == m
                && x.ValidFrom <= r.TakenOn && (x.ValidTo == null || x.ValidTo > r.TakenOn)));
        if (f.LatestOnly)
            q = q.Where(r => !db.DiagnosticResults.Any(n => n.CampaignId == r.CampaignId && n.PersonId == r.PersonId && n.Attempt > r.Attempt));
        foreach (var term in NameSearch.Terms(f.Search))
        {
            var (typed, lower, capitalised) = NameSearch.Spellings(term);
            q = q.Where(r => db.People.Any(x => x.Id == r.PersonId
                && ((x.LastName + " " + x.FirstName).Contains(typed) || (x.LastName + " " + x.FirstName).Contains(lower)
                    || (x.LastName + " " + x.FirstName).Contains(capitalised))));
        }
        return q;
    }

    private IQueryable<ResultRow> Rows(IQueryable<DiagnosticResult> results) =>
        results.OrderBy(r => db.People.Where(p => p.Id == r.PersonId).Select(p => p.LastName).FirstOrDefault())
            .ThenBy(r => r.PersonId).ThenBy(r => r.CampaignId).ThenBy(r => r.Attempt)
            .Select(r => new ResultRow(
                r.Id, r.CampaignId, r.Campaign!.Name, r.PersonId,
                db.People.Where(p => p.Id == r.PersonId).Select(p => p.LastName + " " + p.FirstName + " " + (p.MiddleName ?? "")).FirstOrDefault() ?? "",
                r.OrganisationId,
                db.Organisations.Where(o => o.Id == r.OrganisationId).Select(o => o.ShortName).FirstOrDefault(),
                db.OrganisationPlacements.Where(x => x.OrganisationId == r.OrganisationId && x.ValidFrom <= r.TakenOn && (x.ValidTo == null || x.ValidTo > r.TakenOn))
                    .Select(x => (int?)x.MunicipalityId).FirstOrDefault(),
                db.OrganisationPlacements.Where(x => x.OrganisationId == r.OrganisationId && x.ValidFrom <= r.TakenOn && (x.ValidTo == null || x.ValidTo > r.TakenOn))
                    .Select(x => x.Municipality!.Name).FirstOrDefault(),
                r.SubjectId,
                db.Subjects.Where(s => s.Id == r.SubjectId).Select(s => s.Name).FirstOrDefault(),
                r.Attempt, r.PreviousResultId, r.TakenOn, r.Outcome, r.ConfirmedForAttestation, r.RepeatRequired, r.Entry,
                r.Scores.OrderBy(s => s.Group).Select(s => new GroupScore(s.Group, s.Percent)).ToList(),
                db.Deficits.Where(d => d.ResultId == r.Id).OrderBy(d => d.Topic!.Name).Select(d => d.Topic!.Name).ToList(),
                !db.DiagnosticResults.Any(n => n.CampaignId == r.CampaignId && n.PersonId == r.PersonId && n.Attempt > r.Attempt)))
            .AsSingleQuery();

    private static IQueryable<DeficitRow> Deficits(IQueryable<Deficit> deficits) =>
        deficits.AsNoTracking().OrderBy(d => d.ResolvedOn != null).ThenBy(d => d.Topic!.Group).ThenBy(d => d.Topic!.Name)
            .Select(d => new DeficitRow(d.Id, d.PersonId, d.TopicId, d.Topic!.Code, d.Topic.Name, d.Topic.Group, d.Kind, d.Source,
                d.IdentifiedOn, d.ResolvedOn, d.ResultId));
}
