using EduCycle.Engine.Calendar;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Features.Instruments.Api;
using EduCycle.Web.Features.Monitoring.Calendar;
using EduCycle.Web.Features.Monitoring.Collection;
using EduCycle.Web.Infrastructure.Export;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Monitoring.Api;

/// <summary>The monitoring calendar and collection forms: <c>/api/v1/monitoring/*</c> and the Excel downloads, under the caller's scope.</summary>
public static class MonitoringApi
{
    public static IEndpointRouteBuilder MapMonitoringApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/monitoring").WithTags("Мониторинг");
        api.MapGet("/calendar", Calendar).WithName("MonitoringCalendar").WithSummary("Календарь мониторинга на учебный год")
            .WithDescription("Параметры: schoolYear (год начала, по умолчанию текущий), municipalityId, status (Planned, InProgress, Done, Cancelled), "
                + "responsible (ответственный исполнитель, как в плане), overdue (true — только просроченные).");
        api.MapPost("/calendar/generate", Generate).RequireAuthorization(p => p.RequireRole(MonitoringCalendar.Editors))
            .WithName("GenerateMonitoringCalendar").WithSummary("Сформировать календарь учебного года по плану мониторинга: {schoolYear}")
            .WithDescription("Создаёт недостающие мероприятия для муниципалитетов в области доступа; повторный вызов ничего не дублирует.");
        api.MapPost("/events/{eventId:int}/status", SetStatus).RequireAuthorization(p => p.RequireRole(MonitoringCalendar.Editors))
            .WithName("SetMonitoringEventStatus").WithSummary("Отметить мероприятие: {status, doneDate, note}");

        api.MapGet("/elements", Elements).WithName("CollectedElements").WithSummary("Собираемые элементы данных (через формы сбора)");
        api.MapGet("/forms", Forms).WithName("CollectionForms").WithSummary("Формы сбора с полями и правилами согласованности");
        var collection = api.MapGroup("").RequireAuthorization(p => p.RequireRole(CollectionAccess.Readers));
        collection.MapGet("/requests", Requests).WithName("CollectionRequests").WithSummary("Запросы данных (формы, направленные организациям) и ход сдачи");
        collection.MapPost("/requests", CreateRequest).RequireAuthorization(p => p.RequireRole(CollectionAccess.Organisers))
            .WithName("CreateCollectionRequest").WithSummary("Направить форму организациям: {formId, schoolYear, deadline, municipalityId, kinds}");
        collection.MapGet("/requests/{requestId:int}/submissions", Grid).WithName("CollectionGrid").WithSummary("Сводная таблица: организация × состояние × значения");
        collection.MapGet("/requests/{requestId:int}/reminders", Reminders).WithName("CollectionReminders").WithSummary("Не сдали: организации, не отправившие форму");
        collection.MapGet("/submissions/{submissionId:int}", Submission).WithName("CollectionSubmission").WithSummary("Форма организации со значениями");
        collection.MapPut("/submissions/{submissionId:int}/values", SaveDraft).RequireAuthorization(p => p.RequireRole(CollectionAccess.Fillers))
            .WithName("SaveCollectionDraft").WithSummary("Сохранить черновик: {values: {код: число}}");
        collection.MapPost("/submissions/{submissionId:int}/submit", Submit).RequireAuthorization(p => p.RequireRole(CollectionAccess.Fillers))
            .WithName("SubmitCollection").WithSummary("Отправить форму на проверку (значения — как у черновика; без тела — сохранённые)");
        collection.MapPost("/submissions/{submissionId:int}/approve", Approve).RequireAuthorization(p => p.RequireRole(CollectionAccess.Approvers))
            .WithName("ApproveCollection").WithSummary("Утвердить отправленную форму (после утверждения она закрыта для изменений)");
        collection.MapPost("/submissions/{submissionId:int}/return", Return).RequireAuthorization(p => p.RequireRole(CollectionAccess.Approvers))
            .WithName("ReturnCollection").WithSummary("Вернуть форму на доработку: {reason}");
        collection.MapPost("/submissions/{submissionId:int}/reopen", Reopen).RequireAuthorization(p => p.RequireRole(CollectionAccess.Approvers))
            .WithName("ReopenCollection").WithSummary("Повторно открыть утверждённую форму: {reason} (записывается в журнал аудита)");

        var export = app.MapGroup("/export/monitoring").WithTags("Выгрузки");
        export.MapGet("/calendar.xlsx", CalendarExport).WithName("ExportMonitoringCalendar").WithSummary("Календарь мониторинга в Excel (параметры как у календаря)");
        export.MapGet("/requests/{requestId:int}/submissions.xlsx", GridExport).RequireAuthorization(p => p.RequireRole(CollectionAccess.Readers))
            .WithName("ExportCollectionGrid").WithSummary("Сводная таблица запроса в Excel");
        export.MapGet("/requests/{requestId:int}/reminders.xlsx", RemindersExport).RequireAuthorization(p => p.RequireRole(CollectionAccess.Readers))
            .WithName("ExportCollectionReminders").WithSummary("Список «Не сдали» в Excel");
        return app;
    }

    public static string CalendarExportUrl(CalendarFilter f) => "/export/monitoring/calendar.xlsx" + CalendarQuery(f);

    public static string CalendarQuery(CalendarFilter f)
    {
        var parts = new List<string> { $"schoolYear={f.SchoolYear}" };
        if (f.MunicipalityId is { } m) parts.Add($"municipalityId={m}");
        if (f.Status is { } s) parts.Add($"status={s}");
        if (!string.IsNullOrWhiteSpace(f.Responsible)) parts.Add($"responsible={Uri.EscapeDataString(f.Responsible)}");
        if (f.OverdueOnly) parts.Add("overdue=true");
        return "?" + string.Join('&', parts);
    }

    private static CalendarFilter CalendarFilterOf(int? schoolYear, int? municipalityId, MonitoringEventStatus? status, string? responsible, bool? overdue, EduCycleDbContext db) =>
        new(schoolYear ?? SchoolYear.Containing(db.Scope.Today).StartYear)
        {
            MunicipalityId = municipalityId,
            Status = status,
            Responsible = responsible,
            OverdueOnly = overdue == true,
        };

    private static async Task<Ok<List<CalendarRow>>> Calendar(int? schoolYear, int? municipalityId, MonitoringEventStatus? status, string? responsible, bool? overdue,
        EduCycleDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await CalendarQueries.Rows(db, CalendarFilterOf(schoolYear, municipalityId, status, responsible, overdue, db)).ToListAsync(ct));

    private static XlsxFile<CalendarExportRow> CalendarExport(int? schoolYear, int? municipalityId, MonitoringEventStatus? status, string? responsible, bool? overdue,
        EduCycleDbContext db)
    {
        var filter = CalendarFilterOf(schoolYear, municipalityId, status, responsible, overdue, db);
        return Xlsx.File(CalendarQueries.Rows(db, filter).AsAsyncEnumerable().Select(CalendarExportRow.From),
            $"monitoring-calendar-{filter.SchoolYear}.xlsx", "Календарь мониторинга");
    }

    public sealed record GenerateRequest(int SchoolYear);

    private static async Task<Results<Ok<int>, ProblemHttpResult>> Generate(GenerateRequest request, MonitoringCalendar calendar, HttpContext http, EduCycleDbContext db, CancellationToken ct)
    {
        if (request.SchoolYear is < 2000 or > 2100) return Problem(Refusal.Invalid("Календарь не сформирован", "schoolYear", "Укажите год начала учебного года (например, 2025)"));
        var outcome = await calendar.GenerateAsync(ActorOf(http, db), new SchoolYear(request.SchoolYear), ct);
        return outcome.Refusal is { } refusal ? Problem(refusal) : TypedResults.Ok(outcome.Value);
    }

    private static async Task<Results<Ok<CalendarRow>, ProblemHttpResult>> SetStatus(int eventId, EventStatusChange change, MonitoringCalendar calendar,
        HttpContext http, EduCycleDbContext db, CancellationToken ct)
    {
        var outcome = await calendar.SetStatusAsync(ActorOf(http, db), eventId, change, ct);
        return outcome.Refusal is { } refusal ? Problem(refusal) : TypedResults.Ok(outcome.Value!);
    }

    private static async Task<Ok<List<CollectedElement>>> Elements(EduCycleDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.CollectedElements.OrderBy(e => e.Code).ToListAsync(ct));

    private static async Task<Ok<List<FormDefinition>>> Forms(EduCycleDbContext db, CollectionService service, CancellationToken ct)
    {
        var ids = await db.CollectionForms.OrderBy(f => f.Name).Select(f => f.Id).ToListAsync(ct);
        var forms = new List<FormDefinition>();
        foreach (var id in ids) forms.Add(await service.FormAsync(id, ct));
        return TypedResults.Ok(forms);
    }

    private static async Task<Ok<List<RequestRow>>> Requests(int? schoolYear, EduCycleDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await CollectionQueries.RequestsAsync(db, schoolYear, ct));

    private static async Task<Results<Created<RequestRow>, ProblemHttpResult>> CreateRequest(NewCollectionRequest request, CollectionService service,
        HttpContext http, EduCycleDbContext db, CancellationToken ct)
    {
        var outcome = await service.CreateRequestAsync(ActorOf(http, db), request, ct);
        if (outcome.Refusal is { } refusal) return Problem(refusal);
        return TypedResults.Created($"/api/v1/monitoring/requests/{outcome.Value}/submissions", await CollectionQueries.RequestAsync(db, outcome.Value, ct));
    }

    private static async Task<Results<Ok<List<GridRow>>, ProblemHttpResult>> Grid(int requestId, EduCycleDbContext db, CancellationToken ct) =>
        await CollectionQueries.RequestAsync(db, requestId, ct) is null ? Problem(Refusal.NotFound()) : TypedResults.Ok(await CollectionQueries.GridAsync(db, requestId, ct));

    private static async Task<Results<Ok<List<ReminderRow>>, ProblemHttpResult>> Reminders(int requestId, EduCycleDbContext db, CancellationToken ct) =>
        await CollectionQueries.RequestAsync(db, requestId, ct) is null ? Problem(Refusal.NotFound()) : TypedResults.Ok(await CollectionQueries.RemindersAsync(db, requestId, ct));

    private static async Task<Results<CollectionGridFile, ProblemHttpResult>> GridExport(int requestId, EduCycleDbContext db, CollectionService service, CancellationToken ct)
    {
        var request = await db.CollectionRequests.Where(r => r.Id == requestId).Select(r => new { r.FormId, r.SchoolYear }).FirstOrDefaultAsync(ct);
        if (request is null) return Problem(Refusal.NotFound());
        var form = await service.FormAsync(request.FormId, ct);
        return new CollectionGridFile(form, await CollectionQueries.GridAsync(db, requestId, ct), $"collection-{requestId}-{request.SchoolYear}.xlsx");
    }

    private static async Task<Results<XlsxFile<ReminderExportRow>, ProblemHttpResult>> RemindersExport(int requestId, EduCycleDbContext db, CancellationToken ct)
    {
        if (await CollectionQueries.RequestAsync(db, requestId, ct) is null) return Problem(Refusal.NotFound());
        var rows = await CollectionQueries.RemindersAsync(db, requestId, ct);
        return Xlsx.File(rows.Select(ReminderExportRow.From).ToAsyncEnumerable(), $"not-submitted-{requestId}.xlsx", "Не сдали");
    }

    private static async Task<Results<Ok<SubmissionDetails>, ProblemHttpResult>> Submission(int submissionId, CollectionService service, HttpContext http,
        EduCycleDbContext db, CancellationToken ct) =>
        await service.GetAsync(ActorOf(http, db), submissionId, ct) is { } details ? TypedResults.Ok(details) : Problem(Refusal.NotFound());

    private static Task<Results<Ok<SubmissionDetails>, ProblemHttpResult>> SaveDraft(int submissionId, SubmissionValues values, CollectionService service,
        HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
        Then(service.SaveDraftAsync(ActorOf(http, db), submissionId, values, ct), submissionId, service, http, db, ct);

    private static Task<Results<Ok<SubmissionDetails>, ProblemHttpResult>> Submit(int submissionId, SubmissionValues? values, CollectionService service,
        HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
        Then(service.SubmitAsync(ActorOf(http, db), submissionId, values, ct), submissionId, service, http, db, ct);

    private static Task<Results<Ok<SubmissionDetails>, ProblemHttpResult>> Approve(int submissionId, CollectionService service,
        HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
        Then(service.ApproveAsync(ActorOf(http, db), submissionId, ct), submissionId, service, http, db, ct);

    private static Task<Results<Ok<SubmissionDetails>, ProblemHttpResult>> Return(int submissionId, ReasonRequest request, CollectionService service,
        HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
        Then(service.ReturnAsync(ActorOf(http, db), submissionId, request.Reason, ct), submissionId, service, http, db, ct);

    private static Task<Results<Ok<SubmissionDetails>, ProblemHttpResult>> Reopen(int submissionId, ReasonRequest request, CollectionService service,
        HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
        Then(service.ReopenAsync(ActorOf(http, db), submissionId, request.Reason, ct), submissionId, service, http, db, ct);

    private static async Task<Results<Ok<SubmissionDetails>, ProblemHttpResult>> Then(Task<Outcome<int>> operation, int submissionId, CollectionService service,
        HttpContext http, EduCycleDbContext db, CancellationToken ct)
    {
        var outcome = await operation;
        if (outcome.Refusal is { } refusal) return Problem(refusal);
        return TypedResults.Ok((await service.GetAsync(ActorOf(http, db), submissionId, ct))!);
    }

    private static Actor ActorOf(HttpContext http, EduCycleDbContext db) => Actor.From(http.User, db.Scope);

    /// <summary>RFC 7807: refusals name what is wrong (problems carry the field codes).</summary>
    private static ProblemHttpResult Problem(Refusal refusal) => ApiProblems.From(refusal, StatusCodes.Status400BadRequest);
}
