using EduCycle.Engine.Indicators;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Indicators.Api;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Definitions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EduCycle.Web.Features.Indicators.Analysis;

/// <summary>Targets of an indicator and the definition editor's endpoints under <c>/api/v1/indicators</c>.</summary>
public static class AnalysisApi
{
    public static IEndpointRouteBuilder MapAnalysisApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/indicators").WithTags("Показатели")
            .RequireAuthorization(p => p.RequireRole(IndicatorApi.Analysts.Split(',')));
        api.MapGet("/{code}/targets", ListTargetsAsync).WithSummary("Целевые значения показателя на учебный год")
            .WithDescription("Параметры: period — учебный год («2025/26» или 2025, по умолчанию текущий), level — уровень (Region, Municipality, Organisation).");
        api.MapPut("/{code}/targets", PutTargetAsync).RequireAuthorization(p => p.RequireRole(IndicatorApi.Planners.Split(',')))
            .WithSummary("Задать целевое значение: {period, level, unit, value}")
            .WithDescription("unit — код подразделения уровня level; без него — значение для всех подразделений уровня. Задаёт новое или "
                + "меняет существующее. Региональный оператор — на любом уровне, муниципальный — только для организаций своего муниципалитета. "
                + "Для показателей в процентах — от 0 до 100.");
        api.MapDelete("/{code}/targets", DeleteTargetAsync).RequireAuthorization(p => p.RequireRole(IndicatorApi.Planners.Split(',')))
            .WithSummary("Удалить целевое значение (параметры period, level, unit)");
        api.MapPost("/validate", ValidateAsync).WithSummary("Проверить формулу: {numerator, denominator, breakdowns}")
            .WithDescription("Ответ — список ошибок: field (numerator, denominator), position (с 1), length, message (по-русски). Пустой — формула верна.");
        api.MapPost("/", CreateAsync).RequireAuthorization(p => p.RequireRole(Roles.RegionalOperator))
            .WithSummary("Добавить показатель или новую версию показателя (региональный оператор)")
            .WithDescription("Тело — все поля определения: code, name, area, task, unit, direction (HigherIsBetter, LowerIsBetter), numerator, "
                + "denominator, factor, breakdowns, dynamicsYears, source, description, validFrom. Новая версия действует позже последней.");
        return app;
    }

    public sealed record TargetApiRow(string Indicator, string Period, UnitLevel Level, string? UnitCode, string? UnitName, double Value,
        string CreatedBy, DateTime CreatedAt);

    public sealed record TargetBody(string? Period, UnitLevel Level, string? Unit, double? Value);

    public sealed record FormulaBody(string? Numerator, string? Denominator, string? Breakdowns);

    public sealed record FormulaProblem(string Field, int Position, int Length, string Message);

    private static async Task<Results<Ok<IReadOnlyList<TargetApiRow>>, ValidationProblem>> ListTargetsAsync(
        string code, string? period, UnitLevel? level, EduCycleDbContext db, TargetEditor targets, UnitResolver units, CancellationToken ct)
    {
        if (IndicatorRequest.Period(period, db) is not { } year) return IndicatorRequest.BadPeriod();
        var rows = await targets.ListAsync(year.StartYear, code, level, ct);
        var codes = new Dictionary<UnitLevel, IReadOnlyDictionary<int, string>>();
        foreach (var used in rows.Select(r => r.Level).Distinct()) codes[used] = await units.CodesAsync(used, rows.Where(r => r.Level == used && r.UnitId != null).Select(r => r.UnitId!.Value).ToList(), ct);
        return TypedResults.Ok<IReadOnlyList<TargetApiRow>>(rows.Select(r => new TargetApiRow(r.IndicatorCode, year.ToString(), r.Level,
            r.UnitId is { } id ? codes[r.Level].GetValueOrDefault(id) : null, r.UnitName, r.Value, r.CreatedBy, r.CreatedAt)).ToList());
    }

    private static async Task<Results<Ok<TargetApiRow>, ValidationProblem, ProblemHttpResult>> PutTargetAsync(
        string code, TargetBody body, EduCycleDbContext db, TargetEditor targets, UnitResolver units, CancellationToken ct)
    {
        if (IndicatorRequest.Period(body.Period, db) is not { } year) return IndicatorRequest.BadPeriod();
        var unit = await UnitAsync(body.Unit, body.Level, units, ct);
        if (unit.Problem is { } problem) return problem;
        var existing = await targets.FindAsync(code, year.StartYear, body.Level, unit.Ref?.Id, ct);
        var outcome = await targets.SaveAsync(new TargetDraft(code, year.StartYear, body.Level, unit.Ref?.Id, body.Value), existing?.Id, ct);
        if (outcome.Forbidden) return Forbidden(outcome);
        if (outcome.Saved is not { } saved) return Invalid(outcome.Problems);
        return TypedResults.Ok(new TargetApiRow(saved.IndicatorCode, year.ToString(), saved.Level, unit.Ref?.Code, unit.Ref?.Name, saved.Value,
            saved.CreatedBy, saved.CreatedAt));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteTargetAsync(
        string code, string? period, UnitLevel? level, string? unit, EduCycleDbContext db, TargetEditor targets, UnitResolver units, CancellationToken ct)
    {
        if (IndicatorRequest.Period(period, db) is not { } year) return IndicatorRequest.BadPeriod();
        var target = await UnitAsync(unit, level ?? UnitLevel.Municipality, units, ct);
        if (target.Problem is { } problem) return problem;
        if (await targets.FindAsync(code, year.StartYear, level ?? UnitLevel.Municipality, target.Ref?.Id, ct) is not { } existing)
            return TypedResults.Problem($"Целевое значение показателя «{code}» на {year} учебный год не задано.", statusCode: 404, title: "Не найдено");
        var outcome = await targets.DeleteAsync(existing.Id, ct);
        if (outcome is null) return TypedResults.NoContent();
        return outcome.Forbidden ? Forbidden(outcome) : Invalid(outcome.Problems);
    }

    private static async Task<(UnitRef? Ref, ProblemHttpResult? Problem)> UnitAsync(string? code, UnitLevel level, UnitResolver units, CancellationToken ct)
    {
        if (code is null) return (null, null);
        if (await units.FindAsync(code, ct) is not { } found || found.Level != level)
            return (null, TypedResults.Problem($"Нет доступного вам подразделения уровня «{IndicatorLabels.Of(level)}» с кодом «{code}».",
                statusCode: 404, title: "Подразделение не найдено"));
        return (found, null);
    }

    private static async Task<Ok<IReadOnlyList<FormulaProblem>>> ValidateAsync(FormulaBody body, IndicatorEditor editor, CancellationToken ct)
    {
        var problems = new List<FormulaProblem>();
        var breakdowns = (body.Breakdowns ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var breakdown in breakdowns.Prepend(null))
        {
            problems.AddRange((await editor.CheckExpressionAsync(body.Numerator ?? "", breakdown, ct)).Select(p => Formula("numerator", p)));
            if (!string.IsNullOrWhiteSpace(body.Denominator))
                problems.AddRange((await editor.CheckExpressionAsync(body.Denominator, breakdown, ct)).Select(p => Formula("denominator", p)));
        }
        return TypedResults.Ok<IReadOnlyList<FormulaProblem>>(problems.Distinct().ToList());
    }

    private static FormulaProblem Formula(string field, ExpressionProblem p) => new(field, p.Position + 1, p.Length, IndicatorLabels.Of(p));

    private static async Task<Results<Created<IndicatorApi.DefinitionRow>, ValidationProblem>> CreateAsync(
        IndicatorDraft draft, IndicatorEditor editor, CancellationToken ct)
    {
        var (saved, problems) = await editor.SaveAsync(draft, ct);
        if (saved is null) return Invalid(problems);
        return TypedResults.Created($"/api/v1/indicators/{Uri.EscapeDataString(saved.Code)}", new IndicatorApi.DefinitionRow(saved.Code, saved.Version,
            saved.ValidFrom, saved.Name, saved.Unit, saved.Direction, saved.Numerator, saved.Denominator, saved.Factor, saved.BreakdownList,
            saved.DynamicsYears, saved.Source));
    }

    private static ValidationProblem Invalid(IReadOnlyList<DraftProblem> problems) => TypedResults.ValidationProblem(
        problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()), title: "Неверные данные");

    private static ProblemHttpResult Forbidden(TargetOutcome outcome) =>
        TypedResults.Problem(outcome.Problems[0].Message, statusCode: 403, title: "Недостаточно прав");
}
