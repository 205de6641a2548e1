using System.Text;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Features.Registry.Import;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using S = EduCycle.Web.Features.Registry.Import.StaffColumns;

namespace EduCycle.Web.Tests.Registry.Import;

/// <summary>A tiny registry (a region, 2 municipalities, 3 organisations, 3 subjects) and import files built in code.</summary>
public sealed class ImportTestData : IAsyncDisposable
{
    public static readonly DateOnly Today = new(2025, 10, 1);
    public static readonly DateOnly Placed = new(2020, 1, 1);

    static ImportTestData() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private ImportTestData(DatabaseSettings database, EduCycleDbContext system) => (Database, System) = (database, system);

    public DatabaseSettings Database { get; }
    /// <summary>A context acting as the system (whole region) on <see cref="Today"/>.</summary>
    public EduCycleDbContext System { get; }
    public int M1 { get; private set; }
    public int M2 { get; private set; }
    public int Org1 { get; private set; }
    public int Org2 { get; private set; }
    public int Org3 { get; private set; }

    public static async Task<ImportTestData> CreateAsync(string provider)
    {
        var database = TestDatabases.Create(provider);
        var data = new ImportTestData(database, await TestDatabases.OpenAsync(database, DataScope.System(Today)));
        await data.SeedAsync();
        return data;
    }

    private async Task SeedAsync()
    {
        var db = System;
        var region = new Region { Code = "47", Name = "Ленинградская область" };
        db.Regions.Add(region);
        await db.SaveChangesAsync();
        var m1 = new Municipality { RegionId = region.Id, Code = "M1", Name = "Первый район", Kind = MunicipalityKind.District };
        var m2 = new Municipality { RegionId = region.Id, Code = "M2", Name = "Второй район", Kind = MunicipalityKind.District };
        db.Municipalities.AddRange(m1, m2);
        db.Subjects.AddRange(
            new Subject { Code = "rus", Name = "Русский язык" },
            new Subject { Code = "math", Name = "Математика" },
            new Subject { Code = "phys", Name = "Физика" });
        await db.SaveChangesAsync();
        (M1, M2) = (m1.Id, m2.Id);
        Org1 = await AddOrganisationAsync("ORG1", m1.Id);
        Org2 = await AddOrganisationAsync("ORG2", m1.Id);
        Org3 = await AddOrganisationAsync("ORG3", m2.Id);
        db.ChangeTracker.Clear();
    }

    private async Task<int> AddOrganisationAsync(string code, int municipalityId)
    {
        var organisation = new Organisation { ExternalCode = code, FullName = $"Школа {code}", ShortName = code, Kind = OrganisationKind.School, StudentCount = 500 };
        organisation.Placements.Add(new OrganisationPlacement { MunicipalityId = municipalityId, ValidFrom = Placed });
        System.Organisations.Add(organisation);
        await System.SaveChangesAsync();
        return organisation.Id;
    }

    public EduCycleDbContext Open(DataScope scope) => TestDatabases.Open(Database, scope);

    public DataScope MunicipalOperator(int municipalityId) =>
        new(ScopeKind.Municipality, "municipal-user", "municipal", municipalityId, null, null, Today);

    public DataScope Head(int organisationId) =>
        new(ScopeKind.Organisation, "head-user", "head", null, organisationId, null, Today);

    public Task<ImportResult> ImportAsync(ImportKind kind, byte[] file, string fileName, bool validRowsOnly = false, DataScope? scope = null, IProgress<ImportProgress>? progress = null) =>
        ImportWithAsync(scope is null ? System : Open(scope), kind, file, fileName, validRowsOnly, progress);

    private static async Task<ImportResult> ImportWithAsync(EduCycleDbContext db, ImportKind kind, byte[] file, string fileName, bool validRowsOnly, IProgress<ImportProgress>? progress)
    {
        using var stream = new MemoryStream(file);
        var result = await new RegistryImport(db).ImportAsync(kind, stream, fileName, new ImportOptions(validRowsOnly), progress);
        db.ChangeTracker.Clear();
        return result;
    }

    /// <summary>Row counts of every table an import may write, the audit log included.</summary>
    public async Task<string> CountsAsync()
    {
        await using var db = Open(DataScope.System(Today));
        return string.Join(" ",
            await db.Organisations.IgnoreQueryFilters().CountAsync(), await db.OrganisationPlacements.CountAsync(),
            await db.People.IgnoreQueryFilters().CountAsync(), await db.Employments.IgnoreQueryFilters().CountAsync(),
            await db.PersonSubjects.CountAsync(), await db.AuditEntries.CountAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await System.DisposeAsync();
        if (!Database.IsPostgres)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(Database.ConnectionString).DataSource;
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
                if (File.Exists(f)) File.Delete(f);
        }
    }

    /// <summary>A valid staff row (a teacher of Russian at ORG1) with the given changes.</summary>
    public static Dictionary<ImportColumn, object?> Staff(string snils, params (ImportColumn Column, object? Value)[] changes)
    {
        var row = new Dictionary<ImportColumn, object?>
        {
            [S.Snils] = snils, [S.LastName] = "Иванова", [S.FirstName] = "Мария", [S.MiddleName] = "Петровна",
            [S.BirthDate] = "15.03.1985", [S.Sex] = "ж", [S.EducationLevel] = "высшее", [S.ExperienceSince] = "01.09.2007",
            [S.Category] = "первая", [S.CategoryDate] = "20.12.2022", [S.OrganisationCode] = "ORG1", [S.Position] = "учитель",
            [S.IsMain] = "да", [S.StartDate] = "01.09.2015", [S.Subjects] = "rus, Математика",
        };
        foreach (var (column, value) in changes) row[column] = value;
        return row;
    }

    public static Dictionary<ImportColumn, object?> Organisation(string code, params (ImportColumn Column, object? Value)[] changes)
    {
        var row = new Dictionary<ImportColumn, object?>
        {
            [OrganisationColumns.Code] = code, [OrganisationColumns.FullName] = $"Средняя школа {code}", [OrganisationColumns.ShortName] = $"СОШ {code}",
            [OrganisationColumns.Kind] = "ОО", [OrganisationColumns.MunicipalityCode] = "M1", [OrganisationColumns.ValidFrom] = null,
            [OrganisationColumns.IsRural] = "нет", [OrganisationColumns.StudentCount] = "420", [OrganisationColumns.SocialWellbeingIndex] = "0,75",
            [OrganisationColumns.ShareSpecialNeeds] = "3,5", [OrganisationColumns.ShareNonNativeRussian] = "1",
        };
        foreach (var (column, value) in changes) row[column] = value;
        return row;
    }

    /// <summary>An XLSX file whose first sheet has <paramref name="columns"/> as header and the rows below.</summary>
    public static byte[] Xlsx(IReadOnlyList<ImportColumn> columns, IEnumerable<Dictionary<ImportColumn, object?>> rows) =>
        XlsxWithHeaders(columns.Select(c => c.Header).ToList(), rows.Select(r => columns.Select(c => r.GetValueOrDefault(c)).ToArray()));

    public static byte[] XlsxWithHeaders(IReadOnlyList<string> headers, IEnumerable<object?[]> rows)
    {
        var sheet = rows.Select(values =>
        {
            var d = new Dictionary<string, object?>();
            for (var i = 0; i < headers.Count; i++) d[headers[i]] = values[i];
            return d;
        }).ToList();
        using var stream = new MemoryStream();
        if (sheet.Count == 0)
        {
            var table = new System.Data.DataTable();
            foreach (var h in headers) table.Columns.Add(h);
            stream.SaveAs(table);
        }
        else stream.SaveAs(sheet);
        return stream.ToArray();
    }

    public static byte[] Csv(IReadOnlyList<ImportColumn> columns, IEnumerable<Dictionary<ImportColumn, object?>> rows, Encoding encoding, char delimiter = ';')
    {
        var text = new StringBuilder();
        text.Append(string.Join(delimiter, columns.Select(c => c.Header))).Append("\r\n");
        foreach (var row in rows)
            text.Append(string.Join(delimiter, columns.Select(c => Quote(Convert.ToString(row.GetValueOrDefault(c), global::System.Globalization.CultureInfo.InvariantCulture) ?? "", delimiter)))).Append("\r\n");
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    private static string Quote(string value, char delimiter) =>
        value.Contains(delimiter) || value.Contains('"') ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
