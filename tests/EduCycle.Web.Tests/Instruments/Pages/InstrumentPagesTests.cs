using System.Net;
using System.Text.RegularExpressions;
using EduCycle.Engine.Instruments;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Tests.Infrastructure;

namespace EduCycle.Web.Tests.Instruments.Pages;

/// <summary>The first GET (the prerender) of the catalogue, the card and the results pages.</summary>
public sealed partial class InstrumentPagesTests
{
    private static readonly string Folder = RepositoryInstruments.Folder;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Catalogue_lists_the_latest_version_of_every_shipped_instrument(string provider)
    {
        await using var app = new EduCycleApp(provider);
        using var client = await app.ClientAsAsync(new TestUser("pages-region", Roles.RegionalOperator));

        var html = await GetPageAsync(client, "/instruments");

        Assert.Contains("data-testid=\"instruments-table\"", html);
        Assert.Equal(13, RowMarker().Matches(html).Count);
        foreach (var file in Directory.EnumerateFiles(Folder, "*.v1.json").Where(f => !f.EndsWith(".cases.json", StringComparison.Ordinal)))
        {
            var definition = InstrumentJson.ParseDefinition(File.ReadAllText(file));
            Assert.Contains(definition.Name, html);
            Assert.Contains($"href=\"/instruments/{definition.Code}\"", html);
        }
        Assert.Contains("Чек-лист", html);
        Assert.Contains("Критерии эффективности", html);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Card_shows_bands_the_stated_maximum_warning_and_the_editor_only_to_the_regional_operator(string provider)
    {
        await using var app = new EduCycleApp(provider);
        using var region = await app.ClientAsAsync(new TestUser("card-region", Roles.RegionalOperator));
        using var teacher = await app.ClientAsAsync(new TestUser("card-teacher", Roles.Teacher));

        // Seed 004: the 43-item checklist, 2 points an item, states a top band of 60–88 while 43 × 2 = 86.
        var checklist = await GetPageAsync(region, "/instruments/school-work-directions-checklist");
        Assert.Contains("заявленный максимум 88 не совпадает с максимумом по пунктам 86", checklist);
        Assert.Contains("<td>60–88</td><td>высокий уровень</td>", checklist);
        Assert.Contains("<td>20–59</td><td>достаточный уровень</td>", checklist);
        Assert.Contains("<td>до 19</td><td>низкий уровень</td>", checklist);
        Assert.Contains("data-testid=\"version-json\"", checklist);
        Assert.Contains("data-testid=\"version-create\"", checklist);
        Assert.Contains("data-testid=\"instrument-form\"", checklist);

        // Seed 004, S4-F1: 30–42 «рекомендуется», 27–29 «после доработки», up to 26 «не рекомендуется».
        var expertise = await GetPageAsync(teacher, "/instruments/dpp-expertise-general/v/1");
        Assert.Contains("<td>30–42</td><td>рекомендуется</td>", expertise);
        Assert.Contains("<td>27–29</td><td>рекомендуется после доработки</td>", expertise);
        Assert.Contains("<td>до 26</td><td>не рекомендуется</td>", expertise);
        Assert.Contains("только с письменным обоснованием", expertise);
        Assert.DoesNotContain("data-testid=\"version-json\"", expertise);

        var framework = await GetPageAsync(teacher, "/instruments/heads-framework-school");
        Assert.Contains("более 50 % показателей", framework);
        Assert.Contains("заявлено в источнике: 400", framework);

        Assert.Contains("Инструмент не найден", await GetPageAsync(teacher, "/instruments/no-such-instrument"));
        Assert.Contains("Инструмент не найден", await GetPageAsync(teacher, "/instruments/no-such-instrument/v/1"));
        Assert.Contains("Версия 2 инструмента не найдена", await GetPageAsync(teacher, "/instruments/mms-young-teachers/v/2"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Results_page_counts_bands_and_means_per_municipality_and_region(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var r = await app.SeedRegionAsync();
        const string high = "высокая эффективность деятельности муниципальных методических служб";
        const string medium = "средняя эффективность деятельности муниципальных методических служб";
        const string low = "низкая эффективность деятельности муниципальных методических служб";
        await using (var db = app.Db())
        {
            var campaign = new Campaign
            {
                InstrumentCode = "mms-young-teachers", InstrumentVersion = 1, Name = "Мониторинг ММС 2025",
                PeriodFrom = new(2025, 1, 1), PeriodTo = new(2025, 12, 31), Deadline = new(2025, 12, 1), CreatedBy = "test",
            };
            db.Campaigns.Add(campaign);
            db.Assignments.AddRange(
                Result(campaign, r.A.Id, AssignmentStatus.Reviewed, 20, high),
                Result(campaign, r.A.Id, AssignmentStatus.Submitted, 13, medium),
                Result(campaign, r.B.Id, AssignmentStatus.Locked, 6, low),
                Result(campaign, r.B.Id, AssignmentStatus.Draft, null, null));
            await db.SaveChangesAsync();
        }
        using var client = await app.ClientAsAsync(new TestUser("results-region", Roles.RegionalOperator));

        var html = await GetPageAsync(client, "/instruments/results?instrument=mms-young-teachers&from=2025-01-01&to=2025-12-31");

        // A: 20 and 13 → 2 results, mean 16,5; B: 6 (the draft does not count) → 1; region: 39 / 3 = 13.
        Assert.Contains($"class=\"mud-table-cell\">{high}</th><th scope=\"col\" class=\"mud-table-cell\">{medium}</th><th scope=\"col\" class=\"mud-table-cell\">{low}</th>", html);
        Assert.Matches(Row(r.A.Name, "2", "1", "1", "0", "16,5"), html);
        Assert.Matches(Row(r.B.Name, "1", "0", "0", "1", "6"), html);
        Assert.Matches(Row("Регион — всего", "3", "1", "1", "1", "13"), html);
        Assert.Contains("/export/instrument-results.xlsx?instrument=mms-young-teachers&from=2025-01-01&to=2025-12-31", html);

        Assert.Contains("Инструмент не найден", await GetPageAsync(client, "/instruments/results?instrument=no-such-instrument"));
        Assert.Contains("Выберите инструмент", await GetPageAsync(client, "/instruments/results"));
    }

    private static Assignment Result(Campaign campaign, int municipalityId, AssignmentStatus status, double? total, string? band) => new()
    {
        Campaign = campaign, MunicipalityId = municipalityId, AreaMunicipalityId = municipalityId, Status = status,
        AssignedBy = "test", ResultTotal = total, ResultBand = band,
    };

    /// <summary>A table row: the area's name, then its cells in order (HTML between them ignored).</summary>
    private static Regex Row(string name, params string[] cells) =>
        new(Regex.Escape(name) + string.Concat(cells.Select(c => $@"\s*</(?:b|td)>(?:\s*</td>)?\s*<td[^>]*>{Regex.Escape(c)}")));

    private static async Task<string> GetPageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {html}");
        return WebUtility.HtmlDecode(html);
    }


    [GeneratedRegex("data-testid=\"instrument-row\"")]
    private static partial Regex RowMarker();
}
