using System.Text;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Features.Registry.Import;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using static EduCycle.Web.Tests.Registry.Import.ImportTestData;
using S = EduCycle.Web.Features.Registry.Import.StaffColumns;

namespace EduCycle.Web.Tests.Registry.Import;

public sealed class StaffImportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> ProvidersAndBadRows()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in new[] { TestDatabases.Sqlite, TestDatabases.Postgres })
            foreach (var name in BadRows.Keys) data.Add(provider, name);
        return data;
    }

    /// <summary>Row 4 of a 3-row file is changed so: the expected column and message fragment.</summary>
    private static readonly Dictionary<string, ((ImportColumn Column, object? Value)[] Change, ImportColumn Column, string Message)> BadRows = new()
    {
        ["missing"] = ([(S.LastName, null)], S.LastName, "не заполнено обязательное поле"),
        ["bad date"] = ([(S.BirthDate, "31.02.1980")], S.BirthDate, "неверная дата «31.02.1980»"),
        ["too young"] = ([(S.BirthDate, "02.10.2007"), (S.ExperienceSince, "01.09.2025")], S.BirthDate, "не меньше 18 лет"),
        ["too old"] = ([(S.BirthDate, "30.09.1934")], S.BirthDate, "не больше 90 лет"),
        ["unknown organisation"] = ([(S.OrganisationCode, "NOPE")], S.OrganisationCode, "неизвестный код организации «NOPE»"),
        ["unknown subject"] = ([(S.Subjects, "rus, алхимия")], S.Subjects, "неизвестный предмет «алхимия»"),
        ["experience before 18"] = ([(S.ExperienceSince, "01.09.2002")], S.ExperienceSince, "не может начинаться раньше 18 лет"),
        ["category date without category"] = ([(S.Category, "нет")], S.CategoryDate, "квалификационная категория не указана"),
        ["bad enum"] = ([(S.Sex, "x")], S.Sex, "недопустимое значение «x»"),
        ["bad position"] = ([(S.Position, "директор")], S.Position, "недопустимое значение «директор»"),
        ["duplicate person"] = ([(S.Snils, "111-111-111 01")], S.Snils, "повторяется в файле"),
    };

    private static List<Dictionary<ImportColumn, object?>> ThreeRows() =>
    [
        Staff("111-111-111 01"),
        Staff("222-222-222 02", (S.LastName, "Петров"), (S.Sex, "м"), (S.Subjects, "phys")),
        Staff("333-333-333 03", (S.LastName, "Сидорова"), (S.OrganisationCode, "ORG2")),
    ];

    [Theory]
    [MemberData(nameof(ProvidersAndBadRows))]
    public async Task A_bad_row_rejects_the_file_with_a_message_naming_row_and_column(string provider, string badRow)
    {
        await using var data = await CreateAsync(provider);
        var (change, column, message) = BadRows[badRow];
        var rows = ThreeRows();
        foreach (var (c, v) in change) rows[2][c] = v;
        var before = await data.CountsAsync();

        var result = await data.ImportAsync(ImportKind.Staff, Xlsx(S.All, rows), "staff.xlsx");

        Assert.False(result.Written);
        var error = Assert.Single(result.Errors, e => e.Row == 4);
        Assert.Equal(column.Header, error.Column);
        Assert.Contains(message, error.Text);
        Assert.StartsWith($"Строка 4, столбец «{column.Header}»", error.Text);
        Assert.Equal(before, await data.CountsAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_missing_or_unknown_header_rejects_the_whole_file(string provider)
    {
        await using var data = await CreateAsync(provider);
        var before = await data.CountsAsync();
        var headers = S.All.Select(c => c.Header).Where(h => h != S.LastName.Header).Append("Стаж").ToList();

        var result = await data.ImportAsync(ImportKind.Staff, XlsxWithHeaders(headers, []), "staff.xlsx");

        Assert.False(result.Written);
        Assert.Contains(result.Errors, e => e.Row == 1 && e.Column == "Фамилия" && e.Text.Contains("нет обязательного столбца"));
        Assert.Contains(result.Errors, e => e.Row == 1 && e.Column == "Стаж" && e.Text.Contains("неизвестный столбец"));
        Assert.Equal(before, await data.CountsAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Template_round_trip_reads_back_what_was_filled_in(string provider)
    {
        await using var data = await CreateAsync(provider);
        var headers = MiniExcel.Query(new MemoryStream(ImportTemplates.Xlsx(ImportKind.Staff))).Cast<IDictionary<string, object?>>()
            .First().Values.Select(v => (string)v!).ToList();
        Assert.Equal(S.All.Select(c => c.Header), headers);
        var row = S.All.Select(c => Staff("111-111-111 01")[c]).ToArray();
        row[S.All.ToList().IndexOf(S.BirthDate)] = new DateTime(1985, 3, 15); // an Excel date cell

        var result = await data.ImportAsync(ImportKind.Staff, XlsxWithHeaders(headers, [row]), "filled.xlsx");

        Assert.True(result.Written, string.Join("\n", result.Errors));
        Assert.Equal((1, 0, 0), (result.Created, result.Updated, result.Unchanged));
        var person = await data.System.People.Include(p => p.Employments).Include(p => p.Subjects).ThenInclude(s => s.Subject).SingleAsync(Ct);
        Assert.Equal(("111-111-111 01", "Иванова", "Мария", "Петровна"), (person.ExternalCode, person.LastName, person.FirstName, person.MiddleName));
        Assert.Equal((new DateOnly(1985, 3, 15), Sex.Female, EducationLevel.Higher), (person.BirthDate, person.Sex, person.EducationLevel));
        Assert.Equal((new DateOnly(2007, 9, 1), QualificationCategory.First, (DateOnly?)new DateOnly(2022, 12, 20)), (person.ExperienceSince, person.Category, person.CategoryDate));
        var job = Assert.Single(person.Employments);
        Assert.Equal((data.Org1, Position.Teacher, true, new DateOnly(2015, 9, 1), (DateOnly?)null), (job.OrganisationId, job.Position, job.IsMain, job.ValidFrom, job.ValidTo));
        Assert.Equal(["math", "rus"], person.Subjects.Select(s => s.Subject!.Code).Order());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Valid_rows_only_writes_the_good_rows_and_reports_the_bad(string provider)
    {
        await using var data = await CreateAsync(provider);
        var rows = ThreeRows();
        rows[1][S.BirthDate] = "1985/03/15";

        var result = await data.ImportAsync(ImportKind.Staff, Xlsx(S.All, rows), "staff.xlsx", validRowsOnly: true);

        Assert.True(result.Written);
        Assert.Equal((3, 2, 1), (result.Rows, result.Created, result.Rejected));
        Assert.Equal(["111-111-111 01", "333-333-333 03"], await data.System.People.Select(p => p.ExternalCode).OrderBy(c => c).ToListAsync(Ct));
        var report = MiniExcel.Query(new MemoryStream(ImportTemplates.ErrorReport(result.Errors)), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var line = Assert.Single(report);
        Assert.Equal((3d, S.BirthDate.Header, "1985/03/15"), (Convert.ToDouble(line["Строка"]), line["Столбец"], line["Значение"]));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Reimporting_the_same_file_changes_nothing(string provider)
    {
        await using var data = await CreateAsync(provider);
        var file = Xlsx(S.All, ThreeRows());
        var first = await data.ImportAsync(ImportKind.Staff, file, "staff.xlsx");
        var after = await data.CountsAsync();

        var again = await data.ImportAsync(ImportKind.Staff, file, "staff.xlsx");

        Assert.Equal((3, 0, 0), (first.Created, first.Updated, first.Unchanged));
        Assert.Equal((0, 0, 3), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(after, await data.CountsAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_new_position_closes_the_current_employment_and_subjects_are_replaced(string provider)
    {
        await using var data = await CreateAsync(provider);
        await data.ImportAsync(ImportKind.Staff, Xlsx(S.All, [Staff("111-111-111 01")]), "staff.xlsx");
        var audits = await data.System.AuditEntries.CountAsync(Ct);

        var result = await data.ImportAsync(ImportKind.Staff, Xlsx(S.All,
            [Staff("111-111-111 01", (S.Position, "методист"), (S.StartDate, "01.09.2025"), (S.Subjects, "phys"))]), "staff.xlsx");

        Assert.Equal((0, 1, 0), (result.Created, result.Updated, result.Unchanged));
        var jobs = await data.System.Employments.OrderBy(e => e.ValidFrom).ToListAsync(Ct);
        Assert.Equal(2, jobs.Count);
        Assert.Equal((Position.Teacher, new DateOnly(2015, 9, 1), (DateOnly?)new DateOnly(2025, 9, 1)), (jobs[0].Position, jobs[0].ValidFrom, jobs[0].ValidTo));
        Assert.Equal((Position.Methodist, new DateOnly(2025, 9, 1), (DateOnly?)null), (jobs[1].Position, jobs[1].ValidFrom, jobs[1].ValidTo));
        Assert.Equal(["phys"], await data.System.PersonSubjects.Select(s => s.Subject!.Code).ToListAsync(Ct));
        // closing, opening, one subject added, two removed: each audited, plus the import's summary row
        Assert.Equal(audits + 5 + 1, await data.System.AuditEntries.CountAsync(Ct));
        Assert.Equal(1, await data.System.AuditEntries.CountAsync(a => a.Action == Features.Identity.AuditAction.Import && a.EntityType == "Import" && a.After!.Contains("\"Updated\":1"), Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_municipal_operator_or_head_cannot_import_staff_of_other_organisations(string provider)
    {
        await using var data = await CreateAsync(provider);
        var before = await data.CountsAsync();
        var file = Xlsx(S.All, [Staff("111-111-111 01"), Staff("222-222-222 02", (S.OrganisationCode, "ORG3"))]);

        var municipal = await data.ImportAsync(ImportKind.Staff, file, "staff.xlsx", scope: data.MunicipalOperator(data.M1));
        var head = await data.ImportAsync(ImportKind.Staff, Xlsx(S.All, [Staff("111-111-111 01", (S.OrganisationCode, "ORG2"))]), "staff.xlsx", scope: data.Head(data.Org1));

        var error = Assert.Single(municipal.Errors);
        Assert.Equal("Строка 3, столбец «Код организации»: организация «ORG3» вне вашей области доступа", error.Text);
        Assert.Equal("Строка 2, столбец «Код организации»: организация «ORG2» вне вашей области доступа", Assert.Single(head.Errors).Text);
        Assert.Equal(before, await data.CountsAsync());

        var own = await data.ImportAsync(ImportKind.Staff, Xlsx(S.All, [Staff("111-111-111 01")]), "staff.xlsx", scope: data.Head(data.Org1));
        Assert.Equal(1, own.Created);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_windows_1251_csv_with_semicolons_imports(string provider)
    {
        await using var data = await CreateAsync(provider);
        var file = Csv(S.All, ThreeRows().Select(r => { r[S.StartDate] = "2015-09-01"; return r; }), Encoding.GetEncoding(1251));

        var result = await data.ImportAsync(ImportKind.Staff, file, "сотрудники.csv");

        Assert.True(result.Written, string.Join("\n", result.Errors));
        Assert.Equal(3, result.Created);
        Assert.Equal(["Иванова", "Петров", "Сидорова"], await data.System.People.Select(p => p.LastName).OrderBy(n => n).ToListAsync(Ct));
        Assert.Equal(new DateOnly(2015, 9, 1), await data.System.Employments.Select(e => e.ValidFrom).Distinct().SingleAsync(Ct));
    }
}
