using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Tests.Infrastructure;

namespace EduCycle.Web.Tests.Development.Routes;

/// <summary>The routes API, export and pages through the real application: drafting, transitions, and who sees what.</summary>
public sealed class RoutesApiTests
{
    private static async Task<(EduCycleApp App, TestRegion Region, RouteSeed Seed)> StartAsync(string provider)
    {
        var app = new EduCycleApp(provider);
        var r = await app.SeedRegionAsync();
        await using var db = app.Db();
        return (app, r, await RouteSeed.SeedAsync(db, r));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_methodist_drafts_and_moves_a_route_and_an_illegal_transition_is_a_400_naming_both_states(string provider)
    {
        var (app, r, s) = await StartAsync(provider);
        await using var _ = app;
        using var methodist = await app.ClientAsAsync(new TestUser("api-methodist", Roles.RegionalMethodist));

        var drafted = await Ok(await methodist.PostAsync($"/api/v1/people/{r.P(1).Id}/routes/draft", null));
        var id = drafted.GetProperty("route").GetProperty("id").GetInt32();
        Assert.Equal("Draft", drafted.GetProperty("route").GetProperty("status").GetString());
        Assert.Equal([s.PA.Id, null, null], drafted.GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("programmeId").ValueKind == JsonValueKind.Null ? (int?)null : i.GetProperty("programmeId").GetInt32()));
        Assert.Equal(HttpStatusCode.Conflict, (await methodist.PostAsync($"/api/v1/people/{r.P(1).Id}/routes/draft", null)).StatusCode);

        var illegal = await methodist.PostAsJsonAsync($"/api/v1/routes/{id}/transitions", new { to = "InProgress" });
        Assert.Equal(HttpStatusCode.BadRequest, illegal.StatusCode);
        Assert.Equal("application/problem+json", illegal.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await illegal.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Переход маршрута из состояния «черновик» в состояние «выполняется» недопустим", problem.GetProperty("title").GetString());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());

        var noReason = await methodist.PostAsJsonAsync($"/api/v1/routes/{id}/transitions", new { to = "Cancelled" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);

        var approved = await Ok(await methodist.PostAsJsonAsync($"/api/v1/routes/{id}/transitions", new { to = "Approved" }));
        Assert.Equal("Approved", approved.GetProperty("route").GetProperty("status").GetString());
        var history = approved.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal(("Draft", "Approved", "api-methodist"),
            (history[1].GetProperty("from").GetString(), history[1].GetProperty("to").GetString(), history[1].GetProperty("by").GetString()));

        using var teacher = await app.ClientAsAsync(new TestUser("api-teacher1", Roles.Teacher, OrganisationId: r.A1.Id, PersonId: r.P(1).Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PostAsJsonAsync($"/api/v1/routes/{id}/transitions", new { to = "InProgress" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PostAsync($"/api/v1/people/{r.P(1).Id}/routes/draft", null)).StatusCode);
        var own = await Ok(await teacher.GetAsync($"/api/v1/routes/{id}"));
        Assert.Empty(own.GetProperty("nextStates").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_teacher_never_sees_another_teachers_route_and_a_head_of_another_organisation_gets_404(string provider)
    {
        var (app, r, _) = await StartAsync(provider);
        await using var _ = app;
        using var methodist = await app.ClientAsAsync(new TestUser("iso-methodist", Roles.RegionalMethodist));
        var p1Route = (await Ok(await methodist.PostAsync($"/api/v1/people/{r.P(1).Id}/routes/draft", null))).GetProperty("route").GetProperty("id").GetInt32();
        var p4Route = (await Ok(await methodist.PostAsync($"/api/v1/people/{r.P(4).Id}/routes/draft", null))).GetProperty("route").GetProperty("id").GetInt32();

        using var teacher = await app.ClientAsAsync(new TestUser("iso-teacher1", Roles.Teacher, OrganisationId: r.A1.Id, PersonId: r.P(1).Id));
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/api/v1/routes/{p4Route}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync($"/api/v1/routes/{p1Route}")).StatusCode);
        var list = await Ok(await teacher.GetAsync("/api/v1/routes"));
        Assert.Equal([p1Route], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
        var export = await ReadXlsxTextAsync(await teacher.GetAsync("/export/routes.xlsx"));
        Assert.Contains("MARKP1", export);
        Assert.DoesNotContain("MARKP4", export);
        var card = await PageAsync(teacher, $"/development/routes/{p4Route}");
        Assert.Contains("data-testid=\"not-found\"", card);
        Assert.DoesNotContain("MARKP4", card);
        Assert.DoesNotContain("MARKP4", await PageAsync(teacher, "/development/routes"));

        using var otherHead = await app.ClientAsAsync(new TestUser("iso-head-b1", Roles.Head, OrganisationId: r.B1.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await otherHead.GetAsync($"/api/v1/routes/{p1Route}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherHead.PostAsJsonAsync($"/api/v1/routes/{p1Route}/transitions", new { to = "Approved" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherHead.PostAsync($"/api/v1/people/{r.P(1).Id}/routes/draft", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await otherHead.GetAsync($"/api/v1/routes/{p4Route}")).StatusCode);

        using var municipal = await app.ClientAsAsync(new TestUser("iso-mms-a", Roles.MunicipalMethodist, MunicipalityId: r.A.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await municipal.GetAsync($"/api/v1/routes/{p4Route}")).StatusCode);
        var mmsList = await Ok(await municipal.GetAsync("/api/v1/routes"));
        Assert.Equal([p1Route], mmsList.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_pages_show_the_draft_preview_the_card_and_the_teachers_without_a_route(string provider)
    {
        var (app, r, _) = await StartAsync(provider);
        await using var __ = app;
        using var methodist = await app.ClientAsAsync(new TestUser("pages-methodist", Roles.RegionalMethodist));

        var preview = await PageAsync(methodist, $"/development/routes/draft/{r.P(1).Id}");
        Assert.Contains("Программа PA (ПК, 36 ч)", preview);
        Assert.Contains("Семинар о конфликтах", preview);
        Assert.Contains("data-testid=\"draft-uncovered\"", preview);
        Assert.Contains("Работа с одарёнными детьми", preview);
        Assert.DoesNotContain("Программа PC", preview);

        var list = await PageAsync(methodist, "/development/routes?tab=without-route");
        Assert.Contains("data-testid=\"without-route-table\"", list);

        var id = (await Ok(await methodist.PostAsync($"/api/v1/people/{r.P(1).Id}/routes/draft", null))).GetProperty("route").GetProperty("id").GetInt32();
        var card = await PageAsync(methodist, $"/development/routes/{id}");
        Assert.Contains("data-testid=\"route-status\"", card);
        Assert.Contains("data-testid=\"transition-Approved\"", card);
        Assert.Contains("data-testid=\"item-uncovered\"", card);
        Assert.Contains("Самообразование по теме «Работа с одарёнными детьми»", card);
        Assert.Contains("Планиметрия", card);

        using var teacher = await app.ClientAsAsync(new TestUser("pages-teacher1", Roles.Teacher, OrganisationId: r.A1.Id, PersonId: r.P(1).Id));
        var teacherCard = await PageAsync(teacher, $"/development/routes/{id}");
        Assert.Contains("MARKP1", teacherCard);
        Assert.DoesNotContain("data-testid=\"transition-", teacherCard);
        Assert.DoesNotContain("data-testid=\"item-edit\"", teacherCard);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_closed_route_card_shows_the_history_and_the_results_before_and_after_per_group(string provider)
    {
        var (app, r, s) = await StartAsync(provider);
        await using var _ = app;
        using var methodist = await app.ClientAsAsync(new TestUser("closed-methodist", Roles.RegionalMethodist));
        var id = (await Ok(await methodist.PostAsync($"/api/v1/people/{r.P(1).Id}/routes/draft", null))).GetProperty("route").GetProperty("id").GetInt32();
        await Ok(await methodist.PostAsJsonAsync($"/api/v1/routes/{id}/transitions", new { to = "Approved" }));
        await Ok(await methodist.PostAsJsonAsync($"/api/v1/routes/{id}/transitions", new { to = "Draft", reason = "добавить стажировку" }));
        await Ok(await methodist.PostAsJsonAsync($"/api/v1/routes/{id}/transitions", new { to = "Approved" }));
        await Ok(await methodist.PostAsJsonAsync($"/api/v1/routes/{id}/transitions", new { to = "InProgress" }));

        using var teacher = await app.ClientAsAsync(new TestUser("closed-teacher1", Roles.Teacher, OrganisationId: r.A1.Id, PersonId: r.P(1).Id));
        var running = await PageAsync(teacher, $"/development/routes/{id}");
        Assert.Equal(3, CountOf(running, "data-testid=\"item-mark\""));

        await using (var db = app.Db())
            await s.RepeatAsync(db, r.P(1).Id, r.A1.Id, 1, (Engine.Development.CompetencyGroup.Subject, 97.5m), (Engine.Development.CompetencyGroup.Methodical, 38m));
        var closed = await Ok(await methodist.PostAsJsonAsync($"/api/v1/routes/{id}/transitions", new { to = "Completed" }));
        Assert.Equal(6, closed.GetProperty("history").GetArrayLength());

        var card = System.Text.RegularExpressions.Regex.Replace(await PageAsync(methodist, $"/development/routes/{id}"), @">\s+<", "><");
        Assert.Contains("data-testid=\"route-before-after\"", card);
        // Subject 60 → 97,5 (+37,5); methodical 40 → 38 (−2); communicative 55 → not retaken.
        Assert.Contains("<td>Предметные</td><td>60</td><td>97,5</td><td>+37,5</td>", card);
        Assert.Contains("<td>Методические</td><td>40</td><td>38</td><td>−2</td>", card);
        Assert.Contains("<td>Коммуникативные</td><td>55</td><td>—</td><td>—</td>", card);
        Assert.Contains("добавить стажировку", card);
        Assert.DoesNotContain("data-testid=\"transition-", card);
        Assert.DoesNotContain("data-testid=\"item-mark\"", await PageAsync(teacher, $"/development/routes/{id}"));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    internal static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    internal static async Task<string> PageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {html}");
        return WebUtility.HtmlDecode(html);
    }

    private static async Task<string> ReadXlsxTextAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var text = new System.Text.StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(await reader.ReadToEndAsync());
        }
        return text.ToString();
    }
}
