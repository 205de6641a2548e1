using EduCycle.Engine.Calendar;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Definitions;
using EduCycle.Web.Features.Indicators.Targets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EduCycle.Web.Features.Indicators.Api;

/// <summary>The indicators' JSON API, <c>/api/v1/indicators</c>: definitions, values, the records behind them, findings.</summary>
public static class IndicatorApi
{
    /// <summary>Roles that see indicator values (each in its scope); teachers do not.</summary>
    public const string Analysts = Roles.RegionalOperator + "," + Roles.RegionalMethodist + "," + Roles.MunicipalOperator + ","
        + Roles.MunicipalMethodist + "," + Roles.Head + "," + Roles.Curator;

    /// <summary>Roles that set targets and run the detection of findings.</summary>
    public const string Planners = Roles.RegionalOperator + "," + Roles.MunicipalOperator;

    public static IEndpointRouteBuilder MapIndicatorApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/indicators").WithTags("Показатели").RequireAuthorization(p => p.RequireRole(Analysts.Split(',')));
        api.MapGet("/", ListAsync).WithSummary("Показатели, действующие в учебном году (period, по умолчанию текущий)");
        api.MapGet("/{code}", DefinitionAsync).WithSummary("Определение показателя: все версии");
        api.MapGet("/{code}/values", ValuesAsync).WithSummary("Значения показателя: числитель, знаменатель, значение по подразделениям")
            .WithDescription("Параметры: unit — код региона, муниципалитета или организации (без него — все муниципалитеты); "
                + "level (Organisation, Municipality, Region) — уровень, если unit не задан; period — учебный год («2025/26» или 2025, "
                + "по умолчанию текущий); breakdown — разрез из названных в методике (subject, group, age…). Нулевой знаменатель — "
                + "value = null («нет значения»).");
        api.MapGet("/{code}/records", RecordsAsync).WithSummary("Записи, учтённые в числителе значения (детализация)")
            .WithDescription("Параметры: unit (обязателен), period, element — номер ссылки числителя (с 0), breakdown и value — значение разреза.");
        api.MapGet("/findings", FindingsAsync).WithSummary("Проблемные зоны (находки) учебного года");
        api.MapPost("/findings/detect", DetectAsync).WithSummary("Сформировать находки учебного года на уровне")
            .RequireAuthorization(p => p.RequireRole(Planners.Split(',')));
        return app;
    }

    public sealed record DefinitionRow(string Code, int Version, DateOnly ValidFrom, string Name, string Unit, Direction Direction,
        string Numerator, string? Denominator, decimal Factor, IReadOnlyList<string> Breakdowns, int? DynamicsYears, string Source);

    public sealed record ValueRow(string Indicator, int Version, string Period, UnitLevel Level, string UnitCode, string UnitName,
        string? Breakdown, double? Numerator, double? Denominator, double? Value);

    public sealed record RecordsRow(string Element, string ElementName, string UnitCode, string Period, int Count, IReadOnlyList<DrillRecord> Records);

    private static DefinitionRow Row(IndicatorDefinition d) => new(d.Code, d.Version, d.ValidFrom, d.Name, d.Unit, d.Direction,
        d.Numerator, d.Denominator, d.Factor, d.BreakdownList, d.DynamicsYears, d.Source);

    private static async Task<Results<Ok<IReadOnlyList<DefinitionRow>>, ValidationProblem>> ListAsync(
        string? period, EduCycleDbContext db, IndicatorCatalog catalog, CancellationToken ct)
    {
        if (IndicatorRequest.Period(period, db) is not { } year) return IndicatorRequest.BadPeriod();
        return TypedResults.Ok<IReadOnlyList<DefinitionRow>>((await catalog.InForceAsync(year.StartYear, ct)).Select(Row).ToList());
    }

    private static async Task<Results<Ok<IReadOnlyList<DefinitionRow>>, ProblemHttpResult>> DefinitionAsync(
        string code, IndicatorCatalog catalog, CancellationToken ct)
    {
        var versions = await catalog.VersionsAsync(code, ct);
        return versions.Count == 0 ? UnknownIndicator(code) : TypedResults.Ok<IReadOnlyList<DefinitionRow>>(versions.Select(Row).ToList());
    }

    private static async Task<Results<Ok<IReadOnlyList<ValueRow>>, ProblemHttpResult, ValidationProblem>> ValuesAsync(
        string code, string? unit, UnitLevel? level, string? period, string? breakdown, EduCycleDbContext db,
        IndicatorCatalog catalog, IndicatorValues values, UnitResolver units, CancellationToken ct)
    {
        if (IndicatorRequest.Period(period, db) is not { } year) return IndicatorRequest.BadPeriod();
        if (await catalog.InForceAsync(code, year.StartYear, ct) is not { } definition) return UnknownIndicator(code);
        if (breakdown is not null && !definition.BreakdownList.Contains(breakdown))
            return IndicatorRequest.BadBreakdown(definition);
        UnitQuery query;
        if (unit is not null)
        {
            if (await units.FindAsync(unit, ct) is not { } found) return UnknownUnit(unit);
            query = new UnitQuery(found.Level, OnlyUnit: found.Id);
        }
        else query = new UnitQuery(level ?? UnitLevel.Municipality);
        var computed = await values.ComputeAsync(definition, query, year.StartYear, breakdown, ct);
        var codes = await units.CodesAsync(query.Level, computed.Select(v => v.UnitId).Distinct().ToList(), ct);
        return TypedResults.Ok<IReadOnlyList<ValueRow>>(computed.Select(v => new ValueRow(definition.Code, definition.Version,
            year.ToString(), query.Level, codes.GetValueOrDefault(v.UnitId, ""), v.UnitName, v.Breakdown, v.Numerator, v.Denominator, v.Value)).ToList());
    }

    private static async Task<Results<Ok<RecordsRow>, ProblemHttpResult, ValidationProblem>> RecordsAsync(
        string code, string? unit, string? period, int? element, string? breakdown, string? value, EduCycleDbContext db,
        IndicatorCatalog catalog, DrillDown drill, UnitResolver units, CancellationToken ct)
    {
        if (IndicatorRequest.Period(period, db) is not { } year) return IndicatorRequest.BadPeriod();
        if (await catalog.InForceAsync(code, year.StartYear, ct) is not { } definition) return UnknownIndicator(code);
        if (unit is null) return IndicatorRequest.Problem("unit", "Укажите подразделение (unit) — код региона, муниципалитета или организации.");
        if (await units.FindAsync(unit, ct) is not { } found) return UnknownUnit(unit);
        var references = await drill.NumeratorReferencesAsync(definition, ct);
        var index = element ?? 0;
        if (index < 0 || index >= references.Count)
            return IndicatorRequest.BadElement(code, references.Count);
        if (breakdown is not null && !definition.BreakdownList.Contains(breakdown))
            return IndicatorRequest.BadBreakdown(definition);
        var (dataElement, records) = await drill.RecordsAsync(references[index], found.Level, found.Id, year.StartYear, breakdown, value, ct);
        return TypedResults.Ok(new RecordsRow(dataElement.Code, dataElement.Name, found.Code, year.ToString(), records.Count, records));
    }

    private static async Task<Results<Ok<List<Finding>>, ValidationProblem>> FindingsAsync(
        string? period, UnitLevel? level, EduCycleDbContext db, CancellationToken ct)
    {
        if (IndicatorRequest.Period(period, db) is not { } year) return IndicatorRequest.BadPeriod();
        var query = db.Findings.Where(f => f.SchoolYear == year.StartYear);
        if (level is { } l) query = query.Where(f => f.Level == l);
        return TypedResults.Ok(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            query.OrderByDescending(f => f.Severity).ThenBy(f => f.IndicatorCode).ThenBy(f => f.UnitName), ct));
    }

    private static async Task<Results<Ok<int>, ValidationProblem>> DetectAsync(
        string? period, UnitLevel? level, EduCycleDbContext db, FindingDetector detector, CancellationToken ct)
    {
        if (IndicatorRequest.Period(period, db) is not { } year) return IndicatorRequest.BadPeriod();
        return TypedResults.Ok((await detector.DetectAsync(year.StartYear, level ?? UnitLevel.Municipality, ct: ct)).Count);
    }

    private static ProblemHttpResult UnknownIndicator(string code) =>
        TypedResults.Problem($"Нет показателя с кодом «{code}», действующего в этом учебном году.", statusCode: 404, title: "Показатель не найден");

    private static ProblemHttpResult UnknownUnit(string code) =>
        TypedResults.Problem($"Нет доступного вам региона, муниципалитета или организации с кодом «{code}».", statusCode: 404, title: "Подразделение не найдено");
}
