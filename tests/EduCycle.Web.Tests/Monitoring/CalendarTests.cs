using EduCycle.Engine.Calendar;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Features.Monitoring;
using EduCycle.Web.Features.Monitoring.Calendar;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Monitoring;

/// <summary>
/// The calendar generated from the shipped plan (seed 001 table 1: 7 events; seed 002 plan: 25 items). Events per municipality in a
/// school year, counted by hand from the periodicities (docs/monitoring.md): seed 001 — «сентябрь, ежемесячно» 12 + six yearly
/// ones = 18; seed 002 — item 1 («сентябрь 2021») only in 2021/22, items 9, 18, 19, 20, 21 twice, the other 19 once = 29. So 47
/// (48 in 2021/22), and the test region's two municipalities get 94.
/// </summary>
public sealed class CalendarTests
{
    private static Actor Region(DateOnly today) => new(DataScope.System(today), new HashSet<string> { Roles.RegionalOperator });

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_shipped_plan_gives_the_hand_counted_events_once_however_often_it_runs(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var r = await app.SeedRegionAsync();
        await using var db = app.Db();
        Assert.Equal(7, await db.MonitoringPlanItems.CountAsync(p => p.Code.StartsWith("seed001.")));
        Assert.Equal(25, await db.MonitoringPlanItems.CountAsync(p => p.Code.StartsWith("seed002.")));

        var calendar = new MonitoringCalendar(db);
        Assert.Equal(94, (await calendar.GenerateAsync(Region(new DateOnly(2025, 9, 1)), new SchoolYear(2025))).Value);
        Assert.Equal(0, (await calendar.GenerateAsync(Region(new DateOnly(2025, 9, 1)), new SchoolYear(2025))).Value);
        Assert.Equal(96, (await calendar.GenerateAsync(Region(new DateOnly(2025, 9, 1)), new SchoolYear(2021))).Value);
        Assert.Equal(94, await db.MonitoringEvents.CountAsync(e => e.SchoolYear == 2025));
        Assert.Equal(47, await db.MonitoringEvents.CountAsync(e => e.SchoolYear == 2025 && e.MunicipalityId == r.A.Id));
        Assert.Equal(12, await db.MonitoringEvents.CountAsync(e => e.SchoolYear == 2025 && e.MunicipalityId == r.A.Id && e.PlanItem!.Code == "seed001.t1.1"));

        var analysis = await db.MonitoringEvents.SingleAsync(e => e.SchoolYear == 2025 && e.MunicipalityId == r.A.Id && e.PlanItem!.Code == "seed002.plan.22");
        Assert.Equal((new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30)), (analysis.StartDate, analysis.DueDate));
        var quarters = await db.MonitoringEvents.Where(e => e.SchoolYear == 2025 && e.MunicipalityId == r.A.Id && e.PlanItem!.Code == "seed002.plan.18")
            .OrderBy(e => e.Occurrence).Select(e => new { e.StartDate, e.DueDate }).ToListAsync();
        Assert.Equal([new DateOnly(2025, 10, 1), new DateOnly(2026, 1, 1)], quarters.Select(q => q.StartDate));
        Assert.Equal([new DateOnly(2025, 12, 31), new DateOnly(2026, 3, 31)], quarters.Select(q => q.DueDate));

        var municipal = new Actor(new DataScope(ScopeKind.Municipality, null, "mun-a", r.A.Id, null, null, new DateOnly(2026, 9, 1)),
            new HashSet<string> { Roles.MunicipalOperator });
        Assert.Equal(47, (await new MonitoringCalendar(db).GenerateAsync(municipal, new SchoolYear(2026))).Value);
        Assert.Equal(0, await db.MonitoringEvents.CountAsync(e => e.SchoolYear == 2026 && e.MunicipalityId == r.B.Id));
    }

    /// <summary>
    /// Due before 15 January 2026 in 2025/26, per municipality: seed 001 — September to December of the monthly research (4),
    /// November and December (2); seed 002 — items 9, 18 (4th quarter), 19 (November), 20, 21, 23, 24, 25 (December) = 8; so 14.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Overdue_follows_the_clock_and_the_status_and_a_municipality_sees_only_its_own(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var r = await app.SeedRegionAsync();
        await using (var db = app.Db()) await new MonitoringCalendar(db).GenerateAsync(Region(new DateOnly(2025, 9, 1)), new SchoolYear(2025));

        await using var january = app.Db(DataScope.System(new DateOnly(2026, 1, 15)));
        Assert.Equal(28, await CalendarQueries.Rows(january, new CalendarFilter(2025) { OverdueOnly = true }).CountAsync());
        await using var september = app.Db(DataScope.System(new DateOnly(2025, 9, 30)));
        Assert.Equal(0, await CalendarQueries.Rows(september, new CalendarFilter(2025) { OverdueOnly = true }).CountAsync());
        await using var october = app.Db(DataScope.System(new DateOnly(2025, 10, 1)));
        Assert.Equal(2, await CalendarQueries.Rows(october, new CalendarFilter(2025) { OverdueOnly = true }).CountAsync());

        var scope = new DataScope(ScopeKind.Municipality, null, "mun-a", r.A.Id, null, null, new DateOnly(2026, 1, 15));
        await using var municipal = app.Db(scope);
        var own = await CalendarQueries.Rows(municipal, new CalendarFilter(2025) { OverdueOnly = true }).ToListAsync();
        Assert.Equal(14, own.Count);
        Assert.All(own, row => Assert.Equal("Альфинский район", row.Municipality));
        Assert.Equal(47, await CalendarQueries.Rows(municipal, new CalendarFilter(2025)).CountAsync());

        var actor = new Actor(scope, new HashSet<string> { Roles.MunicipalOperator });
        var done = await new MonitoringCalendar(municipal).SetStatusAsync(actor, own[0].Id, new EventStatusChange(MonitoringEventStatus.Done));
        Assert.Equal((MonitoringEventStatus.Done, new DateOnly(2026, 1, 15), false), (done.Value!.Status, done.Value.DoneDate, done.Value.IsOverdue));
        var cancelled = await new MonitoringCalendar(municipal).SetStatusAsync(actor, own[1].Id, new EventStatusChange(MonitoringEventStatus.Cancelled));
        Assert.Equal("Укажите причину отмены в примечании", cancelled.Refusal!.Describe().Split(": ")[1]);
        Assert.Equal(13, await CalendarQueries.Rows(municipal, new CalendarFilter(2025) { OverdueOnly = true }).CountAsync());

        var eventOfB = await january.MonitoringEvents.Where(e => e.MunicipalityId == r.B.Id).Select(e => e.Id).FirstAsync();
        Assert.Equal(RefusalKind.NotFound, (await new MonitoringCalendar(municipal).SetStatusAsync(actor, eventOfB, new EventStatusChange(MonitoringEventStatus.Done))).Refusal!.Kind);
        var head = new Actor(DataScope.System(new DateOnly(2026, 1, 15)), new HashSet<string> { Roles.Head });
        Assert.Equal(RefusalKind.Forbidden, (await new MonitoringCalendar(january).SetStatusAsync(head, eventOfB, new EventStatusChange(MonitoringEventStatus.Done))).Refusal!.Kind);
    }
}
