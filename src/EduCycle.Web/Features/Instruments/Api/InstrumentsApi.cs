using System.Text.Json;
using EduCycle.Engine.Instruments;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Instruments.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EduCycle.Web.Features.Instruments.Api;

/// <summary>The instruments catalogue and stateless scoring, <c>/api/v1/instruments</c>.</summary>
public static class InstrumentsApi
{
    public sealed record NewVersionRequest(DateOnly ValidFrom, JsonElement Definition);

    public sealed record NewVersionAnswer(InstrumentVersionRow Version, IReadOnlyList<InstrumentProblem> Warnings);

    public static IEndpointRouteBuilder MapInstrumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/instruments").WithTags("Инструменты");
        api.MapGet("", Latest).WithName("ListInstruments").WithSummary("Инструменты оценки: последняя версия каждого");
        api.MapGet("/{code}/versions", Versions).WithName("ListInstrumentVersions").WithSummary("Все версии инструмента");
        api.MapGet("/{code}/versions/{version:int}", Definition).WithName("GetInstrumentVersion").WithSummary("Определение версии инструмента (JSON)");
        api.MapPost("/{code}/versions", CreateVersion).RequireAuthorization(p => p.RequireRole(Actor.Editors))
            .WithName("CreateInstrumentVersion").WithSummary("Новая версия инструмента (региональный оператор); предупреждения возвращаются");
        api.MapPost("/{code}/versions/{version:int}/score", Score).WithName("ScoreResponse")
            .WithSummary("Подсчёт баллов ответа без сохранения");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<InstrumentVersionRow>>> Latest(InstrumentCatalog catalog, CancellationToken ct) =>
        TypedResults.Ok(await catalog.ListLatestAsync(ct));

    private static async Task<Results<Ok<IReadOnlyList<InstrumentVersionRow>>, ProblemHttpResult>> Versions(string code, InstrumentCatalog catalog, CancellationToken ct) =>
        await catalog.ListVersionsAsync(code, ct) is { Count: > 0 } versions ? TypedResults.Ok(versions) : ApiProblems.From(Refusal.NotFound());

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Definition(string code, int version, InstrumentCatalog catalog, CancellationToken ct) =>
        await catalog.GetJsonAsync(code, version, ct) is { } json
            ? TypedResults.Text(json, "application/json; charset=utf-8")
            : ApiProblems.From(Refusal.NotFound());

    private static async Task<Results<Ok<NewVersionAnswer>, ProblemHttpResult>> CreateVersion(
        string code, NewVersionRequest request, InstrumentCatalog catalog, EduCycleDbContext db, CancellationToken ct)
    {
        var created = await catalog.CreateVersionAsync(code, request.Definition.GetRawText(), request.ValidFrom, db.Scope.UserName, ct);
        return created.Succeeded
            ? TypedResults.Ok(new NewVersionAnswer(created.Created!, created.Problems))
            : ApiProblems.From(Refusal.Invalid("Версия не создана: в определении есть ошибки", created.Problems));
    }

    private static async Task<Results<Ok<InstrumentResult>, ProblemHttpResult>> Score(
        string code, int version, JsonElement response, InstrumentCatalog catalog, CancellationToken ct)
    {
        if (await catalog.GetDefinitionAsync(code, version, ct) is not { } definition) return ApiProblems.From(Refusal.NotFound());
        InstrumentResponse parsed;
        try
        {
            parsed = InstrumentJson.ParseResponse(response.GetRawText());
        }
        catch (InstrumentException e)
        {
            return ApiProblems.From(Refusal.Invalid("Ответ не разобран", e.Problems));
        }
        var outcome = InstrumentScorer.Score(definition, parsed);
        return outcome.Succeeded ? TypedResults.Ok(outcome.Result!) : ApiProblems.From(Refusal.Invalid("Ответ не подсчитан: исправьте ответы", outcome.Problems));
    }
}

/// <summary>RFC 7807 answers for refusals: the Russian title and the instrument problems under <c>problems</c>.</summary>
internal static class ApiProblems
{
    /// <summary>RFC 7807 answer of a refusal; invalid input answers <paramref name="invalidStatus"/> (422 unless an API says 400).</summary>
    public static ProblemHttpResult From(Refusal refusal, int invalidStatus = StatusCodes.Status422UnprocessableEntity) => TypedResults.Problem(
        title: refusal.Title,
        statusCode: refusal.Kind switch
        {
            RefusalKind.NotFound => StatusCodes.Status404NotFound,
            RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
            RefusalKind.Conflict => StatusCodes.Status409Conflict,
            _ => invalidStatus,
        },
        detail: refusal.Problems.Count == 0 ? null : string.Join("; ", refusal.Problems.Where(p => p.IsError).Select(p => p.Message)),
        extensions: refusal.Problems.Count == 0 ? null : new Dictionary<string, object?> { ["problems"] = refusal.Problems });

    public static Results<Ok<T>, ProblemHttpResult> Answer<T>(Outcome<T> outcome) =>
        outcome.Refusal is { } refusal ? From(refusal) : TypedResults.Ok(outcome.Value!);
}
