using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Monitoring;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Monitoring;

/// <summary>
/// Collection forms through the real application: the shipped annual form sent to the test region's schools (A1, B1, M — A2 is a
/// kindergarten), filled by the head of A1, checked by the operators; who may read and write which submission.
/// </summary>
public sealed class CollectionApiTests
{
    private const string Inconsistent = "Число прошедших диагностику не может превышать численность педагогических работников";

    private static readonly Dictionary<string, decimal?> Valid = new()
    {
        ["staff.total_reported"] = 20,
        ["staff.diagnosed_reported"] = 12,
        ["staff.targeted_methodical_help"] = 5,
        ["events.network_held"] = 3,
        ["orgs.productive_methodical_system"] = 1,
        ["orgs.education_projects"] = 0,
    };

    private sealed record Started(EduCycleApp App, TestRegion Region, int RequestId, int A1Submission, HttpClient Head, HttpClient Regional);

    private static async Task<Started> StartAsync(string provider, DateOnly? deadline = null)
    {
        var app = new EduCycleApp(provider);
        var r = await app.SeedRegionAsync();
        var regional = await app.ClientAsAsync(new TestUser("c-region", Roles.RegionalOperator));
        int formId;
        await using (var db = app.Db()) formId = await db.CollectionForms.Where(f => f.Code == "methodical-work-annual").Select(f => f.Id).SingleAsync();
        var created = await regional.PostAsJsonAsync("/api/v1/monitoring/requests",
            new { formId, schoolYear = 2025, deadline = (deadline ?? new DateOnly(2025, 12, 25)).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var requestId = (await Json(created)).GetProperty("id").GetInt32();
        int a1;
        await using (var db = app.Db()) a1 = await db.CollectionSubmissions.Where(s => s.RequestId == requestId && s.OrganisationId == r.A1.Id).Select(s => s.Id).SingleAsync();
        var head = await app.ClientAsAsync(new TestUser("c-head-a1", Roles.Head, OrganisationId: r.A1.Id, PersonId: r.P(2).Id));
        return new Started(app, r, requestId, a1, head, regional);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_request_reaches_every_school_in_scope_and_an_inconsistent_submit_is_refused_with_the_rules_message_changing_nothing(string provider)
    {
        var s = await StartAsync(provider);
        await using var _ = s.App;
        await using (var db = s.App.Db())
            Assert.Equal(new[] { s.Region.A1.Id, s.Region.B1.Id, s.Region.M.Id }.Order(),
                await db.CollectionSubmissions.Where(x => x.RequestId == s.RequestId).Select(x => x.OrganisationId).OrderBy(x => x).ToListAsync());

        var values = new Dictionary<string, decimal?>(Valid) { ["staff.diagnosed_reported"] = 21 };
        var refused = await s.Head.PostAsJsonAsync($"/api/v1/monitoring/submissions/{s.A1Submission}/submit", new { values });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await Json(refused);
        Assert.Equal("Форма не отправлена", problem.GetProperty("title").GetString());
        Assert.Equal(Inconsistent, problem.GetProperty("detail").GetString());
        Assert.Equal("staff.diagnosed_reported,staff.total_reported", problem.GetProperty("problems")[0].GetProperty("path").GetString());

        await using var check = s.App.Db();
        var stored = await check.CollectionSubmissions.Include(x => x.Values).SingleAsync(x => x.Id == s.A1Submission);
        Assert.Equal(SubmissionStatus.Draft, stored.Status);
        Assert.Null(stored.SubmittedAt);
        Assert.Empty(stored.Values);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Out_of_range_non_integer_and_missing_required_values_are_refused_naming_the_field(string provider)
    {
        var s = await StartAsync(provider);
        await using var _ = s.App;
        var values = new Dictionary<string, decimal?>(Valid)
        {
            ["orgs.productive_methodical_system"] = 2,
            ["events.network_held"] = 1.5m,
            ["staff.targeted_methodical_help"] = null,
        };
        var refused = await s.Head.PostAsJsonAsync($"/api/v1/monitoring/submissions/{s.A1Submission}/submit", new { values });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var messages = (await Json(refused)).GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("message").GetString()).ToList();
        Assert.Equal(
        [
            "«Число педагогов, получивших адресную методическую помощь»: поле обязательно для заполнения",
            "«Количество методических мероприятий, организованных в форме сетевого взаимодействия»: ожидается целое число, указано 1,5",
            "«Наличие продуктивной системы методической деятельности»: значение 2 больше допустимого (1)",
        ], messages);

        // A draft keeps incomplete values, but not wrong ones.
        var draft = new Dictionary<string, decimal?> { ["staff.total_reported"] = 20 };
        Assert.Equal(HttpStatusCode.OK, (await s.Head.PutAsJsonAsync($"/api/v1/monitoring/submissions/{s.A1Submission}/values", new { values = draft })).StatusCode);
        var wrongDraft = await s.Head.PutAsJsonAsync($"/api/v1/monitoring/submissions/{s.A1Submission}/values",
            new { values = new Dictionary<string, decimal?> { ["staff.total_reported"] = -1 } });
        Assert.Equal(HttpStatusCode.BadRequest, wrongDraft.StatusCode);
        Assert.Equal("«Численность педагогических работников (по данным ОО)»: значение -1 меньше допустимого (0)", (await Json(wrongDraft)).GetProperty("detail").GetString());
        await using var db = s.App.Db();
        Assert.Equal(20m, await db.CollectedValues.Where(v => v.SubmissionId == s.A1Submission && v.ElementCode == "staff.total_reported").Select(v => v.Value).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Approval_locks_the_form_and_reopening_needs_a_reason_and_is_audited(string provider)
    {
        var s = await StartAsync(provider);
        await using var _ = s.App;
        var url = $"/api/v1/monitoring/submissions/{s.A1Submission}";
        Assert.Equal("Submitted", (await Json(await s.Head.PostAsJsonAsync(url + "/submit", new { values = Valid }))).GetProperty("status").GetString());

        using var otherMunicipality = await s.App.ClientAsAsync(new TestUser("c-mun-b", Roles.MunicipalOperator, MunicipalityId: s.Region.B.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await otherMunicipality.PostAsync(url + "/approve", null)).StatusCode);
        using var methodist = await s.App.ClientAsAsync(new TestUser("c-mms-a", Roles.MunicipalMethodist, MunicipalityId: s.Region.A.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await methodist.PostAsync(url + "/approve", null)).StatusCode);

        using var municipal = await s.App.ClientAsAsync(new TestUser("c-mun-a", Roles.MunicipalOperator, MunicipalityId: s.Region.A.Id));
        Assert.Equal("Approved", (await Json(await municipal.PostAsync(url + "/approve", null))).GetProperty("status").GetString());

        var edit = await s.Head.PutAsJsonAsync(url + "/values", new { values = Valid });
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Equal("Форма утверждена и закрыта для изменений; изменить её можно только после повторного открытия", (await Json(edit)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await s.Head.PostAsJsonAsync(url + "/submit", new { values = Valid })).StatusCode);

        var noReason = await municipal.PostAsJsonAsync(url + "/reopen", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("Укажите причину повторного открытия", (await Json(noReason)).GetProperty("detail").GetString());
        await using (var db = s.App.Db())
        {
            Assert.Equal(SubmissionStatus.Approved, (await db.CollectionSubmissions.SingleAsync(x => x.Id == s.A1Submission)).Status);
            Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.EntityType == nameof(CollectionSubmission) && a.UserName == "c-mun-a"));
        }

        var reopened = await Json(await municipal.PostAsJsonAsync(url + "/reopen", new { reason = "Ошибка в численности" }));
        Assert.Equal("Returned", reopened.GetProperty("status").GetString());
        Assert.Equal("c-mun-a", reopened.GetProperty("reopenedBy").GetString());
        await using (var db = s.App.Db())
        {
            var audit = await db.AuditEntries.Where(a => a.EntityType == nameof(CollectionSubmission) && a.EntityId == s.A1Submission.ToString(System.Globalization.CultureInfo.InvariantCulture)
                                                         && a.Action == AuditAction.Update && a.UserName == "c-mun-a")
                .OrderBy(a => a.Id).ToListAsync();
            Assert.Equal(2, audit.Count); // approve, reopen
            Assert.Contains("Ошибка в численности", JsonDocument.Parse(audit[1].After!).RootElement.GetProperty("ReopenReason").GetString());
            Assert.Equal((int)SubmissionStatus.Approved, JsonDocument.Parse(audit[1].Before!).RootElement.GetProperty("Status").GetInt32());
        }
        var changed = new Dictionary<string, decimal?>(Valid) { ["staff.total_reported"] = 19 };
        Assert.Equal(HttpStatusCode.OK, (await s.Head.PutAsJsonAsync(url + "/values", new { values = changed })).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Heads_reach_only_their_own_submission_and_teachers_none(string provider)
    {
        var s = await StartAsync(provider);
        await using var _ = s.App;
        var url = $"/api/v1/monitoring/submissions/{s.A1Submission}";
        using var headB1 = await s.App.ClientAsAsync(new TestUser("c-head-b1", Roles.Head, OrganisationId: s.Region.B1.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await headB1.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await headB1.PutAsJsonAsync(url + "/values", new { values = Valid })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await headB1.PostAsJsonAsync(url + "/submit", new { values = Valid })).StatusCode);
        var grid = await Json(await headB1.GetAsync($"/api/v1/monitoring/requests/{s.RequestId}/submissions"));
        Assert.Equal(["Орг-MARKB1"], grid.EnumerateArray().Select(g => g.GetProperty("organisation").GetString()));

        using var teacher = await s.App.ClientAsAsync(new TestUser("c-teacher", Roles.Teacher, OrganisationId: s.Region.A1.Id, PersonId: s.Region.P(1).Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PutAsJsonAsync(url + "/values", new { values = Valid })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await s.Head.GetAsync(url)).StatusCode);
        using var municipalA = await s.App.ClientAsAsync(new TestUser("c-mun-a2", Roles.MunicipalOperator, MunicipalityId: s.Region.A.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await municipalA.PutAsJsonAsync(url + "/values", new { values = Valid })).StatusCode);
        var other = await municipalA.PostAsJsonAsync("/api/v1/monitoring/requests", new { formId = 1, schoolYear = 2025, deadline = "2025-12-25", municipalityId = s.Region.B.Id });
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Equal("Муниципальный оператор направляет форму только организациям своего муниципалитета", (await Json(other)).GetProperty("detail").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_not_submitted_list_names_the_head_and_the_days_to_the_deadline_and_exports_to_xlsx(string provider)
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        var s = await StartAsync(provider, today.AddDays(10));
        await using var _ = s.App;
        using var municipalA = await s.App.ClientAsAsync(new TestUser("c-mun-a3", Roles.MunicipalOperator, MunicipalityId: s.Region.A.Id));
        var reminders = (await Json(await municipalA.GetAsync($"/api/v1/monitoring/requests/{s.RequestId}/reminders"))).EnumerateArray().ToList();
        // Municipality A today holds A1 (school) and A2 (kindergarten, not asked); M moved to B.
        var a1 = Assert.Single(reminders);
        Assert.Equal(("Орг-MARKA1", 10, "Фамилия2MARKP2 Анна Петровна"),
            (a1.GetProperty("organisation").GetString(), a1.GetProperty("daysLeft").GetInt32(), a1.GetProperty("head").GetString()));

        await s.Head.PostAsJsonAsync($"/api/v1/monitoring/submissions/{s.A1Submission}/submit", new { values = Valid });
        Assert.Empty((await Json(await municipalA.GetAsync($"/api/v1/monitoring/requests/{s.RequestId}/reminders"))).EnumerateArray());
        var all = (await Json(await s.Regional.GetAsync($"/api/v1/monitoring/requests/{s.RequestId}/reminders"))).EnumerateArray()
            .Select(x => x.GetProperty("organisation").GetString()).ToList();
        Assert.Equal(["Орг-MARKB1", "Орг-MARKMM"], all);

        var xlsx = await s.Regional.GetAsync($"/export/monitoring/requests/{s.RequestId}/reminders.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        var grid = await s.Regional.GetAsync($"/export/monitoring/requests/{s.RequestId}/submissions.xlsx");
        Assert.Equal(HttpStatusCode.OK, grid.StatusCode);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
