using System.Net;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace EduCycle.Web.Tests.Development.Analytics;

public sealed class AnalyticsExportsTests
{
    private static async Task<(EduCycleApp App, TestRegion Region)> StartAsync(string provider)
    {
        var app = new EduCycleApp(provider);
        var region = await app.SeedRegionAsync();
        await using var db = app.Db();
        await AnalyticsTestData.SeedAsync(db, region);
        return (app, region);
    }

    private static async Task<List<IDictionary<string, object?>>> RowsAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return [.. stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()];
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Exports_hold_the_pages_tables_in_the_users_scope(string provider)
    {
        var (app, r) = await StartAsync(provider);
        await using var _ = app;
        var methodist = await app.ClientAsAsync(new TestUser("x-methodist", Roles.RegionalMethodist));

        var heat = await RowsAsync(methodist, "/export/development/heat-map.xlsx?year=2025");
        Assert.Equal(8, heat.Count);
        var methodical = heat.Single(x => (string?)x["Предмет"] == "Математика" && (string?)x["Группа компетенций"] == "Методические");
        Assert.Equal((4.0, 2.0, 50.0, 76.5), (Convert.ToDouble(methodical["Прошли входную диагностику"]), Convert.ToDouble(methodical["С дефицитом в группе"]),
            Convert.ToDouble(methodical["Доля с дефицитом, %"]), Convert.ToDouble(methodical["Средний результат, %"])));

        var municipal = await app.ClientAsAsync(new TestUser("x-municipal", Roles.MunicipalOperator, MunicipalityId: r.A.Id));
        Assert.Equal(["Альфинский район"], (await RowsAsync(municipal, "/export/development/deficits-by-municipality.xlsx?year=2025")).Select(x => (string?)x["Муниципалитет / организация"]).ToList());
        Assert.Empty(await RowsAsync(municipal, $"/export/development/deficits-by-municipality.xlsx?year=2025&municipalityId={r.B.Id}"));
        Assert.Equal(["Орг-MARKA1"], (await RowsAsync(municipal, "/export/development/deficits-by-school.xlsx?year=2025")).Select(x => (string?)x["Муниципалитет / организация"]).ToList());
        var without = await RowsAsync(municipal, "/export/development/without-route.xlsx?year=2025");
        Assert.Equal([("Альфинский район", 3.0)], without.Select(x => ((string?)x["Муниципалитет"], Convert.ToDouble(x["Дефицитов"]))).ToList());
        Assert.All(await RowsAsync(municipal, "/export/development/overdue-routes.xlsx"), x => Assert.Equal("Альфинский район", x["Муниципалитет"]));
        Assert.Equal([("Орг-MARKA1", 1.0, 1.0)], (await RowsAsync(municipal, "/export/development/young-teachers-by-school.xlsx?year=2025"))
            .Select(x => ((string?)x["Муниципалитет / организация"], Convert.ToDouble(x["Молодых педагогов (до 35 лет)"]), Convert.ToDouble(x["Охвачены поддержкой"]))).ToList());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Teachers_and_curators_are_refused_and_a_bad_year_is_named(string provider)
    {
        var (app, r) = await StartAsync(provider);
        await using var _ = app;
        var teacher = await app.ClientAsAsync(new TestUser("x-teacher", Roles.Teacher, OrganisationId: r.A1.Id, PersonId: r.P(1).Id));
        var curator = await app.ClientAsAsync(new TestUser("x-curator", Roles.Curator, AssignedOrganisations: [r.A1.Id]));
        foreach (var client in new[] { teacher, curator })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/export/development/heat-map.xlsx?year=2025")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/export/development/without-route.xlsx")).StatusCode);
        }

        var head = await app.ClientAsAsync(new TestUser("x-head", Roles.Head, OrganisationId: r.A1.Id, PersonId: r.P(2).Id));
        var bad = await head.GetAsync("/export/development/heat-map.xlsx?year=1900");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Учебный год", await bad.Content.ReadAsStringAsync());

        var page = await head.GetAsync("/development/analytics");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("Тепловая карта дефицитов", html);
        Assert.Contains("Орг-MARKA1", html);
        Assert.DoesNotContain("MARKB1", html);
    }
}
