using EduCycle.Engine.Calendar;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Diagnostics.Asset;
using EduCycle.Web.Features.Development.Diagnostics.Campaigns;
using EduCycle.Web.Features.Development.Diagnostics.Import;
using EduCycle.Web.Features.Development.Diagnostics.Results;
using EduCycle.Web.Features.Development.Diagnostics.Topics;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Features.Instruments.Api;
using EduCycle.Web.Features.Registry.Import;
using EduCycle.Web.Features.Registry.Queries;
using EduCycle.Web.Infrastructure.Export;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Diagnostics.Api;

/// <summary>Deficit diagnostics, <c>/api/v1/diagnostics</c> and the teachers' histories; reads under the caller's scope, writes by role.</summary>
public static class DiagnosticsApi
{
    public sealed record AssetMemberRequest(int MunicipalityId, int SchoolYear, int PersonId);

    public static IEndpointRouteBuilder MapDiagnosticsApi(this IEndpointRouteBuilder app)
    {
        var writers = DiagnosticAccess.Writers;
        var api = app.MapGroup("/api/v1").WithTags("Диагностика дефицитов").RequireAuthorization();
        api.MapGet("/diagnostics/campaigns", Campaigns).WithName("ListDiagnosticCampaigns")
            .WithSummary("Кампании диагностики с числом педагогов по уровням (последняя попытка)");
        api.MapPost("/diagnostics/campaigns", CreateCampaign).RequireAuthorization(p => p.RequireRole(writers))
            .WithName("CreateDiagnosticCampaign").WithSummary("Создать кампанию (региональную или муниципальную)");
        api.MapPut("/diagnostics/campaigns/{id:int}", UpdateCampaign).RequireAuthorization(p => p.RequireRole(writers))
            .WithName("UpdateDiagnosticCampaign").WithSummary("Изменить кампанию");
        api.MapGet("/diagnostics/campaigns/{id:int}/results", Results).WithName("ListDiagnosticResults")
            .WithSummary("Результаты кампании: municipalityId, organisationId, subjectId, outcome, latestOnly, search, page, pageSize");
        api.MapPost("/diagnostics/campaigns/{id:int}/results", Record).RequireAuthorization(p => p.RequireRole(writers))
            .WithName("RecordDiagnosticResult").WithSummary("Внести входную диагностику педагога вручную");
        api.MapPost("/diagnostics/results/{id:int}/repeat", Repeat).RequireAuthorization(p => p.RequireRole(writers))
            .WithName("RecordRepeatDiagnostic").WithSummary("Внести повторную диагностику после последней попытки");
        api.MapPost("/diagnostics/campaigns/{id:int}/results/import", ImportAsync).RequireAuthorization(p => p.RequireRole(writers))
            .WithName("ImportDiagnosticResults")
            .WithSummary("Загрузить результаты из XLSX/CSV (multipart, поле file; validRowsOnly=true — только верные строки)");
        api.MapGet("/people/{id:int}/diagnostics", History).WithName("PersonDiagnostics")
            .WithSummary("История диагностики педагога: все попытки и дефициты");
        api.MapPost("/people/{id:int}/deficits", AddDeficit).RequireAuthorization(p => p.RequireRole(writers))
            .WithName("AddDeficit").WithSummary("Добавить дефицит вручную (источник, вид)");
        api.MapGet("/diagnostics/topics", Topics).WithName("ListDeficitTopics").WithSummary("Справочник тем дефицитов");
        api.MapPost("/diagnostics/topics", AddTopic).RequireAuthorization(p => p.RequireRole(DiagnosticAccess.Regional))
            .WithName("AddDeficitTopic").WithSummary("Добавить тему дефицита (региональный оператор, методист)");
        api.MapGet("/diagnostics/asset", Asset).WithName("MethodicalAsset")
            .WithSummary("Муниципальный методический актив: кандидаты и подтверждённые (municipalityId, year)");
        api.MapPost("/diagnostics/asset/members", Confirm).RequireAuthorization(p => p.RequireRole(DiagnosticAccess.Municipal))
            .WithName("ConfirmAssetMember").WithSummary("Подтвердить педагога в методическом активе");
        api.MapDelete("/diagnostics/asset/members", Remove).RequireAuthorization(p => p.RequireRole(DiagnosticAccess.Municipal))
            .WithName("RemoveAssetMember").WithSummary("Исключить педагога из методического актива (municipalityId, year, personId)");

        var export = app.MapGroup("/export/diagnostics").WithTags("Выгрузки").RequireAuthorization();
        export.MapGet("/campaigns/{id:int}/results.xlsx", ExportResults).WithName("ExportDiagnosticResults")
            .WithSummary("Результаты кампании в Excel (параметры как у списка)");
        export.MapGet("/asset.xlsx", ExportAsset).WithName("ExportMethodicalAsset").WithSummary("Методический актив в Excel");
        export.MapGet("/template.{format}", Template).RequireAuthorization(p => p.RequireRole(writers))
            .WithName("DiagnosticImportTemplate").WithSummary("Шаблон файла результатов (xlsx или csv)");
        export.MapGet("/import-reports/{id:guid}", Report).RequireAuthorization(p => p.RequireRole(writers))
            .WithName("DiagnosticImportReport").WithSummary("Ошибки последней загрузки в Excel");
        return app;
    }

    private static Actor ActorOf(HttpContext http, EduCycleDbContext db) => Actor.From(http.User, db.Scope);

    private static async Task<Ok<IReadOnlyList<CampaignRow>>> Campaigns(DiagnosticCampaignService campaigns, CancellationToken ct) =>
        TypedResults.Ok(await campaigns.ListAsync(ct));

    private static async Task<Results<Ok<CampaignRow>, ProblemHttpResult>> CreateCampaign(
        CampaignRequest request, DiagnosticCampaignService campaigns, HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
        ApiProblems.Answer(await campaigns.CreateAsync(ActorOf(http, db), request, ct));

    private static async Task<Results<Ok<CampaignRow>, ProblemHttpResult>> UpdateCampaign(
        int id, CampaignRequest request, DiagnosticCampaignService campaigns, HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
        ApiProblems.Answer(await campaigns.UpdateAsync(ActorOf(http, db), id, request, ct));

    private static async Task<Results<Ok<Paged<ResultRow>>, ProblemHttpResult>> Results(
        int id, int? municipalityId, int? organisationId, int? subjectId, DiagnosticOutcome? outcome, bool? latestOnly, string? search,
        int? page, int? pageSize, DiagnosticCampaignService campaigns, DiagnosticResultService results, CancellationToken ct)
    {
        if (await campaigns.GetAsync(id, ct) is null) return ApiProblems.From(Refusal.NotFound());
        var filter = new ResultFilter(id, municipalityId, organisationId, subjectId, outcome, null, latestOnly ?? true, search);
        return TypedResults.Ok(await results.ListAsync(filter, page ?? 1, pageSize ?? 100, ct));
    }

    private static async Task<Results<Ok<ResultRow>, ProblemHttpResult>> Record(
        int id, ResultEntry entry, DiagnosticResultService results, HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
        ApiProblems.Answer(await results.RecordAsync(ActorOf(http, db), id, entry, ct));

    private static async Task<Results<Ok<ResultRow>, ProblemHttpResult>> Repeat(
        int id, ResultEntry entry, DiagnosticResultService results, HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
        ApiProblems.Answer(await results.RepeatAsync(ActorOf(http, db), id, entry, ct));

    private static async Task<Results<Ok<DiagnosticImportResult>, ProblemHttpResult>> ImportAsync(
        int id, HttpRequest request, DiagnosticImport import, EduCycleDbContext db, bool validRowsOnly = false, CancellationToken ct = default)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = DiagnosticImport.MaxFileBytes;
        if (!request.HasFormContentType)
            return ApiProblems.From(Refusal.Invalid("Неверный запрос", "file", "ожидается multipart/form-data с файлом в поле «file»"));
        var form = await request.ReadFormAsync(ct);
        if ((form.Files.GetFile("file") ?? form.Files.FirstOrDefault()) is not { } file)
            return ApiProblems.From(Refusal.Invalid("Неверный запрос", "file", "не передан файл (поле «file»)"));
        await using var stream = file.OpenReadStream();
        var outcome = await import.ImportAsync(ActorOf(request.HttpContext, db), id, stream, file.FileName, new ImportOptions(validRowsOnly), null, ct);
        if (outcome.Refusal is { } refusal) return ApiProblems.From(refusal);
        var result = outcome.Value!;
        if (result.Succeeded) return TypedResults.Ok(result);
        return TypedResults.Problem(
            title: "Файл не загружен: в нём есть ошибки",
            detail: $"Строк с ошибками: {result.Rejected}. Ничего не записано.",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = result.Errors.Take(ImportEndpoints.MaxProblemErrors).ToList(),
                ["errorCount"] = result.Errors.Count,
                ["rows"] = result.Rows,
            });
    }

    private static async Task<Results<Ok<PersonDiagnostics>, ProblemHttpResult>> History(int id, DiagnosticResultService results, CancellationToken ct) =>
        await results.HistoryAsync(id, ct) is { } history ? TypedResults.Ok(history) : ApiProblems.From(Refusal.NotFound());

    private static async Task<Results<Ok<DeficitRow>, ProblemHttpResult>> AddDeficit(
        int id, DeficitRequest request, DiagnosticResultService results, HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
        ApiProblems.Answer(await results.AddDeficitAsync(ActorOf(http, db), id, request, ct));

    private static async Task<Ok<IReadOnlyList<TopicRow>>> Topics(DeficitTopicCatalog topics, CancellationToken ct) =>
        TypedResults.Ok(await topics.ListAsync(ct));

    private static async Task<Results<Ok<TopicRow>, ProblemHttpResult>> AddTopic(
        TopicRequest request, DeficitTopicCatalog topics, HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
        ApiProblems.Answer(await topics.AddAsync(ActorOf(http, db), request, ct));

    private static async Task<Results<Ok<IReadOnlyList<AssetRow>>, ProblemHttpResult>> Asset(
        int? municipalityId, int? year, MethodicalAssetService asset, EduCycleDbContext db, CancellationToken ct) =>
        AssetArea(municipalityId, year, db) is var (m, y) && m is { } municipality
            ? TypedResults.Ok(await asset.ListAsync(municipality, y, ct))
            : ApiProblems.From(Refusal.Invalid("Неверные параметры запроса", "municipalityId", "укажите муниципалитет (municipalityId)"));

    private static async Task<Results<Ok<AssetRow>, ProblemHttpResult>> Confirm(
        AssetMemberRequest request, MethodicalAssetService asset, HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
        ApiProblems.Answer(await asset.ConfirmAsync(ActorOf(http, db), request.MunicipalityId, new SchoolYear(request.SchoolYear), request.PersonId, ct));

    private static async Task<Results<Ok<bool>, ProblemHttpResult>> Remove(
        int municipalityId, int year, int personId, MethodicalAssetService asset, HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
        ApiProblems.Answer(await asset.RemoveAsync(ActorOf(http, db), municipalityId, new SchoolYear(year), personId, ct));

    private static async Task<Results<XlsxFile<DiagnosticResultExportRow>, ProblemHttpResult>> ExportResults(
        int id, int? municipalityId, int? organisationId, int? subjectId, DiagnosticOutcome? outcome, bool? latestOnly, string? search,
        DiagnosticCampaignService campaigns, DiagnosticResultService results, CancellationToken ct)
    {
        if (await campaigns.GetAsync(id, ct) is null) return ApiProblems.From(Refusal.NotFound());
        var filter = new ResultFilter(id, municipalityId, organisationId, subjectId, outcome, null, latestOnly ?? true, search);
        var rows = results.All(filter).AsAsyncEnumerable().Select(DiagnosticResultExportRow.From);
        return Xlsx.File(rows, $"diagnostics-{id}.xlsx", "Результаты");
    }

    private static async Task<Results<XlsxFile<AssetExportRow>, ProblemHttpResult>> ExportAsset(
        int? municipalityId, int? year, MethodicalAssetService asset, EduCycleDbContext db, CancellationToken ct)
    {
        if (AssetArea(municipalityId, year, db) is not (int municipality, var y))
            return ApiProblems.From(Refusal.Invalid("Неверные параметры запроса", "municipalityId", "укажите муниципалитет (municipalityId)"));
        var rows = (await asset.ListAsync(municipality, y, ct)).Select(AssetExportRow.From).ToAsyncEnumerable();
        return Xlsx.File(rows, $"methodical-asset-{y.StartYear}.xlsx", "Методический актив");
    }

    /// <summary>The municipality (a municipal user's own by default) and the school year (the current one by default).</summary>
    private static (int? Municipality, SchoolYear Year) AssetArea(int? municipalityId, int? year, EduCycleDbContext db) =>
        (municipalityId ?? db.Scope.MunicipalityId,
         year is >= 1900 and <= 2200 ? new SchoolYear(year.Value) : SchoolYear.Containing(db.Scope.Today));

    private static Results<FileContentHttpResult, NotFound> Template(string format) => format.ToLowerInvariant() switch
    {
        "xlsx" => TypedResults.File(DiagnosticTemplates.Xlsx(), ImportTemplates.XlsxContentType, "шаблон-диагностика.xlsx"),
        "csv" => TypedResults.File(DiagnosticTemplates.Csv(), ImportTemplates.CsvContentType, "шаблон-диагностика.csv"),
        _ => TypedResults.NotFound(),
    };

    private static Results<FileContentHttpResult, NotFound> Report(Guid id, ImportReports reports, EduCycleDbContext db) =>
        reports.Find(id, db.Scope.UserName) is { } errors
            ? TypedResults.File(ImportTemplates.ErrorReport(errors), ImportTemplates.XlsxContentType, "ошибки-загрузки.xlsx")
            : TypedResults.NotFound();
}
