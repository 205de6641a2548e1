using System.Globalization;
using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Programmes.Import;
using EduCycle.Web.Features.Registry.Import;
using EduCycle.Web.Infrastructure.Export;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;

namespace EduCycle.Web.Features.Development.Programmes;

/// <summary>Query parameters of the catalogue list, its export and the API (names as in the URL).</summary>
public sealed class ProgrammeListParameters
{
    public string? Search { get; init; }
    public int? ProviderId { get; init; }
    public ProviderGroup? ProviderGroup { get; init; }
    public ProgrammeKind? Kind { get; init; }
    public StudyForm? Form { get; init; }
    public CompetencyGroup? Group { get; init; }
    public int? TopicId { get; init; }
    public int? SubjectId { get; init; }
    public bool? ELearning { get; init; }
    public bool? FederalRegistry { get; init; }
    public bool? StressModule { get; init; }
    public bool? DiagnosticModules { get; init; }
    public bool? PreCourse { get; init; }
    public bool? Targeted { get; init; }
    public bool? Growth { get; init; }
    public bool? Pedagogical { get; init; }
    public bool? SchoolRequest { get; init; }
    public bool? ExpertTopic { get; init; }

    public ProgrammeFilter ToFilter() => new()
    {
        Search = Search, ProviderId = ProviderId, ProviderGroup = ProviderGroup, Kind = Kind, Form = Form, Group = Group,
        TopicId = TopicId, SubjectId = SubjectId, ELearning = ELearning, InFederalRegistry = FederalRegistry,
        HasStressModule = StressModule, HasDiagnosticModules = DiagnosticModules, BuiltOnPreCourseDiagnostics = PreCourse,
        Targeted = Targeted, StimulatesGrowth = Growth, Pedagogical = Pedagogical, OnSchoolRequest = SchoolRequest, ExpertTopic = ExpertTopic,
    };

    public static string QueryString(ProgrammeFilter f)
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is null) return;
            var text = value switch
            {
                bool b => b ? "true" : "false",
                Enum e => e.ToString(),
                IFormattable x => x.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString()!,
            };
            parts.Add($"{name}={Uri.EscapeDataString(text)}");
        }
        Add("search", string.IsNullOrWhiteSpace(f.Search) ? null : f.Search);
        Add("providerId", f.ProviderId); Add("providerGroup", f.ProviderGroup); Add("kind", f.Kind); Add("form", f.Form);
        Add("group", f.Group); Add("topicId", f.TopicId); Add("subjectId", f.SubjectId); Add("eLearning", f.ELearning);
        Add("federalRegistry", f.InFederalRegistry); Add("stressModule", f.HasStressModule); Add("diagnosticModules", f.HasDiagnosticModules);
        Add("preCourse", f.BuiltOnPreCourseDiagnostics); Add("targeted", f.Targeted); Add("growth", f.StimulatesGrowth);
        Add("pedagogical", f.Pedagogical); Add("schoolRequest", f.OnSchoolRequest); Add("expertTopic", f.ExpertTopic);
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}

/// <summary>A row of the catalogue export.</summary>
public sealed class ProgrammeExportRow
{
    [ExcelColumn(Name = "Код", Width = 14)] public required string Code { get; init; }
    [ExcelColumn(Name = "Наименование", Width = 60)] public required string Name { get; init; }
    [ExcelColumn(Name = "Организация ДПО", Width = 36)] public required string Provider { get; init; }
    [ExcelColumn(Name = "Группа поставщиков", Width = 24)] public required string ProviderGroup { get; init; }
    [ExcelColumn(Name = "Вид", Width = 6)] public required string Kind { get; init; }
    [ExcelColumn(Name = "Часов", Width = 8)] public required int Hours { get; init; }
    [ExcelColumn(Name = "Форма", Width = 22)] public required string Form { get; init; }
    [ExcelColumn(Name = "Электронное обучение", Width = 12)] public required string ELearning { get; init; }
    [ExcelColumn(Name = "Федеральный реестр", Width = 12)] public required string FederalRegistry { get; init; }
    [ExcelColumn(Name = "Модуль профилактики выгорания", Width = 12)] public required string StressModule { get; init; }
    [ExcelColumn(Name = "Диагностические модули", Width = 22)] public required string DiagnosticModules { get; init; }
    [ExcelColumn(Name = "На основе докурсовой диагностики", Width = 12)] public required string PreCourse { get; init; }
    [ExcelColumn(Name = "Адресная", Width = 10)] public required string Targeted { get; init; }
    [ExcelColumn(Name = "Стимулирует рост", Width = 10)] public required string Growth { get; init; }
    [ExcelColumn(Name = "Педагогическая направленность ПП", Width = 12)] public required string Pedagogical { get; init; }
    [ExcelColumn(Name = "По запросам школ", Width = 10)] public required string SchoolRequest { get; init; }
    [ExcelColumn(Name = "Экспертная тематика", Width = 24)] public required string ExpertTopic { get; init; }
    [ExcelColumn(Name = "Группы компетенций", Width = 30)] public required string Groups { get; init; }
    [ExcelColumn(Name = "Предмет", Width = 20)] public required string Subject { get; init; }
    [ExcelColumn(Name = "Обучались (видимые вам)", Width = 12)] public required int Enrolments { get; init; }
    [ExcelColumn(Name = "Завершили", Width = 12)] public required int Completed { get; init; }

    public static ProgrammeExportRow From(ProgrammeRow r) => new()
    {
        Code = r.Code, Name = r.Name, Provider = r.ProviderName, ProviderGroup = DevelopmentLabels.Of(r.ProviderGroup),
        Kind = DevelopmentLabels.Of(r.Kind), Hours = r.Hours, Form = DevelopmentLabels.Of(r.Form),
        ELearning = DevelopmentLabels.YesNo(r.ELearning), FederalRegistry = DevelopmentLabels.YesNo(r.InFederalRegistry),
        StressModule = DevelopmentLabels.YesNo(r.HasStressModule), DiagnosticModules = DevelopmentLabels.Of(r.DiagnosticModules),
        PreCourse = DevelopmentLabels.YesNo(r.BuiltOnPreCourseDiagnostics), Targeted = DevelopmentLabels.YesNo(r.Targeted),
        Growth = DevelopmentLabels.YesNo(r.StimulatesGrowth), Pedagogical = DevelopmentLabels.YesNo(r.Pedagogical),
        SchoolRequest = DevelopmentLabels.YesNo(r.OnSchoolRequest), ExpertTopic = DevelopmentLabels.Of(r.ExpertTopic),
        Groups = DevelopmentLabels.Of(r.Groups), Subject = r.SubjectName ?? "", Enrolments = r.Enrolments, Completed = r.Completed,
    };
}

/// <summary>The catalogue's API (<c>/api/v1/programmes</c>), its Excel export, the import and its template.</summary>
public static class ProgrammesApi
{
    public const string ExportUrl = "/export/programmes.xlsx";
    public const string TemplateUrl = "/development/programmes/template.xlsx";

    private static readonly AuthorizeAttribute Editors = new() { Roles = ProgrammeCatalogue.EditorRoles };

    public static IEndpointRouteBuilder MapProgrammesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/programmes").WithTags("Программы ДПП");
        api.MapGet("", List).WithName("ListProgrammes").WithSummary("Каталог ДПП с фильтрами")
            .WithDescription("Параметры: search, providerId, providerGroup (RegionalInstitute, University, SaintPetersburg, Moscow, MoscowOblast, "
                + "OtherRegion, Foreign), kind (Upskilling, Retraining), form (FullTime, PartTime, Distance, Blended), group (Subject, Methodical, "
                + "PsychoPedagogical, Communicative, Universal), topicId, subjectId и признаки true/false: eLearning, federalRegistry, stressModule, "
                + "diagnosticModules, preCourse, targeted, growth, pedagogical, schoolRequest, expertTopic.");
        api.MapGet("/{id:int}", Card).WithName("GetProgramme").WithSummary("Карточка программы: атрибуты, темы, обучение");
        api.MapPost("/import", ImportAsync).RequireAuthorization(Editors).WithName("ImportProgrammes")
            .WithSummary("Загрузить каталог ДПП из XLSX/CSV (multipart, поле file); всё или ничего, обновление по коду");
        app.MapGet(ExportUrl, Export).WithTags("Выгрузки").WithName("ExportProgrammes").WithSummary("Каталог ДПП в Excel");
        app.MapGet(TemplateUrl, () => TypedResults.File(Template(), XlsxFile<object>.ContentType, "шаблон-каталог-ДПП.xlsx"))
            .RequireAuthorization(Editors).WithName("ProgrammeTemplate");
        return app;
    }

    private static async Task<Ok<List<ProgrammeRow>>> List([AsParameters] ProgrammeListParameters parameters, EduCycleDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await ProgrammeQueries.Rows(db, parameters.ToFilter()).ToListAsync(ct));

    private static async Task<Results<Ok<ProgrammeCard>, ProblemHttpResult>> Card(int id, EduCycleDbContext db, CancellationToken ct) =>
        await ProgrammeQueries.CardAsync(db, id, ct) is { } card
            ? TypedResults.Ok(card)
            : TypedResults.Problem(title: "Программа не найдена", statusCode: StatusCodes.Status404NotFound);

    private static XlsxFile<ProgrammeExportRow> Export([AsParameters] ProgrammeListParameters parameters, EduCycleDbContext db) =>
        Xlsx.File(ProgrammeQueries.Rows(db, parameters.ToFilter()).AsAsyncEnumerable().Select(ProgrammeExportRow.From), "programmes.xlsx", "Программы ДПП");

    private static async Task<Results<Ok<ProgrammeImportResult>, ProblemHttpResult>> ImportAsync(HttpRequest request, EduCycleDbContext db, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            return TypedResults.Problem(title: "Неверный запрос", detail: "Ожидается multipart/form-data с файлом в поле «file».", statusCode: 400);
        var form = await request.ReadFormAsync(ct);
        if ((form.Files.GetFile("file") ?? form.Files.FirstOrDefault()) is not { } file)
            return TypedResults.Problem(title: "Неверный запрос", detail: "Не передан файл (поле «file»).", statusCode: 400);
        await using var stream = file.OpenReadStream();
        var result = await new ProgrammeImport(db).ImportAsync(stream, file.FileName, ct);
        if (result.Written) return TypedResults.Ok(result);
        return TypedResults.Problem(
            title: "Файл не загружен: в нём есть ошибки", detail: "Ничего не записано.", statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?> { ["errors"] = result.Errors.Select(e => e.Text).ToList() });
    }

    /// <summary>The import template: the header row to fill and a sheet explaining every column.</summary>
    public static byte[] Template()
    {
        var header = new System.Data.DataTable();
        foreach (var column in ProgrammeColumns.All) header.Columns.Add(column.Header, typeof(string));
        var hints = ProgrammeColumns.All.Select(c => new Dictionary<string, object?>
        {
            ["Столбец"] = c.Header,
            ["Обязательный"] = c.Required ? "да" : "нет",
            ["Что указать"] = ProgrammeColumns.Hint(c),
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { ["Программы"] = header, ["Подсказки"] = hints });
        return stream.ToArray();
    }
}
