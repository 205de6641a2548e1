using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Communities;
using EduCycle.Web.Features.Development.Diagnostics;
using EduCycle.Web.Features.Development.Programmes;
using EduCycle.Web.Tests.Infrastructure;

namespace EduCycle.Web.Tests.Development.Routes;

/// <summary>
/// A hand-made catalogue and deficits on the <see cref="TestRegion"/>. Topics: T1 «Формирующее оценивание» (methodical),
/// T2 «Планиметрия» (subject), T3 «Разрешение конфликтов» (communicative), T4 «Работа с одарёнными детьми»
/// (psycho-pedagogical), T5 «Цифровые ресурсы» (universal). Programmes: targeted PA addresses T1 and T2; PB (distance)
/// addresses T1; targeted PC addresses T3 but was offered only until two school years ago. Events: E1 a seminar on T3
/// in 30 days; E2 a master-class on T3 that took place 10 days ago; E3 on T3 in 20 days but closed to routes.
/// Teacher P1 (A1) and teacher P4 (B1) took an entry diagnostic 30 days ago; P1 has open deficits T1–T4 and T5 resolved,
/// P4 has T3 open.
/// </summary>
public sealed class RouteSeed
{
    public required DeficitTopic T1 { get; init; }
    public required DeficitTopic T2 { get; init; }
    public required DeficitTopic T3 { get; init; }
    public required DeficitTopic T4 { get; init; }
    public required DeficitTopic T5 { get; init; }
    public required Programme PA { get; init; }
    public required Programme PB { get; init; }
    public required Programme PC { get; init; }
    public required MethodicalEvent E1 { get; init; }
    public required DiagnosticCampaign Campaign { get; init; }
    public required DiagnosticResult P1Entry { get; init; }
    public required DiagnosticResult P4Entry { get; init; }

    public static async Task<RouteSeed> SeedAsync(EduCycleDbContext db, TestRegion r)
    {
        var today = db.Scope.Today;
        DeficitTopic Topic(string code, string name, CompetencyGroup group) => new() { Code = code, Name = name, Group = group };
        var t1 = Topic("T1", "Формирующее оценивание", CompetencyGroup.Methodical);
        var t2 = Topic("T2", "Планиметрия", CompetencyGroup.Subject);
        var t3 = Topic("T3", "Разрешение конфликтов", CompetencyGroup.Communicative);
        var t4 = Topic("T4", "Работа с одарёнными детьми", CompetencyGroup.PsychoPedagogical);
        var t5 = Topic("T5", "Цифровые ресурсы", CompetencyGroup.Universal);
        db.DeficitTopics.AddRange(t1, t2, t3, t4, t5);
        var provider = new Provider { Name = "ЛОИРО", Group = ProviderGroup.RegionalInstitute };
        db.Providers.Add(provider);
        await db.SaveChangesAsync();

        var year = Engine.Calendar.SchoolYear.Containing(today).StartYear;
        Programme Programme(string code, bool targeted, StudyForm form, int? offeredTo, params DeficitTopic[] topics) => new()
        {
            Code = code, Name = $"Программа {code}", ProviderId = provider.Id, Kind = ProgrammeKind.Upskilling, Hours = 36, Form = form,
            Targeted = targeted, OfferedTo = offeredTo, Topics = topics.Select(t => new ProgrammeTopic { TopicId = t.Id }).ToList(),
        };
        var pa = Programme("PA", true, StudyForm.FullTime, null, t1, t2);
        var pb = Programme("PB", false, StudyForm.Distance, null, t1);
        var pc = Programme("PC", true, StudyForm.FullTime, year - 2, t3);
        db.Programmes.AddRange(pa, pb, pc);
        MethodicalEvent Event(string name, EventForm form, int inDays, bool open) => new()
        {
            Name = name, Form = form, Level = ActivityLevel.Municipal, Date = today.AddDays(inDays), OpenForRoutes = open,
            Topics = [new EventTopic { TopicId = t3.Id }],
        };
        var e1 = Event("Семинар о конфликтах", EventForm.Seminar, 30, true);
        db.MethodicalEvents.AddRange(e1, Event("Прошедший мастер-класс", EventForm.MasterClass, -10, true), Event("Закрытый семинар", EventForm.Seminar, 20, false));

        var campaign = new DiagnosticCampaign
        {
            Name = "Диагностика 2026", StartDate = today.AddDays(-40), EndDate = today.AddDays(-20), CreatedBy = "test",
            Groups = CompetencyGroups.Subject | CompetencyGroups.Methodical | CompetencyGroups.Communicative,
        };
        db.DiagnosticCampaigns.Add(campaign);
        await db.SaveChangesAsync();

        DiagnosticResult Result(int personId, int organisationId, int attempt, int daysAgo, params (CompetencyGroup Group, decimal Percent)[] scores) => new()
        {
            CampaignId = campaign.Id, PersonId = personId, OrganisationId = organisationId, Attempt = attempt, TakenOn = today.AddDays(-daysAgo),
            Outcome = DiagnosticOutcome.Unsatisfactory, RepeatRequired = true, EnteredBy = "test",
            Scores = scores.Select(s => new DiagnosticGroupScore { Group = s.Group, Percent = s.Percent }).ToList(),
        };
        var p1Entry = Result(r.P(1).Id, r.A1.Id, 1, 30, (CompetencyGroup.Subject, 60m), (CompetencyGroup.Methodical, 40m), (CompetencyGroup.Communicative, 55m));
        var p4Entry = Result(r.P(4).Id, r.B1.Id, 1, 30, (CompetencyGroup.Communicative, 45m));
        db.DiagnosticResults.AddRange(p1Entry, p4Entry);
        await db.SaveChangesAsync();

        Deficit Deficit(int personId, DiagnosticResult result, DeficitTopic topic, DateOnly? resolved = null) => new()
        {
            PersonId = personId, TopicId = topic.Id, ResultId = result.Id, Kind = DeficitKind.GeneralProfessional, Source = DeficitSource.Diagnostic,
            IdentifiedOn = result.TakenOn, ResolvedOn = resolved,
        };
        db.Deficits.AddRange(
            Deficit(r.P(1).Id, p1Entry, t1), Deficit(r.P(1).Id, p1Entry, t2), Deficit(r.P(1).Id, p1Entry, t3), Deficit(r.P(1).Id, p1Entry, t4),
            Deficit(r.P(1).Id, p1Entry, t5, today.AddDays(-5)), Deficit(r.P(4).Id, p4Entry, t3));
        await db.SaveChangesAsync();
        return new RouteSeed
        {
            T1 = t1, T2 = t2, T3 = t3, T4 = t4, T5 = t5, PA = pa, PB = pb, PC = pc, E1 = e1, Campaign = campaign, P1Entry = p1Entry, P4Entry = p4Entry,
        };
    }

    /// <summary>A repeat diagnostic of <paramref name="personId"/> taken <paramref name="daysAgo"/> days ago.</summary>
    public async Task<DiagnosticResult> RepeatAsync(EduCycleDbContext db, int personId, int organisationId, int daysAgo, params (CompetencyGroup Group, decimal Percent)[] scores)
    {
        var result = new DiagnosticResult
        {
            CampaignId = Campaign.Id, PersonId = personId, OrganisationId = organisationId, Attempt = 2, PreviousResultId = P1Entry.Id,
            TakenOn = db.Scope.Today.AddDays(-daysAgo), Outcome = DiagnosticOutcome.Acceptable, EnteredBy = "test",
            Scores = scores.Select(s => new DiagnosticGroupScore { Group = s.Group, Percent = s.Percent }).ToList(),
        };
        db.DiagnosticResults.Add(result);
        await db.SaveChangesAsync();
        return result;
    }
}
