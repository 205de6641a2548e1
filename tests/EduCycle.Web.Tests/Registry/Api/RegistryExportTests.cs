using System.Globalization;
using System.Net;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace EduCycle.Web.Tests.Registry.Api;

public sealed class RegistryExportTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Exports_are_xlsx_files_whose_rows_equal_the_lists(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var r = await RegistryApiTests.SeedAsync(app);
        using var client = await app.ClientAsAsync(new TestUser("region-export", Roles.RegionalOperator));

        var query = $"asOf=2025-03-01&municipalityId={r.M2}&sort=BirthDate";
        var exported = await ReadXlsxAsync(client, $"/export/people.xlsx?{query}");
        using var listed = await RegistryApiTests.GetJsonAsync(client, $"/api/v1/people?{query}&pageSize=500");
        var items = listed.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(6, exported.Count);
        Assert.Equal(
            items.Select(i => (i.GetProperty("fullName").GetString(), DateTime.Parse(i.GetProperty("birthDate").GetString()!, CultureInfo.InvariantCulture), (double)i.GetProperty("age").GetInt32(), i.GetProperty("workplace").GetProperty("organisationName").GetString())),
            exported.Select(row => ((string?)row["ФИО"], (DateTime)row["Дата рождения"]!, (double)row["Возраст, лет"]!, (string?)row["Организация"])));
        // Oldest first: Зайцев (1975-01-10), a teacher of O4 with 24 years of experience and the first category.
        var first = exported[0];
        Assert.Equal(("Зайцев Захар Львович", new DateTime(1975, 1, 10), 24.0, "Первая", "Учитель"),
            ((string?)first["ФИО"], (DateTime)first["Дата рождения"]!, (double)first["Стаж, лет"]!, (string?)first["Категория"], (string?)first["Должность"]));

        var organisations = await ReadXlsxAsync(client, "/export/organisations.xlsx?asOf=2024-12-01&kind=School");
        Assert.Equal([("Школа №1", "Альфинский район", 500.0, 5.0), ("Школа №2", "Альфинский район", 120.0, 2.0), ("Школа №3", "Альфинский район", 200.0, 3.0)],
            organisations.Select(o => ((string?)o["Краткое наименование"], (string?)o["Муниципалитет"], (double)o["Обучающихся"]!, (double)o["Работников"]!)));

        var staff = await ReadXlsxAsync(client, $"/export/organisations/{r.O1}/staff.xlsx?asOf=2025-03-01");
        Assert.Equal(["Андреева Анна Петровна", "Борисов Борис Иванович", "Васильева Вера Сергеевна", "Григорьев Глеб Олегович"], staff.Select(s => (string?)s["ФИО"]));

        using var bad = await client.GetAsync("/export/people.xlsx?category=Best");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("«category»", await bad.Content.ReadAsStringAsync());
    }

    /// <summary>Downloads an export and reads its rows back by header.</summary>
    internal static async Task<List<IDictionary<string, object?>>> ReadXlsxAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return [.. file.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()];
    }
}
