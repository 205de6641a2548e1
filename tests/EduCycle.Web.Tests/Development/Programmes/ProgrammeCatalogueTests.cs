using System.Net;
using System.Net.Http.Headers;
using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Diagnostics;
using EduCycle.Web.Features.Development.Programmes;
using EduCycle.Web.Features.Development.Programmes.Import;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Features.Registry.Import;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static EduCycle.Web.Tests.Registry.Import.ImportTestData;
using C = EduCycle.Web.Features.Development.Programmes.Import.ProgrammeColumns;

namespace EduCycle.Web.Tests.Development.Programmes;

public sealed class ProgrammeCatalogueTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Two providers, two deficit topics and the subject «math».</summary>
    private static async Task<EduCycleDbContext> CatalogueAsync(string provider)
    {
        var db = await TestDatabases.OpenAsync(TestDatabases.Create(provider));
        db.Providers.AddRange(
            new Provider { Name = "ГАОУ ДПО «ЛОИРО»", Group = ProviderGroup.RegionalInstitute },
            new Provider { Name = "МГПУ", Group = ProviderGroup.Moscow });
        db.DeficitTopics.AddRange(
            new DeficitTopic { Code = "T-FA", Name = "Формирующее оценивание", Group = CompetencyGroup.Methodical },
            new DeficitTopic { Code = "T-CONF", Name = "Разрешение конфликтов", Group = CompetencyGroup.Communicative });
        db.Subjects.Add(new Subject { Code = "math", Name = "Математика" });
        await db.SaveChangesAsync(Ct);
        db.ChangeTracker.Clear();
        return db;
    }

    private static Dictionary<ImportColumn, object?> Row(string code, params (ImportColumn Column, object? Value)[] changes)
    {
        var row = new Dictionary<ImportColumn, object?>
        {
            [C.Code] = code,
            [C.Name] = $"Программа {code}",
            [C.Provider] = "ГАОУ ДПО «ЛОИРО»",
            [C.Kind] = "ПК",
            [C.Hours] = "36",
            [C.Form] = "очно-заочная",
        };
        foreach (var (column, value) in changes) row[column] = value;
        return row;
    }

    private static Task<ProgrammeImportResult> ImportAsync(EduCycleDbContext db, params Dictionary<ImportColumn, object?>[] rows) =>
        new ProgrammeImport(db).ImportAsync(new MemoryStream(Xlsx(C.All, rows)), "каталог.xlsx", Ct);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_good_file_loads_every_attribute_and_a_second_import_changes_nothing(string provider)
    {
        await using var db = await CatalogueAsync(provider);
        var rows = new[]
        {
            Row("PK-01", (C.ELearning, "да"), (C.FederalRegistry, "да"), (C.StressModule, "нет"), (C.DiagnosticModules, "входной, итоговый"),
                (C.PreCourse, "да"), (C.Targeted, "да"), (C.Groups, "методические; коммуникативные"), (C.Topics, "t-fa, T-CONF"),
                (C.Subject, "math"), (C.ExpertTopic, "ГИА")),
            Row("PP-02", (C.Kind, "ПП"), (C.Hours, "250"), (C.Form, "дистанционная"), (C.Provider, "мгпу"), (C.Pedagogical, "да")),
        };

        var first = await ImportAsync(db, rows);
        Assert.True(first.Written, string.Join("; ", first.Errors.Select(e => e.Text)));
        Assert.Equal((2, 0, 0), (first.Created, first.Updated, first.Unchanged));

        db.ChangeTracker.Clear();
        var pk = await db.Programmes.Include(p => p.Topics).Include(p => p.Provider).SingleAsync(p => p.Code == "PK-01", Ct);
        Assert.Equal((ProgrammeKind.Upskilling, 36, StudyForm.PartTime), (pk.Kind, pk.Hours, pk.Form));
        Assert.True(pk.ELearning && pk.InFederalRegistry && !pk.HasStressModule && pk.BuiltOnPreCourseDiagnostics && pk.Targeted);
        Assert.Equal(DiagnosticModules.Entry | DiagnosticModules.Exit, pk.DiagnosticModules);
        Assert.Equal(CompetencyGroups.Methodical | CompetencyGroups.Communicative, pk.Groups);
        Assert.Equal(ExpertTopic.GiaCommission, pk.ExpertTopic);
        Assert.Equal(2, pk.Topics.Count);
        Assert.Equal("math", await db.Subjects.Where(s => s.Id == pk.SubjectId).Select(s => s.Code).SingleAsync(Ct));
        var pp = await db.Programmes.Include(p => p.Provider).SingleAsync(p => p.Code == "PP-02", Ct);
        Assert.Equal((ProgrammeKind.Retraining, 250, true, "МГПУ"), (pp.Kind, pp.Hours, pp.Pedagogical, pp.Provider!.Name));

        db.ChangeTracker.Clear();
        var again = await ImportAsync(db, rows);
        Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));

        db.ChangeTracker.Clear();
        rows[1][C.Hours] = "252";
        var changed = await ImportAsync(db, rows);
        Assert.Equal((0, 1, 1), (changed.Created, changed.Updated, changed.Unchanged));
        Assert.Equal(2, await db.Programmes.CountAsync(Ct));
        Assert.Equal(252, await db.Programmes.Where(p => p.Code == "PP-02").Select(p => p.Hours).SingleAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_bad_file_names_every_bad_cell_and_writes_nothing(string provider)
    {
        await using var db = await CatalogueAsync(provider);
        var result = await ImportAsync(db,
            Row("OK-1"),
            Row("BAD-2", (C.Provider, "Неизвестный институт")),
            Row("BAD-3", (C.Hours, "0")),
            Row("BAD-4", (C.Hours, "много")),
            Row("BAD-5", (C.Form, "заочная")),
            Row("BAD-6", (C.Kind, "ДО")),
            Row("BAD-7", (C.Topics, "T-FA, T-NONE")),
            Row("OK-1"));

        Assert.False(result.Written);
        Assert.Equal(
        [
            "Строка 3, столбец «Организация ДПО»: неизвестная организация ДПО «Неизвестный институт»: добавьте её в список поставщиков или исправьте наименование",
            "Строка 4, столбец «Объём, часов»: объём часов должен быть целым положительным числом",
            "Строка 5, столбец «Объём, часов»: неверное число «много»",
            "Строка 6, столбец «Форма обучения»: недопустимое значение «заочная»; допустимые значения: «очная», «очно-заочная», «дистанционная», «очная с применением ДОТ»",
            "Строка 7, столбец «Вид (ПК/ПП)»: недопустимое значение «ДО»; допустимые значения: «ПК», «ПП»",
            "Строка 8, столбец «Коды тем дефицитов»: неизвестный код темы дефицита «T-NONE»",
            "Строка 9, столбец «Код программы»: код программы «OK-1» повторяется в файле (строки 2 и 9)",
        ], result.Errors.Select(e => e.Text));
        Assert.Equal(0, await db.Programmes.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Filters_select_by_flags_group_topic_kind_and_provider_group(string provider)
    {
        await using var db = await CatalogueAsync(provider);
        var imported = await ImportAsync(db,
            Row("A", (C.Groups, "методические"), (C.Topics, "T-FA"), (C.DiagnosticModules, "входной"), (C.StressModule, "да")),
            Row("B", (C.Groups, "методические, предметные"), (C.Provider, "МГПУ"), (C.Targeted, "да")),
            Row("C", (C.Kind, "ПП"), (C.Groups, "коммуникативные"), (C.Topics, "T-CONF"), (C.Pedagogical, "да"), (C.StressModule, "да")));
        Assert.True(imported.Written, string.Join("; ", imported.Errors.Select(e => e.Text)));
        var fa = await db.DeficitTopics.Where(t => t.Code == "T-FA").Select(t => t.Id).SingleAsync(Ct);

        async Task<string[]> Codes(ProgrammeFilter f) =>
            (await ProgrammeQueries.Rows(db, f).Select(r => r.Code).ToListAsync(Ct)).Order().ToArray();

        Assert.Equal(["A", "B", "C"], await Codes(new ProgrammeFilter()));
        Assert.Equal(["A", "B"], await Codes(new ProgrammeFilter { Group = CompetencyGroup.Methodical }));
        Assert.Equal(["B"], await Codes(new ProgrammeFilter { Group = CompetencyGroup.Subject }));
        Assert.Equal(["A"], await Codes(new ProgrammeFilter { TopicId = fa }));
        Assert.Equal(["A"], await Codes(new ProgrammeFilter { HasDiagnosticModules = true }));
        Assert.Equal(["A", "C"], await Codes(new ProgrammeFilter { HasStressModule = true }));
        Assert.Equal(["B", "C"], await Codes(new ProgrammeFilter { HasStressModule = false } with { HasStressModule = null, HasDiagnosticModules = false }));
        Assert.Equal(["C"], await Codes(new ProgrammeFilter { Kind = ProgrammeKind.Retraining, Pedagogical = true }));
        Assert.Equal(["B"], await Codes(new ProgrammeFilter { ProviderGroup = ProviderGroup.Moscow }));
        Assert.Equal(["B"], await Codes(new ProgrammeFilter { Targeted = true, Group = CompetencyGroup.Methodical }));
        Assert.Empty(await Codes(new ProgrammeFilter { Targeted = true, ProviderGroup = ProviderGroup.RegionalInstitute }));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_api_imports_for_a_regional_methodist_refuses_a_teacher_and_lists_with_filters(string provider)
    {
        await using var app = new EduCycleApp(provider);
        await using (var db = app.Db())
        {
            db.Providers.Add(new Provider { Name = "ГАОУ ДПО «ЛОИРО»", Group = ProviderGroup.RegionalInstitute });
            await db.SaveChangesAsync(Ct);
        }
        var methodist = await app.ClientAsAsync(new TestUser("methodist", Roles.RegionalMethodist));
        var teacher = await app.ClientAsAsync(new TestUser("teacher", Roles.Teacher));
        var file = Xlsx(C.All, [Row("PK-1"), Row("PP-2", (C.Kind, "ПП"), (C.Hours, "300"))]);

        Assert.Equal(HttpStatusCode.Forbidden, (await Post(teacher, file)).StatusCode);
        var bad = await Post(methodist, Xlsx(C.All, [Row("PK-1", (C.Hours, "-3"))]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("Строка 2, столбец «Объём, часов»", await bad.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, (await Post(methodist, file)).StatusCode);

        var list = await teacher.GetStringAsync("/api/v1/programmes?kind=Retraining", Ct);
        Assert.Contains("PP-2", list);
        Assert.DoesNotContain("PK-1", list);
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync("/export/programmes.xlsx?kind=Upskilling", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync("/api/v1/programmes/999999", Ct)).StatusCode);
    }

    private static async Task<HttpResponseMessage> Post(HttpClient client, byte[] file)
    {
        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(part, "file", "каталог.xlsx");
        return await client.PostAsync("/api/v1/programmes/import", content, Ct);
    }
}
