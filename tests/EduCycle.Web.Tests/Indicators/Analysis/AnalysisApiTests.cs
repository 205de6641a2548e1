using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Indicators.Definitions;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Indicators.Analysis;

/// <summary>The definition editor's and the targets' endpoints: Russian problems with positions, role checks, versions, ranges.</summary>
public sealed class AnalysisApiTests
{
    private static readonly TestUser Regional = new("a-region", Roles.RegionalOperator);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Formula_problems_come_back_with_their_field_position_and_russian_message(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var client = await app.ClientAsAsync(Regional);

        // "#{staff.diagnosed}" is 18 characters, " / " three more: the text ends at index 21, shown to people as position 22.
        var cut = await ProblemsAsync(client, new { numerator = "#{staff.diagnosed} / " });
        Assert.Equal(("numerator", 22, "Позиция 22: выражение оборвано"), Assert.Single(cut));

        var unknown = await ProblemsAsync(client, new { numerator = "#{staff.pedagogical}", denominator = "#{staff.nosuch}" });
        Assert.Equal(("denominator", 1, "Позиция 1: неизвестный элемент данных «staff.nosuch»"), Assert.Single(unknown));

        Assert.Empty(await ProblemsAsync(client, new { numerator = "#{staff.diagnosed}", denominator = "#{staff.pedagogical}", breakdowns = "subject" }));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Only_the_regional_operator_adds_a_version_and_it_must_start_after_the_last_one(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var r = await app.SeedRegionAsync();
        var municipal = await app.ClientAsAsync(new TestUser("a-muni", Roles.MunicipalOperator, MunicipalityId: r.A.Id));
        var regional = await app.ClientAsAsync(Regional);

        Assert.Equal(HttpStatusCode.Forbidden, (await municipal.PostAsJsonAsync("/api/v1/indicators", Draft(new DateOnly(2026, 9, 1)))).StatusCode);

        // P01 version 1 of the pack is valid from 01.09.2021: a second version from that very day is refused.
        var early = await regional.PostAsJsonAsync("/api/v1/indicators", Draft(new DateOnly(2021, 9, 1)));
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("Новая версия должна действовать позже версии 1 (с 01.09.2021)", await early.Content.ReadAsStringAsync());

        var created = await regional.PostAsJsonAsync("/api/v1/indicators", Draft(new DateOnly(2026, 9, 1)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/indicators/P01", created.Headers.Location?.OriginalString);
        await using var db = app.Db();
        var versions = await db.IndicatorDefinitions.Where(d => d.Code == "P01").OrderBy(d => d.Version).ToListAsync();
        Assert.Equal([(1, new DateOnly(2021, 9, 1)), (2, new DateOnly(2026, 9, 1))], versions.Select(v => (v.Version, v.ValidFrom)));
        Assert.Equal(DefinitionOrigin.Custom, versions[1].Origin);
        Assert.Equal("a-region", versions[1].CreatedBy);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Targets_are_set_within_range_by_role_and_listed_changed_and_deleted(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var r = await app.SeedRegionAsync();
        var regional = await app.ClientAsAsync(Regional);
        var municipal = await app.ClientAsAsync(new TestUser("a-muni", Roles.MunicipalOperator, MunicipalityId: r.A.Id));

        var tooHigh = await regional.PutAsJsonAsync("/api/v1/indicators/P01/targets", new { period = "2025", level = "Municipality", value = 150 });
        Assert.Equal(HttpStatusCode.BadRequest, tooHigh.StatusCode);
        Assert.Contains("Целевое значение: показатель P01 измеряется в процентах — от 0 до 100, указано 150.", await tooHigh.Content.ReadAsStringAsync());

        var unknown = await regional.PutAsJsonAsync("/api/v1/indicators/P99/targets", new { period = "2025", level = "Municipality", value = 10 });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Показатель: нет показателя с кодом «P99».", await unknown.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await regional.PutAsJsonAsync("/api/v1/indicators/P01/targets", new { period = "2025", level = "Municipality", value = 80 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await regional.PutAsJsonAsync("/api/v1/indicators/P01/targets", new { period = "2025", level = "Municipality", value = 85.5 })).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden,
            (await municipal.PutAsJsonAsync("/api/v1/indicators/P01/targets", new { period = "2025", level = "Municipality", value = 10 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK,
            (await municipal.PutAsJsonAsync("/api/v1/indicators/P01/targets", new { period = "2025", level = "Organisation", unit = r.A1.ExternalCode, value = 90 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await municipal.PutAsJsonAsync("/api/v1/indicators/P01/targets", new { period = "2025", level = "Organisation", unit = r.B1.ExternalCode, value = 90 })).StatusCode);

        var listed = await regional.GetFromJsonAsync<JsonElement>("/api/v1/indicators/P01/targets?period=2025");
        Assert.Equal([("Municipality", (string?)null, 85.5), ("Organisation", r.A1.ExternalCode, 90.0)],
            listed.EnumerateArray().Select(t => (t.GetProperty("level").GetString(), t.GetProperty("unitCode").GetString(), t.GetProperty("value").GetDouble()))
                .OrderBy(t => t.Item1).ToList());

        Assert.Equal(HttpStatusCode.Forbidden, (await municipal.DeleteAsync("/api/v1/indicators/P01/targets?period=2025&level=Municipality")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await regional.DeleteAsync("/api/v1/indicators/P01/targets?period=2025&level=Municipality")).StatusCode);
        await using var db = app.Db();
        Assert.Equal([r.A1.Id], await db.IndicatorTargets.Select(t => t.UnitId).ToListAsync());
    }

    private static object Draft(DateOnly validFrom) => new
    {
        code = "P01", name = "Доля педагогов, прошедших диагностику", area = "Профессиональное развитие педагогов", unit = "%",
        direction = "HigherIsBetter", numerator = "#{staff.diagnosed}", denominator = "#{staff.pedagogical}", factor = 100, breakdowns = "subject",
        source = "Методика, п. 3", validFrom = validFrom.ToString("yyyy-MM-dd"),
    };

    private static async Task<List<(string Field, int Position, string Message)>> ProblemsAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/indicators/validate", body);
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return json.EnumerateArray().Select(p => (p.GetProperty("field").GetString()!, p.GetProperty("position").GetInt32(), p.GetProperty("message").GetString()!)).ToList();
    }
}
