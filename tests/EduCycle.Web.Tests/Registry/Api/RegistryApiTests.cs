using System.Net;
using System.Text.Json;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Tests.Infrastructure;
using EduCycle.Web.Tests.Registry.Queries;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Registry.Api;

/// <summary>The JSON API over <see cref="TinyRegion"/>, asked on <see cref="TinyRegion.After"/> (2025-03-01).</summary>
public sealed class RegistryApiTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private const string After = "asOf=2025-03-01";

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Lists_and_cards_answer_paged_json(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var r = await SeedAsync(app);
        using var client = await app.ClientAsAsync(new TestUser("region-api", Roles.RegionalOperator));

        using var people = await GetJsonAsync(client, $"/api/v1/people?{After}&page=3&pageSize=4");
        var root = people.RootElement;
        Assert.Equal((11, 3, 4), (root.GetProperty("total").GetInt32(), root.GetProperty("page").GetInt32(), root.GetProperty("pageSize").GetInt32()));
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Ильина Ирина Андреевна", "Кузнецов Кирилл Денисович", "Морозова Мария Олеговна"], items.Select(i => i.GetProperty("fullName").GetString()));
        var ilina = items[0];
        Assert.Equal("1985-11-20", ilina.GetProperty("birthDate").GetString());
        Assert.Equal(39, ilina.GetProperty("age").GetInt32());
        Assert.Equal("Highest", ilina.GetProperty("category").GetString());
        Assert.Equal("Head", ilina.GetProperty("workplace").GetProperty("position").GetString());
        Assert.Equal(r.O4, ilina.GetProperty("workplace").GetProperty("organisationId").GetInt32());

        using var schools = await GetJsonAsync(client, $"/api/v1/organisations?{After}&kind=School&rural=true");
        Assert.Equal(2, schools.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(["Школа №2", "Школа №3"], schools.RootElement.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("shortName").GetString()));
        Assert.Equal("Бетинский район", schools.RootElement.GetProperty("items")[1].GetProperty("municipalityName").GetString());

        using var card = await GetJsonAsync(client, $"/api/v1/organisations/{r.O1}?{After}");
        Assert.Equal(4, card.RootElement.GetProperty("staffCount").GetInt32());
        Assert.Equal("Григорьев Глеб Олегович", card.RootElement.GetProperty("head").GetProperty("fullName").GetString());
        Assert.Equal("School", card.RootElement.GetProperty("kind").GetString());

        using var municipalities = await GetJsonAsync(client, "/api/v1/municipalities");
        Assert.Equal(["Альфинский район", "Бетинский район"], municipalities.RootElement.EnumerateArray().Select(m => m.GetProperty("name").GetString()));

        using var person = await GetJsonAsync(client, $"/api/v1/people/{r.Person(12)}");
        Assert.Equal("Морозова", person.RootElement.GetProperty("lastName").GetString());
        Assert.Equal(2, person.RootElement.GetProperty("employments").GetArrayLength());
        await using var db = app.Db();
        var id = r.Person(12).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(["region-api"], await db.AuditEntries
            .Where(a => a.Action == AuditAction.Read && a.EntityType == nameof(Person) && a.EntityId == id).Select(a => a.UserName).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_parameters_and_missing_records_are_problem_details(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var r = await SeedAsync(app);
        using var client = await app.ClientAsAsync(new TestUser("region-api", Roles.RegionalOperator));

        using var bad = await client.GetAsync("/api/v1/people?ageBand=old&pageSize=1000&municipalityId=x");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync());
        Assert.Equal("Неверные параметры запроса", problem.RootElement.GetProperty("title").GetString());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal(["ageBand", "municipalityId", "pageSize"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Contains("«ageBand»", errors.GetProperty("ageBand")[0].GetString());
        Assert.Contains("от 1 до 500", errors.GetProperty("pageSize")[0].GetString());

        using var badDate = await client.GetAsync("/api/v1/organisations?asOf=2025-13-01");
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("«asOf»", await badDate.Content.ReadAsStringAsync());

        foreach (var url in new[] { $"/api/v1/people/{r.Person(12) + 1000}", $"/api/v1/organisations/{r.O5 + 1000}" })
        {
            using var missing = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Запись не найдена или недоступна", await missing.Content.ReadAsStringAsync());
        }

        using var anonymous = app.CreateClient();
        using var denied = await anonymous.GetAsync("/api/v1/people");
        Assert.Equal(HttpStatusCode.Unauthorized, denied.StatusCode);
        using var document = await anonymous.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        var openApi = await document.Content.ReadAsStringAsync();
        Assert.Contains("/api/v1/people/{id}", openApi);
        Assert.Contains("ListOrganisations", openApi);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_municipal_operator_sees_only_the_municipality(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var r = await SeedAsync(app);
        using var client = await app.ClientAsAsync(new TestUser("m1-operator", Roles.MunicipalOperator, MunicipalityId: r.M1));

        // Today O4 is in M2, so M1 sees O1 and O2 and the six people employed there.
        using var organisations = await GetJsonAsync(client, $"/api/v1/organisations?{After}");
        Assert.Equal([r.O1, r.O2], organisations.RootElement.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetInt32()));
        using var people = await GetJsonAsync(client, $"/api/v1/people?{After}");
        Assert.Equal(6, people.RootElement.GetProperty("total").GetInt32());
        using var municipalities = await GetJsonAsync(client, "/api/v1/municipalities");
        Assert.Equal([r.M1], municipalities.RootElement.EnumerateArray().Select(m => m.GetProperty("id").GetInt32()));

        foreach (var url in new[] { $"/api/v1/organisations/{r.O4}", $"/api/v1/people/{r.Person(7)}", $"/export/organisations/{r.O3}/staff.xlsx" })
        {
            using var hidden = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        var exported = await RegistryExportTests.ReadXlsxAsync(client, $"/export/people.xlsx?{After}");
        Assert.Equal(["Андреева Анна Петровна", "Борисов Борис Иванович", "Васильева Вера Сергеевна", "Григорьев Глеб Олегович", "Дмитриева Дарья", "Егоров Евгений Павлович"],
            exported.Select(row => (string)row["ФИО"]!));
        Assert.Empty(await RegistryExportTests.ReadXlsxAsync(client, $"/export/people.xlsx?{After}&municipalityId={r.M2}"));
    }

    internal static async Task<TinyRegion> SeedAsync(EduCycleApp app)
    {
        await using var db = app.Db();
        return await TinyRegion.SeedAsync(db);
    }

    internal static async Task<JsonDocument> GetJsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }
}
