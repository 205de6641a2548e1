using System.Text;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Features.Registry.Import;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static EduCycle.Web.Tests.Registry.Import.ImportTestData;
using O = EduCycle.Web.Features.Registry.Import.OrganisationColumns;

namespace EduCycle.Web.Tests.Registry.Import;

public sealed class OrganisationImportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> ProvidersAndBadRows()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in new[] { TestDatabases.Sqlite, TestDatabases.Postgres })
            foreach (var name in BadRows.Keys) data.Add(provider, name);
        return data;
    }

    private static readonly Dictionary<string, ((ImportColumn Column, object? Value)[] Change, ImportColumn Column, string Message)> BadRows = new()
    {
        ["index out of range"] = ([(O.SocialWellbeingIndex, "1,5")], O.SocialWellbeingIndex, "вне допустимого диапазона от 0 до 1"),
        ["share out of range"] = ([(O.ShareSpecialNeeds, "120")], O.ShareSpecialNeeds, "вне допустимого диапазона от 0 до 100"),
        ["negative students"] = ([(O.StudentCount, "-5")], O.StudentCount, "не может быть отрицательной"),
        ["unknown municipality"] = ([(O.MunicipalityCode, "M9")], O.MunicipalityCode, "неизвестный код муниципалитета «M9»"),
        ["bad kind"] = ([(O.Kind, "школа")], O.Kind, "недопустимое значение «школа»"),
        ["bad date"] = ([(O.ValidFrom, "2025-13-01")], O.ValidFrom, "неверная дата"),
        ["duplicate code"] = ([(O.Code, "NEW1")], O.Code, "повторяется в файле"),
    };

    [Theory]
    [MemberData(nameof(ProvidersAndBadRows))]
    public async Task A_bad_row_rejects_the_file_with_a_message_naming_row_and_column(string provider, string badRow)
    {
        await using var data = await CreateAsync(provider);
        var (change, column, message) = BadRows[badRow];
        var rows = new[] { Organisation("NEW1"), Organisation("NEW2") };
        foreach (var (c, v) in change) rows[1][c] = v;
        var before = await data.CountsAsync();

        var result = await data.ImportAsync(ImportKind.Organisations, Xlsx(O.All, rows), "orgs.xlsx");

        Assert.False(result.Written);
        var error = Assert.Single(result.Errors, e => e.Row == 3);
        Assert.StartsWith($"Строка 3, столбец «{column.Header}»", error.Text);
        Assert.Contains(message, error.Text);
        Assert.Equal(before, await data.CountsAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_windows_1251_csv_creates_organisations_and_reimport_changes_nothing(string provider)
    {
        await using var data = await CreateAsync(provider);
        var file = Csv(O.All, [Organisation("NEW1", (O.IsRural, "да")), Organisation("ORG1", (O.FullName, "Школа ORG1"), (O.ShortName, "ORG1"), (O.StudentCount, "500"),
            (O.SocialWellbeingIndex, null), (O.ShareSpecialNeeds, null), (O.ShareNonNativeRussian, null))], Encoding.GetEncoding(1251));

        var result = await data.ImportAsync(ImportKind.Organisations, file, "орг.csv");
        var after = await data.CountsAsync();
        var again = await data.ImportAsync(ImportKind.Organisations, file, "орг.csv");

        Assert.Equal((1, 0, 1), (result.Created, result.Updated, result.Unchanged));
        Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(after, await data.CountsAsync());
        var created = await data.System.Organisations.Include(o => o.Placements).SingleAsync(o => o.ExternalCode == "NEW1", Ct);
        Assert.Equal(("Средняя школа NEW1", "СОШ NEW1", OrganisationKind.School, true, 420), (created.FullName, created.ShortName, created.Kind, created.IsRural, created.StudentCount));
        Assert.Equal((0.75, 3.5, 1.0), (created.SocialWellbeingIndex, created.ShareSpecialNeeds, created.ShareNonNativeRussian));
        var placement = Assert.Single(created.Placements);
        Assert.Equal((data.M1, Today, (DateOnly?)null), (placement.MunicipalityId, placement.ValidFrom, placement.ValidTo));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Moving_an_organisation_from_a_date_keeps_earlier_counts(string provider)
    {
        await using var data = await CreateAsync(provider);
        var move = new DateOnly(2025, 1, 1);
        var row = Organisation("ORG1", (O.MunicipalityCode, "M2"), (O.ValidFrom, new DateTime(2025, 1, 1)));

        var result = await data.ImportAsync(ImportKind.Organisations, Xlsx(O.All, [row]), "orgs.xlsx");

        Assert.Equal(1, result.Updated);
        async Task<int> CountIn(int municipality, DateOnly day) => await data.System.OrganisationPlacements
            .CountAsync(p => p.MunicipalityId == municipality && p.ValidFrom <= day && (p.ValidTo == null || p.ValidTo > day), Ct);
        Assert.Equal((2, 1), (await CountIn(data.M1, new DateOnly(2024, 6, 1)), await CountIn(data.M2, new DateOnly(2024, 6, 1))));
        Assert.Equal((1, 2), (await CountIn(data.M1, new DateOnly(2025, 6, 1)), await CountIn(data.M2, new DateOnly(2025, 6, 1))));
        var history = await data.System.OrganisationPlacements.Where(p => p.OrganisationId == data.Org1).OrderBy(p => p.ValidFrom).ToListAsync(Ct);
        Assert.Equal([(data.M1, Placed, (DateOnly?)move), (data.M2, move, null)], history.Select(p => (p.MunicipalityId, p.ValidFrom, p.ValidTo)));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_municipal_operator_cannot_import_organisations_of_another_municipality(string provider)
    {
        await using var data = await CreateAsync(provider);
        var before = await data.CountsAsync();
        var file = Xlsx(O.All, [Organisation("NEW1"), Organisation("ORG3", (O.MunicipalityCode, "M2")), Organisation("NEW2", (O.MunicipalityCode, "M2"))]);

        var result = await data.ImportAsync(ImportKind.Organisations, file, "orgs.xlsx", scope: data.MunicipalOperator(data.M1));

        Assert.False(result.Written);
        Assert.Equal(
            ["Строка 3, столбец «Код муниципалитета»: муниципалитет «M2» вне вашей области доступа",
             "Строка 4, столбец «Код муниципалитета»: муниципалитет «M2» вне вашей области доступа"],
            result.Errors.Select(e => e.Text));
        Assert.Equal(before, await data.CountsAsync());
    }
}
