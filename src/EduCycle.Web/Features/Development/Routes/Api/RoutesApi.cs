using EduCycle.Web.Data;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Features.Instruments.Api;
using EduCycle.Web.Features.Registry.Queries;
using EduCycle.Web.Infrastructure.Export;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Routes.Api;

/// <summary>Individual educational routes, <c>/api/v1/routes</c>, and their Excel export; everything under the caller's scope.</summary>
public static class RoutesApi
{
    public static IEndpointRouteBuilder MapRoutesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Индивидуальные маршруты");
        api.MapGet("/routes", List).WithName("ListRoutes").WithSummary("Индивидуальные образовательные маршруты в области доступа, постранично")
            .WithDescription("Параметры: status (Draft, Approved, InProgress, Completed, Cancelled), municipalityId, organisationId, personId, "
                + "overdue (true — только просроченные), search, page (с 1), pageSize (1–500).");
        api.MapGet("/routes/{id:int}", Get).WithName("GetRoute")
            .WithSummary("Маршрут: педагог, дефициты, пункты, история состояний, результаты до и после по группам компетенций");
        api.MapPost("/people/{id:int}/routes/draft", Draft).RequireAuthorization(p => p.RequireRole(RouteAccess.Editors))
            .WithName("DraftRoute").WithSummary("Составить черновик маршрута по открытым дефицитам педагога и каталогу ДПП и мероприятий");
        api.MapPost("/routes/{id:int}/transitions", Transition).RequireAuthorization(p => p.RequireRole(RouteAccess.Editors))
            .WithName("TransitionRoute").WithSummary("Перевести маршрут в другое состояние: {to, reason, closingResultId}")
            .WithDescription("Черновик → утверждён → выполняется → завершён; черновик, утверждённый и выполняемый можно отменить, "
                + "утверждённый — вернуть на доработку (для отмены и возврата нужна причина). Завершение — с повторной диагностикой.");
        app.MapGet("/export/routes.xlsx", Export).WithTags("Выгрузки").WithName("ExportRoutes")
            .WithSummary("Выгрузка маршрутов в Excel (параметры как у /api/v1/routes)");
        return app;
    }

    public static string ExportUrl(RouteFilter filter) => "/export/routes.xlsx" + QueryString(filter);

    private static async Task<Results<Ok<Paged<RouteRow>>, ProblemHttpResult>> List(
        RouteStatus? status, int? municipalityId, int? organisationId, int? personId, bool? overdue, string? search, int? page, int? pageSize,
        EduCycleDbContext db, CancellationToken ct)
    {
        var (p, size) = (page ?? 1, pageSize ?? 50);
        if (p < 1 || size is < 1 or > Paging.MaxPageSize)
            return Problem(Refusal.Invalid("Неверные параметры запроса", "pageSize", $"page — с 1, pageSize — от 1 до {Paging.MaxPageSize}"));
        var rows = RouteQueries.Rows(db, Filter(status, municipalityId, organisationId, personId, overdue, search));
        return TypedResults.Ok(await rows.PageAsync(await rows.CountAsync(ct), p, size, ct));
    }

    private static async Task<Results<Ok<RouteDetails>, ProblemHttpResult>> Get(int id, RouteService routes, HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
        await routes.GetAsync(ActorOf(http, db), id, ct) is { } details ? TypedResults.Ok(details) : Problem(Refusal.NotFound());

    private static async Task<Results<Ok<RouteDetails>, ProblemHttpResult>> Draft(int id, RouteService routes, HttpContext http, EduCycleDbContext db, CancellationToken ct)
    {
        var actor = ActorOf(http, db);
        var drafted = await routes.DraftAsync(actor, id, ct);
        if (drafted.Refusal is { } refusal) return Problem(refusal);
        return TypedResults.Ok((await routes.GetAsync(actor, drafted.Value, ct))!);
    }

    private static async Task<Results<Ok<RouteDetails>, ProblemHttpResult>> Transition(
        int id, TransitionRequest request, RouteService routes, HttpContext http, EduCycleDbContext db, CancellationToken ct)
    {
        var actor = ActorOf(http, db);
        var moved = await routes.TransitionAsync(actor, id, request, ct);
        if (moved.Refusal is { } refusal) return Problem(refusal);
        return TypedResults.Ok((await routes.GetAsync(actor, id, ct))!);
    }

    private static XlsxFile<RouteExportRow> Export(
        RouteStatus? status, int? municipalityId, int? organisationId, int? personId, bool? overdue, string? search, EduCycleDbContext db) =>
        Xlsx.File(RouteQueries.Rows(db, Filter(status, municipalityId, organisationId, personId, overdue, search)).AsAsyncEnumerable().Select(RouteExportRow.From),
            $"routes-{db.Scope.Today:yyyy-MM-dd}.xlsx", "Маршруты");

    private static RouteFilter Filter(RouteStatus? status, int? municipalityId, int? organisationId, int? personId, bool? overdue, string? search) => new()
    {
        Status = status,
        MunicipalityId = municipalityId,
        OrganisationId = organisationId,
        PersonId = personId,
        OverdueOnly = overdue == true,
        Search = search,
    };

    private static string QueryString(RouteFilter f)
    {
        var parts = new List<string>();
        if (f.Status is { } s) parts.Add($"status={s}");
        if (f.MunicipalityId is { } m) parts.Add($"municipalityId={m}");
        if (f.OrganisationId is { } o) parts.Add($"organisationId={o}");
        if (f.PersonId is { } p) parts.Add($"personId={p}");
        if (f.OverdueOnly) parts.Add("overdue=true");
        if (!string.IsNullOrWhiteSpace(f.Search)) parts.Add($"search={Uri.EscapeDataString(f.Search)}");
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static Actor ActorOf(HttpContext http, EduCycleDbContext db) => Actor.From(http.User, db.Scope);

    /// <summary>RFC 7807 answers: a refused transition or invalid input is a 400 naming what is wrong.</summary>
    private static ProblemHttpResult Problem(Refusal refusal) => ApiProblems.From(refusal, StatusCodes.Status400BadRequest);
}
