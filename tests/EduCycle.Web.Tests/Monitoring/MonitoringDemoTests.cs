using EduCycle.Engine.Calendar;
using EduCycle.Web.Features.Monitoring;
using EduCycle.Web.Features.Monitoring.Calendar;
using EduCycle.Web.Features.Monitoring.Collection;
using EduCycle.Web.Tests.Development.Demo;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Monitoring;

/// <summary>The monitoring demo on the demo region: three school years of calendar (47 events per municipality a year) and forms.</summary>
public sealed class MonitoringDemoTests(DevelopmentDemoFixture demo) : IClassFixture<DevelopmentDemoFixture>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_demo_has_three_years_of_calendar_and_forms_with_the_current_year_not_all_submitted(string provider)
    {
        var settings = await demo.StartedAsync(provider);
        await using var db = TestDatabases.Open(settings);
        var current = SchoolYear.Containing(db.Scope.Today);
        var municipalities = await db.Municipalities.CountAsync();
        Assert.Equal(municipalities * 47 * 3, await db.MonitoringEvents.CountAsync());
        Assert.True(await db.MonitoringEvents.CountAsync(e => e.SchoolYear == current.StartYear - 1 && e.Status == MonitoringEventStatus.Done)
                    > 0.8 * municipalities * 47);

        var requests = await CollectionQueries.RequestsAsync(db, null);
        Assert.Equal([current.StartYear, current.StartYear - 1, current.StartYear - 2], requests.Select(r => r.SchoolYear));
        Assert.All(requests.Skip(1), r => Assert.Equal(r.Total, r.Approved));
        var now = requests[0];
        Assert.True(now.NotStarted > 0 && now.Drafts > 0 && now.Submitted > 0 && now.Approved > 0, $"{now}");
        Assert.Equal(now.NotStarted + now.Drafts + now.Returned, (await CollectionQueries.RemindersAsync(db, now.Id)).Count);

        // Approved values are consistent with the form's rule, and the staff count is the registry's.
        Assert.False(await db.CollectionSubmissions.AnyAsync(s => s.Status == SubmissionStatus.Approved
            && s.Values.Any(d => d.ElementCode == "staff.diagnosed_reported"
                && d.Value > s.Values.Where(t => t.ElementCode == "staff.total_reported").Select(t => t.Value).FirstOrDefault())));

        await using var municipal = await DevelopmentDemoFixture.AsDemoUserAsync(settings, "municipal");
        var own = await CalendarQueries.Rows(municipal, new CalendarFilter(current.StartYear)).ToListAsync();
        Assert.Equal(47, own.Count);
        Assert.Single(own.Select(r => r.Municipality).Distinct());
    }
}
