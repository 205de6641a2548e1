using EduCycle.Engine.Calendar;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Indicators;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Definitions;
using EduCycle.Web.Tests.Development.Demo;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Indicators;

/// <summary>The whole shipped pack computed on the demo region: every indicator, level and breakdown runs on both providers.</summary>
public sealed class IndicatorPackOnDemoTests(DevelopmentDemoFixture fixture) : IClassFixture<DevelopmentDemoFixture>
{
    public static IndicatorValues Values(EduCycleDbContext db) =>
        new IndicatorWork(db).Values;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Every_pack_indicator_computes_at_every_level_and_breakdown_with_shares_between_0_and_100(string provider)
    {
        var settings = await fixture.StartedAsync(provider);
        await using var db = TestDatabases.Open(settings);
        var year = SchoolYear.Containing(db.Scope.Today).StartYear;
        var definitions = await new IndicatorCatalog(db).InForceAsync(year);
        Assert.Equal(31, definitions.Count);
        var values = Values(db);
        var regionCount = await db.Regions.CountAsync();
        foreach (var definition in definitions)
        {
            foreach (var level in Enum.GetValues<UnitLevel>())
            {
                var computed = await values.ComputeAsync(definition, new UnitQuery(level), year);
                Assert.NotEmpty(computed);
                if (definition.Unit == "%")
                    Assert.All(computed.Where(v => v.Value is not null), v => Assert.InRange(v.Value!.Value, 0, 100));
                if (level == UnitLevel.Region) Assert.Equal(regionCount, computed.Count);
            }
            foreach (var breakdown in definition.BreakdownList)
                Assert.NotEmpty(await values.ComputeAsync(definition, new UnitQuery(UnitLevel.Municipality), year, breakdown));
        }
    }
}
