using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EduCycle.Engine.Development;
using EduCycle.Web.Features.Development.Diagnostics;
using EduCycle.Web.Features.Development.Diagnostics.Results;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace EduCycle.Web.Tests.Development.Diagnostics;

public sealed class DiagnosticScopeApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_teacher_sees_only_their_own_diagnostics_by_api_and_export(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var r = await app.SeedRegionAsync();
        var methodist = new Actor(DataScope.System() with { UserName = "methodist" }, new HashSet<string> { Roles.RegionalMethodist });
        int campaignId;
        await using (var db = app.Db())
        {
            var campaign = new DiagnosticCampaign
            {
                Name = "Кампания", StartDate = new DateOnly(2025, 9, 1), EndDate = new DateOnly(2026, 5, 31),
                Groups = CompetencyGroups.Subject, CreatedBy = "test",
            };
            db.DiagnosticCampaigns.Add(campaign);
            await db.SaveChangesAsync(Ct);
            campaignId = campaign.Id;
            var results = new DiagnosticResultService(db, TimeProvider.System);
            foreach (var (person, percent) in new[] { (1, 96m), (4, 30m) })
            {
                var stored = await results.RecordAsync(methodist, campaignId,
                    new ResultEntry(r.P(person).Id, null, new DateOnly(2025, 9, 15), [new GroupScore(CompetencyGroup.Subject, percent)], []), Ct);
                Assert.Null(stored.Refusal);
            }
        }
        var teacher = await app.ClientAsAsync(new TestUser("t1", Roles.Teacher, OrganisationId: r.A1.Id, PersonId: r.P(1).Id));

        var own = await teacher.GetAsync($"/api/v1/people/{r.P(1).Id}/diagnostics", Ct);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        using (var history = JsonDocument.Parse(await own.Content.ReadAsStringAsync(Ct)))
        {
            var result = Assert.Single(history.RootElement.GetProperty("results").EnumerateArray());
            Assert.Equal("Sufficient", result.GetProperty("outcome").GetString());
        }
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/api/v1/people/{r.P(4).Id}/diagnostics", Ct)).StatusCode);

        var list = await teacher.GetStringAsync($"/api/v1/diagnostics/campaigns/{campaignId}/results?latestOnly=false", Ct);
        Assert.DoesNotContain("MARKP4", list, StringComparison.Ordinal);
        using (var page = JsonDocument.Parse(list)) Assert.Equal(1, page.RootElement.GetProperty("total").GetInt32());

        var export = await teacher.GetAsync($"/export/diagnostics/campaigns/{campaignId}/results.xlsx", Ct);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var rows = (await export.Content.ReadAsStreamAsync(Ct)).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains("MARKP1", (string)Assert.Single(rows)["ФИО"]!, StringComparison.Ordinal);

        var campaigns = await teacher.GetStringAsync("/api/v1/diagnostics/campaigns", Ct);
        using (var c = JsonDocument.Parse(campaigns))
        {
            var row = Assert.Single(c.RootElement.EnumerateArray());
            Assert.Equal((1, 1, 0), (row.GetProperty("teachers").GetInt32(), row.GetProperty("sufficient").GetInt32(), row.GetProperty("unsatisfactory").GetInt32()));
        }

        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(DiagnosticsTestData.Csv(("000-000-001 01", null, "15.09.2025", "2", "99", null, null)));
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(part, "file", "r.csv");
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PostAsync($"/api/v1/diagnostics/campaigns/{campaignId}/results/import", content, Ct)).StatusCode);

        var regional = await app.ClientAsAsync(new TestUser("m1", Roles.RegionalMethodist));
        using (var page = JsonDocument.Parse(await regional.GetStringAsync($"/api/v1/diagnostics/campaigns/{campaignId}/results", Ct)))
            Assert.Equal(2, page.RootElement.GetProperty("total").GetInt32());
        var repeat = await regional.PostAsJsonAsync($"/api/v1/diagnostics/campaigns/{campaignId}/results",
            new { personId = r.P(4).Id, takenOn = "2025-10-01", scores = new[] { new { group = "Subject", percent = 70 } }, topicIds = Array.Empty<int>() }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, repeat.StatusCode);
        Assert.Contains("у работника уже есть входная диагностика в этой кампании: внесите повторную", await repeat.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal("text/csv", (await regional.GetAsync("/export/diagnostics/template.csv", Ct)).Content.Headers.ContentType?.MediaType);

        // Pages (the prerender): the methodist sees P4's history; the teacher gets the same notice as for a missing record.
        var card = await PageAsync(regional, $"/development/diagnostics/{campaignId}");
        Assert.Contains("data-testid=\"diagnostic-import\"", card, StringComparison.Ordinal);
        Assert.Contains($"/export/diagnostics/campaigns/{campaignId}/results.xlsx?latestOnly=true", card, StringComparison.Ordinal);
        var historyPage = await PageAsync(regional, $"/development/diagnostics/people/{r.P(4).Id}");
        Assert.Contains("MARKP4", historyPage, StringComparison.Ordinal);
        Assert.Contains("Неудовлетворительный", historyPage, StringComparison.Ordinal);
        Assert.Contains("нужны план и повторная диагностика", historyPage, StringComparison.Ordinal);
        var hidden = await PageAsync(teacher, $"/development/diagnostics/people/{r.P(4).Id}");
        Assert.Contains("Запись не найдена или недоступна", hidden, StringComparison.Ordinal);
        Assert.DoesNotContain("MARKP4", hidden, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"diagnostic-import\"", await PageAsync(teacher, $"/development/diagnostics/{campaignId}"), StringComparison.Ordinal);
    }

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {html}");
        return WebUtility.HtmlDecode(html);
    }
}
