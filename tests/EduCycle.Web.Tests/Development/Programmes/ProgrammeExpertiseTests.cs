using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EduCycle.Web.Features.Development.Programmes;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Tests.Infrastructure;

namespace EduCycle.Web.Tests.Development.Programmes;

/// <summary>Programmes as assessed subjects: the shipped ДПП expertise instruments assigned to catalogue programmes.</summary>
public sealed class ProgrammeExpertiseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Campaign(string instrument, object subject) => new
    {
        name = "Экспертиза ДПП 2025/26",
        instrumentCode = instrument,
        instrumentVersion = 1,
        periodFrom = "2025-09-01",
        periodTo = "2026-08-31",
        deadline = "2026-05-31",
        subjects = new[] { subject },
    };

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_region_assigns_both_expertises_to_a_programme_and_the_card_lists_them(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var r = await app.SeedRegionAsync();
        int programme;
        await using (var db = app.Db())
        {
            var p = new Programme
            {
                Code = "PK-EXP", Name = "Наставничество в школе", Kind = ProgrammeKind.Upskilling, Hours = 72,
                Provider = new Provider { Name = "ГАОУ ДПО «ЛОИРО»", Group = ProviderGroup.RegionalInstitute },
            };
            db.Programmes.Add(p);
            await db.SaveChangesAsync(Ct);
            programme = p.Id;
        }
        var region = await app.ClientAsAsync(new TestUser("exp-region", Roles.RegionalOperator));
        var municipal = await app.ClientAsAsync(new TestUser("exp-municipal", Roles.MunicipalOperator, MunicipalityId: r.A.Id));
        var expert = await app.ClientAsAsync(new TestUser("exp-methodist", Roles.RegionalMethodist));
        var teacher = await app.ClientAsAsync(new TestUser("exp-teacher", Roles.Teacher, OrganisationId: r.A1.Id, PersonId: r.P(1).Id));

        Assert.Equal(HttpStatusCode.OK, (await region.PostAsJsonAsync("/api/v1/campaigns", Campaign("dpp-expertise-general", new { programmeId = programme }), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await region.PostAsJsonAsync("/api/v1/campaigns", Campaign("dpp-expertise-technical", new { programmeId = programme }), Ct)).StatusCode);

        var wrongKind = await region.PostAsJsonAsync("/api/v1/campaigns", Campaign("dpp-expertise-general", new { organisationId = r.A1.Id }), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongKind.StatusCode);
        Assert.Contains("инструмент оценивает объекты вида «программа ДПО», а выбран «организация»", await wrongKind.Content.ReadAsStringAsync(Ct));
        var outOfScope = await municipal.PostAsJsonAsync("/api/v1/campaigns", Campaign("dpp-expertise-general", new { programmeId = programme }), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outOfScope.StatusCode);
        Assert.Contains("экспертизу программ ДПО назначают региональный оператор и региональный методист", await outOfScope.Content.ReadAsStringAsync(Ct));
        var missing = await region.PostAsJsonAsync("/api/v1/campaigns", Campaign("dpp-expertise-general", new { programmeId = programme + 1000 }), Ct);
        Assert.Contains($"программа {programme + 1000} не найдена в каталоге", await missing.Content.ReadAsStringAsync(Ct));

        var assignments = await expert.GetFromJsonAsync<JsonElement>("/api/v1/assignments", Ct);
        var names = assignments.EnumerateArray().Select(a => (a.GetProperty("subjectKind").GetString(), a.GetProperty("subjectName").GetString())).ToList();
        Assert.Equal([("Programme", "PK-EXP «Наставничество в школе»"), ("Programme", "PK-EXP «Наставничество в школе»")], names);
        Assert.Equal(0, (await teacher.GetFromJsonAsync<JsonElement>("/api/v1/assignments", Ct)).GetArrayLength());

        await using (var db = app.Db())
        {
            var rows = await ProgrammeExpertise.ForProgrammeAsync(db, programme, Ct);
            Assert.Equal(["dpp-expertise-general", "dpp-expertise-technical"], rows.Select(x => x.InstrumentCode).Order());
            Assert.All(rows, x => Assert.Equal((AssignmentStatus.Assigned, false), (x.Status, x.Locked)));
        }
        await using (var db = app.Db(new DataScope(ScopeKind.Municipality, null, "m", r.A.Id, null, null, DateOnly.FromDateTime(DateTime.Today))))
            Assert.Empty(await ProgrammeExpertise.ForProgrammeAsync(db, programme, Ct));
    }
}
