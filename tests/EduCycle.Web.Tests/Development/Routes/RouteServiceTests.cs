using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Enrolments;
using EduCycle.Web.Features.Development.Routes;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Development.Routes;

/// <summary>Drafting, transitions, history and item progress of routes on both databases.</summary>
public sealed class RouteServiceTests
{
    private static Actor Methodist(EduCycleDbContext db) => new(db.Scope with { UserName = "methodist" }, new HashSet<string> { Roles.RegionalMethodist });

    private static async Task<(DatabaseSettings Settings, TestRegion Region, RouteSeed Seed)> SeedAsync(string provider)
    {
        var (settings, region) = await TestRegion.CreateAsync(provider);
        await using var db = TestDatabases.Open(settings);
        return (settings, region, await RouteSeed.SeedAsync(db, region));
    }

    private static async Task<int> DraftAsync(DatabaseSettings settings, int personId)
    {
        await using var db = TestDatabases.Open(settings);
        var drafted = await new RouteService(db, TimeProvider.System).DraftAsync(Methodist(db), personId);
        Assert.Null(drafted.Refusal);
        return drafted.Value;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_draft_has_an_item_for_each_addressed_deficit_and_self_education_for_an_uncovered_one(string provider)
    {
        var (settings, r, s) = await SeedAsync(provider);
        var id = await DraftAsync(settings, r.P(1).Id);

        await using var db = TestDatabases.Open(settings);
        var route = await db.Routes.Include(x => x.Items).Include(x => x.History).SingleAsync(x => x.Id == id);
        Assert.Equal(RouteStatus.Draft, route.Status);
        Assert.Equal(r.P(1).Id, route.PersonId);
        Assert.Equal(r.A1.Id, route.OrganisationId);
        Assert.Equal(s.P1Entry.Id, route.BasedOnResultId);
        // Deficits by group: T2 (subject), T1 (methodical), T4 (psycho-pedagogical), T3 (communicative); T5 is resolved.
        // PA is targeted and addresses T2 and T1: one item for both. Nothing addresses T4. PC (T3) is no longer offered,
        // E2 is past and E3 closed to routes, so T3 gets the seminar E1.
        var items = route.Items.OrderBy(i => i.Order).ToList();
        Assert.Collection(items,
            i => { Assert.Equal(RouteItemKind.Programme, i.Kind); Assert.Equal(s.PA.Id, i.ProgrammeId); Assert.Equal(s.T2.Id, i.TopicId); Assert.Equal(CompetencyGroup.Subject, i.Group); },
            i => { Assert.Equal(RouteItemKind.Seminar, i.Kind); Assert.Equal(s.E1.Id, i.EventId); Assert.Equal(s.T3.Id, i.TopicId); Assert.Equal(s.E1.Date, i.PlannedFrom); },
            i =>
            {
                Assert.Equal(RouteItemKind.SelfEducation, i.Kind);
                Assert.Equal(s.T4.Id, i.TopicId);
                Assert.Null(i.ProgrammeId);
                Assert.Null(i.EventId);
                Assert.Equal("Самообразование по теме «Работа с одарёнными детьми»", i.Title);
            });
        var created = Assert.Single(route.History);
        Assert.Null(created.From);
        Assert.Equal(RouteStatus.Draft, created.To);
        Assert.Equal("methodist", created.By);

        var details = await new RouteService(db, TimeProvider.System).GetAsync(Methodist(db), id);
        Assert.NotNull(details);
        Assert.Equal([s.T2.Id, s.T1.Id, s.T4.Id, s.T3.Id], details.Deficits.Select(d => d.TopicId));
        Assert.All(details.Deficits, d => Assert.True(d.Covered));
        Assert.True(details.Items.Single(i => i.TopicId == s.T4.Id).Uncovered);
        Assert.Equal(2, details.Items.Count(i => !i.Uncovered));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_second_draft_while_one_is_open_and_a_draft_without_deficits_are_refused(string provider)
    {
        var (settings, r, _) = await SeedAsync(provider);
        var id = await DraftAsync(settings, r.P(1).Id);

        await using var db = TestDatabases.Open(settings);
        var service = new RouteService(db, TimeProvider.System);
        var again = await service.DraftAsync(Methodist(db), r.P(1).Id);
        Assert.Equal(RefusalKind.Conflict, again.Refusal?.Kind);
        Assert.Equal($"У педагога уже есть маршрут № {id} в состоянии «черновик»", again.Refusal?.Title);
        var none = await service.DraftAsync(Methodist(db), r.P(3).Id);
        Assert.Equal("Маршрут не составлен: у педагога нет открытых дефицитов", none.Refusal?.Title);
        Assert.Equal(1, await db.Routes.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Illegal_transitions_are_refused_and_the_legal_path_is_recorded_with_the_before_and_after(string provider)
    {
        var (settings, r, s) = await SeedAsync(provider);
        var id = await DraftAsync(settings, r.P(1).Id);
        await using var db = TestDatabases.Open(settings);
        var service = new RouteService(db, TimeProvider.System);
        var actor = Methodist(db);

        var skip = await service.TransitionAsync(actor, id, new TransitionRequest(RouteStatus.Completed, null));
        Assert.Equal(RefusalKind.Invalid, skip.Refusal?.Kind);
        Assert.Equal("Переход маршрута из состояния «черновик» в состояние «завершён» недопустим", skip.Refusal?.Title);

        Assert.Null((await service.TransitionAsync(actor, id, new TransitionRequest(RouteStatus.Approved, null))).Refusal);
        var back = await service.TransitionAsync(actor, id, new TransitionRequest(RouteStatus.Draft, " "));
        Assert.Equal("Для перехода из состояния «утверждён» в состояние «черновик» укажите причину", back.Refusal?.Title);
        Assert.Null((await service.TransitionAsync(actor, id, new TransitionRequest(RouteStatus.Draft, "уточнить сроки"))).Refusal);
        Assert.Null((await service.TransitionAsync(actor, id, new TransitionRequest(RouteStatus.Approved, null))).Refusal);
        Assert.Null((await service.TransitionAsync(actor, id, new TransitionRequest(RouteStatus.InProgress, null))).Refusal);

        var early = await service.TransitionAsync(actor, id, new TransitionRequest(RouteStatus.Completed, null));
        Assert.Equal($"Маршрут завершается повторной диагностикой: у педагога нет результата диагностики после {s.P1Entry.TakenOn:dd.MM.yyyy}", early.Refusal?.Title);

        var repeat = await s.RepeatAsync(db, r.P(1).Id, r.A1.Id, 2, (CompetencyGroup.Subject, 96m), (CompetencyGroup.Methodical, 70.5m));
        Assert.Null((await service.TransitionAsync(actor, id, new TransitionRequest(RouteStatus.Completed, null))).Refusal);
        var cancel = await service.TransitionAsync(actor, id, new TransitionRequest(RouteStatus.Cancelled, "поздно"));
        Assert.Equal("Переход маршрута из состояния «завершён» в состояние «отменён» недопустим", cancel.Refusal?.Title);

        var details = (await service.GetAsync(actor, id))!;
        Assert.Equal(RouteStatus.Completed, details.Route.Status);
        Assert.Equal(repeat.Id, details.ClosingResultId);
        Assert.Equal(
            [(null, RouteStatus.Draft, null), (RouteStatus.Draft, RouteStatus.Approved, null), (RouteStatus.Approved, RouteStatus.Draft, "уточнить сроки"),
             (RouteStatus.Draft, RouteStatus.Approved, null), (RouteStatus.Approved, RouteStatus.InProgress, null), (RouteStatus.InProgress, RouteStatus.Completed, (string?)null)],
            details.History.Select(h => (h.From, h.To, h.Reason)));
        Assert.All(details.History, h => Assert.Equal("methodist", h.By));
        // Entry: subject 60, methodical 40, communicative 55; the repeat: subject 96, methodical 70.5, communicative not taken.
        Assert.Equal(
            [new GroupComparison(CompetencyGroup.Subject, 60, 96), new GroupComparison(CompetencyGroup.Methodical, 40, 70.5),
             new GroupComparison(CompetencyGroup.Communicative, 55, null)],
            details.BeforeAfter);
        Assert.Empty(details.NextStates);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Items_change_only_in_a_draft_and_the_teacher_marks_own_items_done_with_evidence_while_in_progress(string provider)
    {
        var (settings, r, s) = await SeedAsync(provider);
        var id = await DraftAsync(settings, r.P(1).Id);
        await using var db = TestDatabases.Open(settings);
        var service = new RouteService(db, TimeProvider.System);
        var actor = Methodist(db);
        var today = db.Scope.Today;
        var programmeItem = await db.RouteItems.Where(i => i.RouteId == id && i.ProgrammeId == s.PA.Id).Select(i => i.Id).SingleAsync();

        var bad = await service.UpdateItemAsync(actor, programmeItem, new RouteItemInput(RouteItemKind.Programme, "ДПП", today.AddDays(10), today.AddDays(5)));
        Assert.Equal("срок окончания раньше начала", Assert.Single(bad.Refusal!.Problems).Message);
        Assert.Null((await service.UpdateItemAsync(actor, programmeItem, new RouteItemInput(RouteItemKind.Programme, "ДПП PA", today.AddDays(10), today.AddDays(40)))).Refusal);
        var added = await service.AddItemAsync(actor, id, new RouteItemInput(RouteItemKind.Mentoring, "Наставничество", today, today.AddDays(90), s.T4.Id));
        Assert.Null(added.Refusal);
        Assert.Equal(CompetencyGroup.PsychoPedagogical, (await db.RouteItems.SingleAsync(i => i.Id == added.Value)).Group);

        await service.TransitionAsync(actor, id, new TransitionRequest(RouteStatus.Approved, null));
        var late = await service.AddItemAsync(actor, id, new RouteItemInput(RouteItemKind.Seminar, "Ещё", null, null));
        Assert.Equal("Пункты меняются только в черновике; маршрут в состоянии «утверждён» — верните его на доработку", late.Refusal?.Title);

        var enrolment = await service.EnrolAsync(actor, programmeItem);
        Assert.Null(enrolment.Refusal);
        var enrolled = await db.Enrolments.SingleAsync();
        Assert.Equal((r.P(1).Id, s.PA.Id, r.A1.Id, EnrolmentStatus.Planned, today.AddDays(10), today.AddDays(40)),
            (enrolled.PersonId, enrolled.ProgrammeId, enrolled.OrganisationId, enrolled.Status, enrolled.StartDate, enrolled.EndDate));
        Assert.Equal(RefusalKind.Conflict, (await service.EnrolAsync(actor, programmeItem)).Refusal?.Kind);

        var teacherScope = new DataScope(ScopeKind.Self, "t1", "teacher1", null, r.A1.Id, r.P(1).Id, today);
        await using var teacherDb = TestDatabases.Open(settings, teacherScope);
        var teacher = new Actor(teacherScope, new HashSet<string> { Roles.Teacher });
        var teacherService = new RouteService(teacherDb, TimeProvider.System);
        var notYet = await teacherService.MarkItemAsync(teacher, programmeItem, new RouteItemProgress(RouteItemStatus.Done, today, "Удостоверение 123"));
        Assert.Equal("Выполнение отмечается, пока маршрут выполняется; маршрут в состоянии «утверждён»", notYet.Refusal?.Title);
        Assert.Equal(RefusalKind.Forbidden, (await teacherService.TransitionAsync(teacher, id, new TransitionRequest(RouteStatus.InProgress, null))).Refusal?.Kind);

        await service.TransitionAsync(actor, id, new TransitionRequest(RouteStatus.InProgress, null));
        var noEvidence = await teacherService.MarkItemAsync(teacher, programmeItem, new RouteItemProgress(RouteItemStatus.Done, today, " "));
        Assert.Equal("evidence", Assert.Single(noEvidence.Refusal!.Problems).Path);
        Assert.Equal(RefusalKind.Forbidden, (await teacherService.MarkItemAsync(teacher, programmeItem, new RouteItemProgress(RouteItemStatus.Skipped, null, "x"))).Refusal?.Kind);
        Assert.Null((await teacherService.MarkItemAsync(teacher, programmeItem, new RouteItemProgress(RouteItemStatus.Done, null, "Удостоверение 123"))).Refusal);

        var item = await db.RouteItems.AsNoTracking().SingleAsync(i => i.Id == programmeItem);
        Assert.Equal((RouteItemStatus.Done, today, "Удостоверение 123"), (item.Status, item.DoneOn, item.Evidence));
        var row = await RouteQueries.Rows(db, new RouteFilter { PersonId = r.P(1).Id }).SingleAsync();
        Assert.Equal((4, 1), (row.Items, row.ItemsDone));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Another_teachers_route_is_not_found_and_a_head_drafts_only_for_own_staff(string provider)
    {
        var (settings, r, _) = await SeedAsync(provider);
        var p4Route = await DraftAsync(settings, r.P(4).Id);
        var today = DateOnly.FromDateTime(DateTime.Today);

        var teacherScope = new DataScope(ScopeKind.Self, "t1", "teacher1", null, r.A1.Id, r.P(1).Id, today);
        await using var teacherDb = TestDatabases.Open(settings, teacherScope);
        var teacher = new Actor(teacherScope, new HashSet<string> { Roles.Teacher });
        Assert.Null(await new RouteService(teacherDb, TimeProvider.System).GetAsync(teacher, p4Route));
        Assert.Empty(await RouteQueries.Rows(teacherDb, new RouteFilter()).ToListAsync());

        var headScope = new DataScope(ScopeKind.Organisation, "h", "head", null, r.A1.Id, r.P(2).Id, today);
        await using var headDb = TestDatabases.Open(settings, headScope);
        var head = new Actor(headScope, new HashSet<string> { Roles.Head });
        var headService = new RouteService(headDb, TimeProvider.System);
        Assert.Null(await headService.GetAsync(head, p4Route));
        Assert.Equal(RefusalKind.NotFound, (await headService.DraftAsync(head, r.P(4).Id)).Refusal?.Kind);
        Assert.Equal(RefusalKind.NotFound, (await headService.TransitionAsync(head, p4Route, new TransitionRequest(RouteStatus.Approved, null))).Refusal?.Kind);
        Assert.Null((await headService.DraftAsync(head, r.P(1).Id)).Refusal);

        // P1 has a route now; P4's is outside the head's scope, so nobody in A1's list lacks a route.
        Assert.Empty(await RouteQueries.WithoutRoute(headDb, new RouteFilter()).ToListAsync());
        await using var db = TestDatabases.Open(settings);
        Assert.Empty(await RouteQueries.WithoutRoute(db, new RouteFilter()).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Teachers_with_open_deficits_and_no_open_route_are_listed_and_overdue_routes_found(string provider)
    {
        var (settings, r, _) = await SeedAsync(provider);
        await using var db = TestDatabases.Open(settings);
        var without = await RouteQueries.WithoutRoute(db, new RouteFilter()).ToListAsync();
        Assert.Equal([(r.P(1).Id, 4, r.A1.Id), (r.P(4).Id, 1, r.B1.Id)], without.Select(w => (w.PersonId, w.OpenDeficits, w.OrganisationId!.Value)));
        Assert.Equal("Альфинский район", without[0].MunicipalityName);
        Assert.Equal([r.P(4).Id], (await RouteQueries.WithoutRoute(db, new RouteFilter { MunicipalityId = r.B.Id }).ToListAsync()).Select(w => w.PersonId));

        var id = await DraftAsync(settings, r.P(4).Id);
        await db.Routes.Where(x => x.Id == id).ExecuteUpdateAsync(x => x.SetProperty(p => p.PlannedTo, db.Scope.Today.AddDays(-1)));
        Assert.Equal([id], (await RouteQueries.Rows(db, new RouteFilter { OverdueOnly = true }).ToListAsync()).Select(x => x.Id));
        Assert.Equal([r.P(1).Id], (await RouteQueries.WithoutRoute(db, new RouteFilter()).ToListAsync()).Select(w => w.PersonId));
        var service = new RouteService(db, TimeProvider.System);
        await service.TransitionAsync(Methodist(db), id, new TransitionRequest(RouteStatus.Cancelled, "перевод в другой район"));
        Assert.Empty(await RouteQueries.Rows(db, new RouteFilter { OverdueOnly = true }).ToListAsync());
        Assert.Equal(2, (await RouteQueries.WithoutRoute(db, new RouteFilter()).ToListAsync()).Count);
    }
}
