using System.Net;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Registry.Api;

/// <summary>The first GET of the registry pages (the prerender), under the caller's scope.</summary>
public sealed class RegistryPagesTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Pages_prerender_the_records_in_scope(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var r = await RegistryApiTests.SeedAsync(app);
        using var client = await app.ClientAsAsync(new TestUser("m1-pages", Roles.MunicipalOperator, MunicipalityId: r.M1));

        var organisations = await GetPageAsync(client, "/organisations");
        Assert.Contains("Альфинский район", organisations);
        Assert.DoesNotContain("Бетинский район", organisations);
        Assert.Contains("data-testid=\"export-xlsx\"", organisations);

        var people = await GetPageAsync(client, "/people");
        Assert.Contains("data-testid=\"people-table\"", people);
        Assert.Contains("/export/people.xlsx?asOf=", people);

        var card = await GetPageAsync(client, $"/organisations/{r.O1}?asOf=2025-03-01");
        Assert.Contains("Григорьев Глеб Олегович", card);
        Assert.Contains($"/export/organisations/{r.O1}/staff.xlsx?asOf=2025-03-01", card);

        var person = await GetPageAsync(client, $"/people/{r.Person(1)}");
        Assert.Contains("Андреева Анна Петровна", person);
        Assert.Contains("01.03.2000", person);
        await using (var db = app.Db())
        {
            var id = r.Person(1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Read && a.EntityType == nameof(Person) && a.EntityId == id && a.UserName == "m1-pages"));
        }

        // P7 works in M2, O4 is in M2 today: both are hidden exactly like a missing record.
        foreach (var url in new[] { $"/people/{r.Person(7)}", $"/people/{r.Person(12) + 1000}", $"/organisations/{r.O4}" })
            Assert.Contains("Запись не найдена или недоступна", await GetPageAsync(client, url));
    }

    private static async Task<string> GetPageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {html}");
        return WebUtility.HtmlDecode(html);
    }
}
