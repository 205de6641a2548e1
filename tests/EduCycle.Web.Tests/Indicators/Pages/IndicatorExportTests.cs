using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Definitions;
using EduCycle.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace EduCycle.Web.Tests.Indicators.Pages;

/// <summary>The scorecard, values and records exports against the hand-checked <see cref="ScorecardCase"/>.</summary>
public sealed class IndicatorExportTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Municipal_scorecard_holds_its_municipality_its_organisations_and_the_region_with_hand_checked_values(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var r = await app.SeedRegionAsync();
        int year;
        await using (var db = app.Db()) year = await ScorecardCase.SeedAsync(db);
        var client = await app.ClientAsAsync(new TestUser("muni-a", Roles.MunicipalOperator, MunicipalityId: r.A.Id));

        var bytes = await client.GetByteArrayAsync($"/export/indicators/scorecard.xlsx?year={year}&area={Uri.EscapeDataString(ScorecardCase.Area)}&parts=true");
        var values = Sheet(bytes, "Показатели");
        var row = Assert.Single(values);
        Assert.Equal(ScorecardCase.Code, row["Код"]);
        var units = row.Keys.Skip(3).ToList();
        Assert.Equal(new[]
            {
            "Альфинский район: числитель", "Альфинский район: знаменатель", "Альфинский район",
             "Орг-MARKA1: числитель", "Орг-MARKA1: знаменатель", "Орг-MARKA1",
             "Орг-MARKA2: числитель", "Орг-MARKA2: знаменатель", "Орг-MARKA2",
             "Тестовая область: числитель", "Тестовая область: знаменатель", "Тестовая область",
            }, units);
        Assert.Equal(1.0, Number(row["Альфинский район: числитель"]));
        Assert.Equal(2.0, Number(row["Альфинский район: знаменатель"]));
        Assert.Equal(50.0, Number(row["Альфинский район"]));
        Assert.Equal(100.0, Number(row["Орг-MARKA1"]));
        Assert.Equal(0.0, Number(row["Орг-MARKA2"]));
        Assert.Equal(80.0, Number(row["Тестовая область"]));

        var status = Assert.Single(Sheet(bytes, "Статус"));
        Assert.Equal("красный", status["Альфинский район"]);
        Assert.Equal("нет цели", status["Орг-MARKA1"]);
        Assert.Equal("жёлтый", status["Тестовая область"]);

        // The export shows exactly what the engine computes for the same unit.
        await using var system = app.Db();
        var definition = (await new IndicatorCatalog(system).InForceAsync(ScorecardCase.Code, year))!;
        var engine = await IndicatorPackOnDemoTests.Values(system).ComputeAsync(definition, new UnitQuery(UnitLevel.Municipality, OnlyUnit: r.A.Id), year);
        Assert.Equal(Assert.Single(engine).Value, Number(row["Альфинский район"]));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Values_export_ranks_the_municipalities_and_records_export_lists_the_numerator_inside_the_scope_only(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var r = await app.SeedRegionAsync();
        int year;
        await using (var db = app.Db()) year = await ScorecardCase.SeedAsync(db);
        var region = await app.ClientAsAsync(new TestUser("region", Roles.RegionalOperator));

        var ranking = Sheet(await region.GetByteArrayAsync($"/export/indicators/{ScorecardCase.Code}/values.xlsx?year={year}&level=Municipality"), ScorecardCase.Code);
        Assert.Equal(new[] { "Бетинский район", "Альфинский район" }, ranking.Select(x => (string)x["Подразделение"]!));
        Assert.Equal(new double?[] { 1, 2 }, ranking.Select(x => Number(x["Место"])));
        Assert.Equal(new double?[] { 100, 50 }, ranking.Select(x => Number(x["Значение"])));
        Assert.Equal(new[] { "зелёный", "красный" }, ranking.Select(x => (string)x["Статус"]!));

        var municipal = await app.ClientAsAsync(new TestUser("muni-a", Roles.MunicipalOperator, MunicipalityId: r.A.Id));
        var records = Sheet(await municipal.GetByteArrayAsync($"/export/indicators/{ScorecardCase.Code}/records.xlsx?year={year}&unit=99-A"), "Записи");
        var teacher = Assert.Single(records);
        Assert.Equal("Фамилия1MARKP1 Анна Петровна", teacher["Запись"]);
        Assert.Equal("Орг-MARKA1", teacher["Сведения"]);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await municipal.GetAsync($"/export/indicators/{ScorecardCase.Code}/records.xlsx?year={year}&unit=99-B")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await municipal.GetAsync($"/export/indicators/{ScorecardCase.Code}/records.xlsx?year={year}&unit=99")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await municipal.GetAsync($"/export/indicators/{ScorecardCase.Code}/values.xlsx?year={year}&level=Organisation&within={r.B.Id}")).StatusCode);
    }

    private static List<IDictionary<string, object?>> Sheet(byte[] bytes, string name) =>
        MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true, sheetName: name)
            .Cast<IDictionary<string, object?>>().ToList();

    private static double? Number(object? cell) => cell is null ? null : Convert.ToDouble(cell, System.Globalization.CultureInfo.InvariantCulture);
}
