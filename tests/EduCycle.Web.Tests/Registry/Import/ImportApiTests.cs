using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Features.Registry.Import;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static EduCycle.Web.Tests.Registry.Import.ImportTestData;
using S = EduCycle.Web.Features.Registry.Import.StaffColumns;

namespace EduCycle.Web.Tests.Registry.Import;

public sealed class ImportApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_municipal_operator_gets_422_for_a_bad_file_and_200_after_fixing_it(string provider)
    {
        await using var app = new EduCycleApp(provider);
        int municipality;
        await using (var db = app.Db())
        {
            var region = new Region { Code = "47", Name = "Область" };
            db.Regions.Add(region);
            await db.SaveChangesAsync(Ct);
            var m = new Municipality { RegionId = region.Id, Code = "M1", Name = "Район", Kind = MunicipalityKind.District };
            db.Municipalities.Add(m);
            db.Subjects.AddRange(new Subject { Code = "rus", Name = "Русский язык" }, new Subject { Code = "math", Name = "Математика" });
            var school = new Organisation { ExternalCode = "ORG1", FullName = "Школа", ShortName = "Школа", Kind = OrganisationKind.School };
            school.Placements.Add(new OrganisationPlacement { Municipality = m, ValidFrom = Placed });
            db.Organisations.Add(school);
            await db.SaveChangesAsync(Ct);
            municipality = m.Id;
        }
        var client = await app.ClientAsAsync(new TestUser("municipal-op", Roles.MunicipalOperator, MunicipalityId: municipality));
        var teacher = await app.ClientAsAsync(new TestUser("a-teacher", Roles.Teacher));

        var template = await client.GetAsync("/import/templates/staff.csv", Ct);
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Equal(string.Join(';', S.All.Select(c => c.Header)), (await template.Content.ReadAsStringAsync(Ct)).Trim());

        var bad = await PostAsync(client, Xlsx(S.All, [Staff("111-111-111 01"), Staff("222-222-222 02", (S.BirthDate, "32.01.1980"))]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        using (var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync(Ct)))
        {
            var error = Assert.Single(problem.RootElement.GetProperty("errors").EnumerateArray());
            Assert.Equal("Строка 3, столбец «Дата рождения»: неверная дата «32.01.1980»: ожидается ДД.ММ.ГГГГ", error.GetProperty("text").GetString());
        }
        await using (var db = app.Db()) Assert.Equal(0, await db.People.CountAsync(Ct));

        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(teacher, Xlsx(S.All, [Staff("111-111-111 01")]))).StatusCode);

        var good = await PostAsync(client, Xlsx(S.All, [Staff("111-111-111 01"), Staff("222-222-222 02")]));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        using (var result = JsonDocument.Parse(await good.Content.ReadAsStringAsync(Ct)))
            Assert.Equal(2, result.RootElement.GetProperty("created").GetInt32());
        await using (var db = app.Db()) Assert.Equal(2, await db.People.CountAsync(Ct));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] file)
    {
        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(ImportTemplates.XlsxContentType);
        content.Add(part, "file", "работники.xlsx");
        return await client.PostAsync("/api/v1/imports/staff?validRowsOnly=false", content, Ct);
    }
}
