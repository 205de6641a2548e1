using EduCycle.Engine.Calendar;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators;
using EduCycle.Web.Features.Indicators.Pages;
using EduCycle.Web.Tests.Development.Demo;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Indicators.Pages;

/// <summary>The demo region's targets make a live scorecard: green, amber and red among the municipalities.</summary>
public sealed class DemoTargetsTests(DevelopmentDemoFixture fixture) : IClassFixture<DevelopmentDemoFixture>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Demo_scorecard_shows_a_mix_of_traffic_lights(string provider)
    {
        var settings = await fixture.StartedAsync(provider);
        await using var db = TestDatabases.Open(settings);
        var year = SchoolYear.Containing(db.Scope.Today).StartYear;
        Assert.True(await db.IndicatorTargets.AnyAsync(t => t.SchoolYear == year && t.Level == UnitLevel.Municipality && t.UnitId == null));

        var table = await Scorecard.BuildAsync(new IndicatorWork(db), new ScorecardFilter(year));
        var lights = table.Rows.SelectMany(r => r.Cells).Where(c => c.Column.Level == UnitLevel.Municipality).Select(c => c.Light).ToHashSet();
        Assert.Contains(TrafficLight.Met, lights);
        Assert.Contains(TrafficLight.Off, lights);
        Assert.Contains(TrafficLight.Near, lights);
    }
}
