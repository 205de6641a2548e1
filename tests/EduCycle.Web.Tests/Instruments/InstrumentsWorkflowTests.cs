using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Features.Instruments.Catalog;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EduCycle.Web.Tests.Instruments;

/// <summary>
/// The instruments workflow through the API on the hand-made <see cref="TestRegion"/>, scored by
/// mms-young-teachers v1 (11 items 2/1/0; 17–22 high, 12–16 medium, ≤ 11 low — seed 004 §2, the gap at 16 in medium).
/// </summary>
public sealed class InstrumentsWorkflowTests
{
    private const string Code = "mms-young-teachers";
    private const string High = "высокая эффективность деятельности муниципальных методических служб";
    private const string Medium = "средняя эффективность деятельности муниципальных методических служб";
    private const string Low = "низкая эффективность деятельности муниципальных методических служб";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Catalogue_loads_the_13_shipped_instruments_once(string provider)
    {
        await using var app = new EduCycleApp(provider);
        await using (var db = app.Db())
        {
            Assert.Equal(13, await db.InstrumentVersions.CountAsync(v => v.Origin == InstrumentOrigin.Shipped && v.Version == 1));
            Assert.Equal(13, await db.InstrumentVersions.CountAsync());
        }
        await using var scope = app.Services.CreateSystemScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ShippedInstruments>().LoadAsync());

        var client = await app.ClientAsAsync(new TestUser("cat-teacher", Roles.Teacher));
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/instruments");
        Assert.Equal(13, list.GetArrayLength());
        var definition = await client.GetFromJsonAsync<JsonElement>($"/api/v1/instruments/{Code}/versions/1");
        Assert.Equal(11, definition.GetProperty("sections")[0].GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/instruments/{Code}/versions/7")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Assign_fill_submit_review_reconcile_lock_then_a_new_version_changes_nothing(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var r = await app.SeedRegionAsync();
        var organiser = await app.ClientAsAsync(new TestUser("wf-region", Roles.RegionalOperator));
        var expert = await app.ClientAsAsync(new TestUser("wf-expert", Roles.RegionalMethodist));
        var mmsA = await app.ClientAsAsync(new TestUser("wf-mms-a", Roles.MunicipalMethodist, MunicipalityId: r.A.Id));
        var mmsB = await app.ClientAsAsync(new TestUser("wf-mms-b", Roles.MunicipalMethodist, MunicipalityId: r.B.Id));

        var campaign = await Ok(await organiser.PostAsJsonAsync("/api/v1/campaigns", Campaign(r.A.Id, r.B.Id)));
        Assert.Equal(2, campaign.GetProperty("assignments").GetInt32());
        var a = await AssignmentOf(mmsA);
        var b = await AssignmentOf(mmsB);
        Assert.NotEqual(a, b);

        // Another municipality's service neither sees nor fills A's assignment.
        Assert.Equal(HttpStatusCode.NotFound, (await mmsB.GetAsync($"/api/v1/assignments/{a}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Put(mmsB, a, "self", Answers(("1", 2)))).StatusCode);

        // Out of scale and unknown items are refused even in a draft.
        var outOfScale = await Put(mmsA, a, "self", Answers(("1", 3)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outOfScale.StatusCode);
        Assert.Contains("«1»", await outOfScale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Put(mmsA, a, "self", Answers(("99", 1)))).StatusCode);

        // A draft without item 11 is saved; submitting it is refused and nothing changes.
        var incomplete = Answers(Enumerable.Range(1, 10).Select(i => (i.ToString(), 2)).ToArray());
        await Ok(await Put(mmsA, a, "self", incomplete));
        var refused = await mmsA.PostAsync($"/api/v1/assignments/{a}/responses/self/submit", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("«11»", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var afterRefusal = await Ok(await mmsA.GetAsync($"/api/v1/assignments/{a}"));
        Assert.Equal("Draft", afterRefusal.GetProperty("assignment").GetProperty("status").GetString());
        Assert.Equal("Draft", afterRefusal.GetProperty("self").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, afterRefusal.GetProperty("self").GetProperty("total").ValueKind);

        // Self: items 1–6 at 2, 7–11 at 1 → 12 + 5 = 17 → high.
        var self = Enumerable.Range(1, 11).Select(i => (i.ToString(), i <= 6 ? 2 : 1)).ToArray();
        await Ok(await Put(mmsA, a, "self", Answers(self)));
        var submitted = await Ok(await mmsA.PostAsync($"/api/v1/assignments/{a}/responses/self/submit", null));
        Assert.Equal(17, submitted.GetProperty("total").GetDouble());
        Assert.Equal(High, submitted.GetProperty("band").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await Put(mmsA, a, "self", Answers(self))).StatusCode);

        // The subject may not review; the expert sets item 1 to 1 → 16 → medium (the seed's gap, decided medium).
        Assert.Equal(HttpStatusCode.Forbidden, (await Put(mmsA, a, "expert", Answers(self))).StatusCode);
        var reviewed = self.Select(x => x.Item1 == "1" ? ("1", 1) : x).ToArray();
        await Ok(await Put(expert, a, "expert", Answers(reviewed)));
        var expertResult = await Ok(await expert.PostAsync($"/api/v1/assignments/{a}/responses/expert/submit", null));
        Assert.Equal(16, expertResult.GetProperty("total").GetDouble());
        Assert.Equal(Medium, expertResult.GetProperty("band").GetString());

        var details = await Ok(await expert.GetAsync($"/api/v1/assignments/{a}"));
        var difference = Assert.Single(details.GetProperty("differences").EnumerateArray());
        Assert.Equal("1", difference.GetProperty("itemCode").GetString());
        Assert.Equal(2, difference.GetProperty("selfPoints").GetDecimal());
        Assert.Equal(1, difference.GetProperty("expertPoints").GetDecimal());

        // An override needs a comment (the instrument says so); without one the expert's band stands.
        Assert.Equal(HttpStatusCode.UnprocessableEntity,
            (await expert.PostAsJsonAsync($"/api/v1/assignments/{a}/reconcile", new { band = High })).StatusCode);
        var reconciled = await Ok(await expert.PostAsJsonAsync($"/api/v1/assignments/{a}/reconcile", new { }));
        Assert.Equal("Reviewed", reconciled.GetProperty("assignment").GetProperty("status").GetString());
        Assert.Equal(16, reconciled.GetProperty("assignment").GetProperty("resultTotal").GetDouble());
        Assert.Equal(Medium, reconciled.GetProperty("assignment").GetProperty("resultBand").GetString());

        await Ok(await expert.PostAsync($"/api/v1/assignments/{a}/lock", null));
        var afterLock = await Put(expert, a, "expert", Answers(self));
        Assert.Equal(HttpStatusCode.Conflict, afterLock.StatusCode);
        Assert.Contains("заблокирован", await afterLock.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // B: self-assessment only, every item at 1 → 11 → low.
        await Ok(await Put(mmsB, b, "self", Answers(Enumerable.Range(1, 11).Select(i => (i.ToString(), 1)).ToArray())));
        await Ok(await mmsB.PostAsync($"/api/v1/assignments/{b}/responses/self/submit", null));

        // Results: A 16 medium, B 11 low; region mean (16 + 11) / 2 = 13.5; no threshold rule → no share.
        var summary = await Ok(await organiser.GetAsync($"/api/v1/results?instrument={Code}&version=1"));
        var region = summary.GetProperty("region");
        Assert.Equal(2, region.GetProperty("count").GetInt32());
        Assert.Equal(13.5, region.GetProperty("meanTotal").GetDouble());
        Assert.Equal(JsonValueKind.Null, region.GetProperty("effectiveShare").ValueKind);
        Assert.Equal(1, region.GetProperty("bands").GetProperty(Medium).GetInt32());
        Assert.Equal(1, region.GetProperty("bands").GetProperty(Low).GetInt32());
        var byMunicipality = summary.GetProperty("municipalities").EnumerateArray()
            .ToDictionary(m => m.GetProperty("municipalityId").GetInt32(), m => m.GetProperty("meanTotal").GetDouble());
        Assert.Equal(new Dictionary<int, double> { [r.A.Id] = 16, [r.B.Id] = 11 }, byMunicipality);
        var mmsBSummary = await Ok(await mmsB.GetAsync($"/api/v1/results?instrument={Code}"));
        Assert.Equal(1, mmsBSummary.GetProperty("region").GetProperty("count").GetInt32());
        Assert.Equal(11, mmsBSummary.GetProperty("region").GetProperty("meanTotal").GetDouble());
        var xlsx = await organiser.GetAsync($"/export/instrument-results.xlsx?instrument={Code}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);

        // A new version whose high band starts at 10 leaves A's locked result (16, medium) as it was.
        var v1 = await organiser.GetStringAsync($"/api/v1/instruments/{Code}/versions/1");
        var v2 = v1.Replace("\"from\": 17", "\"from\": 10").Replace("\"from\": 12,\n        \"to\": 16", "\"from\": 5,\n        \"to\": 9")
            .Replace("\"to\": 11,", "\"to\": 4,");
        Assert.NotEqual(v1, v2);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await expert.PostAsJsonAsync($"/api/v1/instruments/{Code}/versions", new { validFrom = "2026-09-01", definition = JsonDocument.Parse(v2).RootElement })).StatusCode);
        var created = await Ok(await organiser.PostAsJsonAsync($"/api/v1/instruments/{Code}/versions",
            new { validFrom = "2026-09-01", definition = JsonDocument.Parse(v2).RootElement }));
        Assert.Equal(2, created.GetProperty("version").GetProperty("version").GetInt32());
        var again = await Ok(await organiser.GetAsync($"/api/v1/assignments/{a}"));
        Assert.Equal(16, again.GetProperty("assignment").GetProperty("resultTotal").GetDouble());
        Assert.Equal(Medium, again.GetProperty("assignment").GetProperty("resultBand").GetString());
        Assert.Equal(1, again.GetProperty("expert").GetProperty("instrumentVersion").GetInt32());
        var stillV1 = await Ok(await organiser.GetAsync($"/api/v1/results?instrument={Code}&version=1"));
        Assert.Equal(13.5, stillV1.GetProperty("region").GetProperty("meanTotal").GetDouble());
        var latest = await organiser.GetFromJsonAsync<JsonElement>("/api/v1/instruments");
        Assert.Equal(2, latest.EnumerateArray().Single(i => i.GetProperty("code").GetString() == Code).GetProperty("version").GetInt32());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Evidence_files_of_a_forbidden_type_or_over_10_MB_are_refused(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var r = await app.SeedRegionAsync();
        var organiser = await app.ClientAsAsync(new TestUser("ev-region", Roles.RegionalOperator));
        var mmsA = await app.ClientAsAsync(new TestUser("ev-mms-a", Roles.MunicipalMethodist, MunicipalityId: r.A.Id));
        var mmsB = await app.ClientAsAsync(new TestUser("ev-mms-b", Roles.MunicipalMethodist, MunicipalityId: r.B.Id));
        await Ok(await organiser.PostAsJsonAsync("/api/v1/campaigns", Campaign(r.A.Id)));
        var a = await AssignmentOf(mmsA);

        var exe = await Upload(mmsA, a, "1", "вирус.exe", 10);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, exe.StatusCode);
        Assert.Contains("вирус.exe", await exe.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var large = await Upload(mmsA, a, "1", "скан.pdf", 10 * 1024 * 1024 + 1);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, large.StatusCode);
        Assert.Contains("скан.pdf", await large.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var stored = await Ok(await Upload(mmsA, a, "1", "приказ.pdf", 1000));
        var fileId = stored.GetProperty("id").GetInt32();
        Assert.Equal(1000, (await mmsA.GetByteArrayAsync($"/api/v1/evidence/{fileId}")).Length);
        Assert.Equal(HttpStatusCode.NotFound, (await mmsB.GetAsync($"/api/v1/evidence/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Upload(mmsB, a, "1", "чужой.pdf", 10)).StatusCode);
        Assert.Single((await Ok(await mmsA.GetAsync($"/api/v1/assignments/{a}/evidence"))).EnumerateArray());

        await using var db = app.Db();
        Assert.Equal(1, await db.EvidenceFiles.CountAsync());
        await Ok(await mmsA.DeleteAsync($"/api/v1/evidence/{fileId}"));
        Assert.Equal(0, await db.EvidenceFiles.CountAsync());
    }

    private static object Campaign(params int[] municipalities) => new
    {
        name = "Мониторинг ММС 2025/26",
        instrumentCode = Code,
        instrumentVersion = 1,
        periodFrom = "2025-09-01",
        periodTo = "2026-08-31",
        deadline = "2026-05-31",
        subjects = municipalities.Select(m => new { municipalityId = m }).ToArray(),
    };

    private static string Answers(params (string Item, int Points)[] answers) =>
        JsonSerializer.Serialize(new { instrument = Code, answers = answers.ToDictionary(x => x.Item, x => x.Points) });

    private static Task<HttpResponseMessage> Put(HttpClient client, int assignment, string role, string json) =>
        client.PutAsync($"/api/v1/assignments/{assignment}/responses/{role}", new StringContent(json, Encoding.UTF8, "application/json"));

    private static Task<HttpResponseMessage> Upload(HttpClient client, int assignment, string item, string fileName, int size)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[size]), "file", fileName } };
        return client.PostAsync($"/api/v1/assignments/{assignment}/evidence?itemCode={item}", form);
    }

    private static async Task<int> AssignmentOf(HttpClient client)
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/assignments");
        return Assert.Single(list.EnumerateArray()).GetProperty("id").GetInt32();
    }

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
