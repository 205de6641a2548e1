using EduCycle.Web.Features.Indicators;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Definitions;
using EduCycle.Web.Features.Indicators.Targets;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Indicators.Pack;

/// <summary>How values aggregate and what stands behind them: ratio of sums, no value, drill-down, findings.</summary>
public sealed class PackAggregationTests(PackDatasetFixture fixture) : PackExpectations(fixture)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_municipal_value_is_the_ratio_of_sums_not_the_mean_of_its_organisations(string provider)
    {
        var (db, data) = await Fixture.OpenAsync(provider);
        await using var _ = db;
        var p01 = (await new IndicatorCatalog(db).InForceAsync("P01", PackDataset.Year))!;
        var values = IndicatorPackOnDemoTests.Values(db);
        var organisations = await values.ComputeAsync(p01, new UnitQuery(UnitLevel.Organisation), PackDataset.Year);
        var municipality = await values.ComputeAsync(p01, new UnitQuery(UnitLevel.Municipality), PackDataset.Year);

        // М1: S1 2/3, S2 2/3, K 1/2 → (2 + 2 + 1) / (3 + 3 + 2) = 62.5 %, while the mean of 66.67, 66.67 and 50 is 61.11 %.
        var m1 = municipality.Single(v => v.UnitId == data["M1"].Id);
        AssertClose(62.5, m1.Value, "P01 М1");
        var meanOfRatios = new[] { "S1", "S2", "K" }.Average(o => organisations.Single(v => v.UnitId == data[o].Id).Value!.Value);
        AssertClose(100.0 * (2.0 / 3 + 2.0 / 3 + 1.0 / 2) / 3, meanOfRatios, "mean of М1's organisations");
        Assert.True(Math.Abs(m1.Value!.Value - meanOfRatios) > 1, "the municipal value must not be the mean of ratios");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_zero_denominator_gives_no_value(string provider)
    {
        var (db, data) = await Fixture.OpenAsync(provider);
        await using var _ = db;
        var p05 = (await new IndicatorCatalog(db).InForceAsync("P05", PackDataset.Year))!;
        var rows = await IndicatorPackOnDemoTests.Values(db).ComputeAsync(p05, new UnitQuery(UnitLevel.Organisation), PackDataset.Year);

        // Nobody at S1 completed a retraining programme in 2025/26: 0 of 0 is «no value», not 0 %.
        var s1 = rows.Single(v => v.UnitId == data["S1"].Id);
        Assert.Equal(0, s1.Denominator);
        Assert.Null(s1.Value);
        Assert.Equal(50, rows.Single(v => v.UnitId == data["K"].Id).Value);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Drill_down_from_a_municipal_value_reaches_exactly_the_people_of_its_numerator(string provider)
    {
        var (db, data) = await Fixture.OpenAsync(provider);
        await using var _ = db;
        var catalog = new IndicatorCatalog(db);
        var drill = new IndicatorWork(db).Drill;
        var p01 = (await catalog.InForceAsync("P01", PackDataset.Year))!;
        var reference = Assert.Single(await drill.NumeratorReferencesAsync(p01));

        var (element, records) = await drill.RecordsAsync(reference, UnitLevel.Municipality, data["M1"].Id, PackDataset.Year, null, null);
        Assert.Equal("staff.diagnosed", element.Code);
        Assert.Equal(["Волкова", "Иванова", "Лебедева", "Петров", "Семёнова"], Surnames(records));
        Assert.Equal(records.Select(r => r.Id).Order(), new[] { "Волкова", "Иванова", "Лебедева", "Петров", "Семёнова" }.Select(n => data.People[n].Id).Order());
        Assert.Equal("Школа S1", records.Single(r => r.Id == data.People["Иванова"].Id).Detail);

        var (_, math) = await drill.RecordsAsync(reference, UnitLevel.Municipality, data["M1"].Id, PackDataset.Year, "subject", "math");
        Assert.Equal(["Волкова", "Иванова", "Лебедева"], Surnames(math));

        // K13 at М1: the municipal seminar (no organiser organisation) and S2's network seminar.
        var k13 = (await catalog.InForceAsync("K13", PackDataset.Year))!;
        var (_, events) = await drill.RecordsAsync(Assert.Single(await drill.NumeratorReferencesAsync(k13)),
            UnitLevel.Municipality, data["M1"].Id, PackDataset.Year, null, null);
        Assert.Equal(["Семинар района", "Сетевой семинар S2"], events.Select(e => e.Name));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Finding_detector_reports_off_target_and_worsening_units_once(string provider)
    {
        var (db, data) = await Fixture.OpenAsync(provider);
        await using var _ = db;
        db.IndicatorTargets.Add(new IndicatorTarget
            { IndicatorCode = "P01", SchoolYear = PackDataset.Year, Level = UnitLevel.Municipality, Value = 60, CreatedBy = "tests" });
        await db.SaveChangesAsync();
        var detector = new FindingDetector(db, new IndicatorCatalog(db), IndicatorPackOnDemoTests.Values(db), TimeProvider.System);

        await detector.DetectAsync(PackDataset.Year, UnitLevel.Municipality);
        var total = await db.Findings.CountAsync(f => f.SchoolYear == PackDataset.Year && f.Level == UnitLevel.Municipality);
        await detector.DetectAsync(PackDataset.Year, UnitLevel.Municipality);

        Assert.Equal(total, await db.Findings.CountAsync(f => f.SchoolYear == PackDataset.Year && f.Level == UnitLevel.Municipality));
        var p01 = await db.Findings.AsNoTracking().Where(f => f.IndicatorCode == "P01" && f.SchoolYear == PackDataset.Year)
            .OrderBy(f => f.Kind).ToListAsync();
        // М1 62.5 % ≥ 60 and up from 2024/25 (1 of 7: Соколов). М2 2/4 = 50 % < 60, and down from 2024/25, when
        // Виноградова and Богданов of 3 staff (Голубев, Виноградова, Богданов) were diagnosed: 66.67 %.
        Assert.All(p01, f => Assert.Equal(data["M2"].Id, f.UnitId));
        Assert.Collection(p01,
            off =>
            {
                Assert.Equal(FindingKind.OffTarget, off.Kind);
                AssertClose(50, off.Value, "value");
                AssertClose(60, off.Target, "target");
            },
            worse =>
            {
                Assert.Equal(FindingKind.Worsening, worse.Kind);
                AssertClose(50, worse.Value, "value");
                AssertClose(100.0 * 2 / 3, worse.PreviousValue, "previous value");
            });
    }

    private static IEnumerable<string> Surnames(IEnumerable<DrillRecord> records) => records.Select(r => r.Name.Split(' ')[0]);
}
