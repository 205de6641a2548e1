using EduCycle.Web.Data;
using EduCycle.Web.Features.Instruments.Assessments;
using EduCycle.Web.Features.Instruments.Campaigns;
using EduCycle.Web.Features.Instruments.Evidence;
using EduCycle.Web.Features.Instruments.Results;
using EduCycle.Web.Infrastructure.Export;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Instruments.Api;

/// <summary>Campaigns, assignments, assessments, evidence files and results, <c>/api/v1</c>; everything under the caller's scope.</summary>
public static class CampaignsApi
{
    public static IEndpointRouteBuilder MapCampaignsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Кампании оценивания");
        api.MapGet("/campaigns", Campaigns).WithName("ListCampaigns").WithSummary("Кампании оценивания в области доступа");
        api.MapPost("/campaigns", CreateCampaign).RequireAuthorization(p => p.RequireRole(Actor.Organisers))
            .WithName("CreateCampaign").WithSummary("Создать кампанию и назначить инструмент объектам");
        api.MapGet("/assignments", Assignments).WithName("ListAssignments").WithSummary("Назначения пользователя (параметр campaignId)");
        api.MapGet("/assignments/{id:int}", Assignment).WithName("GetAssignment").WithSummary("Назначение: самооценка и экспертная оценка рядом, расхождения, итог");
        api.MapPut("/assignments/{id:int}/responses/{role}", SaveDraft).WithName("SaveAssessmentDraft")
            .WithSummary("Сохранить черновик (role: self | expert)");
        api.MapPost("/assignments/{id:int}/responses/{role}/submit", Submit).WithName("SubmitAssessment")
            .WithSummary("Отправить оценку: полная проверка и подсчёт");
        api.MapPost("/assignments/{id:int}/reconcile", Reconcile).WithName("ReconcileAssignment")
            .WithSummary("Согласовать итог: оценка эксперта или другой уровень с обоснованием");
        api.MapPost("/assignments/{id:int}/lock", Lock).WithName("LockAssignment").WithSummary("Заблокировать согласованный результат");
        api.MapGet("/assignments/{id:int}/evidence", EvidenceList).WithName("ListEvidence").WithSummary("Подтверждающие файлы назначения");
        api.MapPost("/assignments/{id:int}/evidence", Upload).WithName("UploadEvidence")
            .WithSummary("Приложить файл к пункту (multipart: поле file, параметр itemCode); до 10 МБ, .pdf .docx .xlsx .jpg .jpeg .png");
        api.MapGet("/evidence/{id:int}", Download).WithName("DownloadEvidence").WithSummary("Скачать подтверждающий файл");
        api.MapDelete("/evidence/{id:int}", DeleteEvidence).WithName("DeleteEvidence").WithSummary("Удалить файл, пока самооценка — черновик");
        api.MapGet("/results", ResultsSummary).WithName("InstrumentResults")
            .WithSummary("Результаты по инструменту: по уровням, средний балл, доля эффективных — по муниципалитетам и региону")
            .WithDescription("Параметры: instrument (код, обязателен), version, from, to (ГГГГ-ММ-ДД), municipalityId.");
        app.MapGet("/export/instrument-results.xlsx", ResultsExport).WithTags("Выгрузки").WithName("ExportInstrumentResults")
            .WithSummary("Выгрузка результатов по инструменту в Excel (параметры как у /api/v1/results)");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<CampaignRow>>> Campaigns(CampaignService campaigns, CancellationToken ct) =>
        TypedResults.Ok(await campaigns.ListAsync(ct));

    private static async Task<Results<Ok<CampaignRow>, ProblemHttpResult>> CreateCampaign(
        CampaignRequest request, CampaignService campaigns, HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
        ApiProblems.Answer(await campaigns.CreateAsync(ActorOf(http, db), request, ct));

    private static async Task<Ok<IReadOnlyList<AssignmentRow>>> Assignments(int? campaignId, CampaignService campaigns, HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await campaigns.ListAssignmentsAsync(ActorOf(http, db), campaignId, ct));

    private static async Task<Results<Ok<AssignmentDetails>, ProblemHttpResult>> Assignment(
        int id, AssessmentWorkflow workflow, HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
        await workflow.GetAsync(ActorOf(http, db), id, ct) is { } details ? TypedResults.Ok(details) : ApiProblems.From(Refusal.NotFound());

    private static async Task<Results<Ok<AssessmentView>, ProblemHttpResult>> SaveDraft(
        int id, string role, HttpRequest request, AssessmentWorkflow workflow, EduCycleDbContext db, CancellationToken ct)
    {
        if (RoleOf(role) is not { } r) return ApiProblems.From(Refusal.NotFound());
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(ct);
        return ApiProblems.Answer(await workflow.SaveDraftAsync(ActorOf(request.HttpContext, db), id, r, json, ct));
    }

    private static async Task<Results<Ok<AssessmentView>, ProblemHttpResult>> Submit(
        int id, string role, AssessmentWorkflow workflow, HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
        RoleOf(role) is { } r ? ApiProblems.Answer(await workflow.SubmitAsync(ActorOf(http, db), id, r, ct)) : ApiProblems.From(Refusal.NotFound());

    private static async Task<Results<Ok<AssignmentDetails>, ProblemHttpResult>> Reconcile(
        int id, ReconcileRequest request, AssessmentWorkflow workflow, HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
        ApiProblems.Answer(await workflow.ReconcileAsync(ActorOf(http, db), id, request, ct));

    private static async Task<Results<Ok<AssignmentDetails>, ProblemHttpResult>> Lock(
        int id, AssessmentWorkflow workflow, HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
        ApiProblems.Answer(await workflow.LockAsync(ActorOf(http, db), id, ct));

    private static async Task<Results<Ok<IReadOnlyList<EvidenceRow>>, ProblemHttpResult>> EvidenceList(
        int id, EvidenceFiles files, EduCycleDbContext db, CancellationToken ct) =>
        await db.Assignments.AnyAsync(a => a.Id == id, ct) ? TypedResults.Ok(await files.ListAsync(id, ct)) : ApiProblems.From(Refusal.NotFound());

    private static async Task<Results<Ok<EvidenceRow>, ProblemHttpResult>> Upload(
        int id, string? itemCode, HttpRequest request, EvidenceFiles files, EduCycleDbContext db, CancellationToken ct)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = EvidenceFiles.MaxSize + 1024 * 1024;
        if (!request.HasFormContentType || string.IsNullOrWhiteSpace(itemCode))
            return ApiProblems.From(Refusal.Invalid("Неверный запрос", "file", "ожидается multipart/form-data с файлом в поле «file» и параметр itemCode"));
        var form = await request.ReadFormAsync(ct);
        if ((form.Files.GetFile("file") ?? form.Files.FirstOrDefault()) is not { } file)
            return ApiProblems.From(Refusal.Invalid("Неверный запрос", "file", "не передан файл (поле «file»)"));
        await using var stream = file.OpenReadStream();
        return ApiProblems.Answer(await files.UploadAsync(ActorOf(request.HttpContext, db), id, itemCode, file.FileName, stream, file.Length, ct));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(int id, EvidenceFiles files, CancellationToken ct) =>
        await files.DownloadAsync(id, ct) is { } f ? TypedResults.File(f.Content, f.ContentType, f.FileName) : ApiProblems.From(Refusal.NotFound());

    private static async Task<Results<Ok<int>, ProblemHttpResult>> DeleteEvidence(
        int id, EvidenceFiles files, HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
        ApiProblems.Answer(await files.DeleteAsync(ActorOf(http, db), id, ct));

    private static async Task<Results<Ok<ResultsSummary>, ProblemHttpResult>> ResultsSummary(
        string? instrument, int? version, DateOnly? from, DateOnly? to, int? municipalityId, InstrumentResults results, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(instrument)
            ? ApiProblems.From(Refusal.Invalid("Неверные параметры запроса", "instrument", "укажите код инструмента (instrument)"))
            : TypedResults.Ok(await results.SummariseAsync(new ResultsFilter(instrument, version, from, to, municipalityId), ct));

    private static async Task<Results<XlsxFile<ResultExportRow>, ProblemHttpResult>> ResultsExport(
        string? instrument, int? version, DateOnly? from, DateOnly? to, int? municipalityId, InstrumentResults results, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(instrument))
            return ApiProblems.From(Refusal.Invalid("Неверные параметры запроса", "instrument", "укажите код инструмента (instrument)"));
        var summary = await results.SummariseAsync(new ResultsFilter(instrument, version, from, to, municipalityId), ct);
        var rows = summary.Municipalities.Append(summary.Region).Select(ResultExportRow.From).ToAsyncEnumerable();
        return Xlsx.File(rows, $"results-{instrument}{(version is { } v ? $"-v{v}" : "")}.xlsx", "Результаты");
    }

    private static Actor ActorOf(HttpContext http, EduCycleDbContext db) => Actor.From(http.User, db.Scope);

    private static AssessmentRole? RoleOf(string role) =>
        Enum.TryParse<AssessmentRole>(role, ignoreCase: true, out var r) && Enum.IsDefined(r) && !char.IsDigit(role[0]) ? r : null;
}
