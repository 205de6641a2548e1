using EduCycle.Engine.Calendar;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Indicators.Api;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Pages;
using EduCycle.Web.Infrastructure.Export;
using Microsoft.AspNetCore.Http.HttpResults;
using static System.FormattableString;

namespace EduCycle.Web.Features.Indicators.Exports;

/// <summary>Excel downloads of the indicator pages' tables, computed on the server under the user's scope.</summary>
public static class IndicatorExports
{
    public static string ScorecardUrl(ScorecardFilter filter, bool parts) =>
        Invariant($"/export/indicators/scorecard.xlsx?year={filter.Year}")
        + (filter.Area is null ? "" : "&area=" + Uri.EscapeDataString(filter.Area))
        + (filter.Task is null ? "" : "&task=" + Uri.EscapeDataString(filter.Task))
        + (parts ? "&parts=true" : "");

    public static string ValuesUrl(string code, int year, UnitQuery query, string? breakdown) =>
        Invariant($"/export/indicators/{Uri.EscapeDataString(code)}/values.xlsx?year={year}&level={query.Level}")
        + (query.WithinMunicipality is { } w ? Invariant($"&within={w}") : "")
        + (breakdown is null ? "" : "&breakdown=" + Uri.EscapeDataString(breakdown));

    public static string RecordsUrl(string code, string unit, int year, int element, string? breakdown, string? value) =>
        "/export" + IndicatorLinks.Records(code, unit, year, element, breakdown, value).Replace("/records?", "/records.xlsx?", StringComparison.Ordinal);

    public static IEndpointRouteBuilder MapIndicatorExports(this IEndpointRouteBuilder app)
    {
        var export = app.MapGroup("/export/indicators").WithTags("Выгрузки")
            .RequireAuthorization(p => p.RequireRole(IndicatorApi.Analysts.Split(',')));
        export.MapGet("/scorecard.xlsx", ScorecardAsync).WithSummary("Сводная таблица показателей (значения и статусы)");
        export.MapGet("/{code}/values.xlsx", ValuesAsync).WithSummary("Значения показателя по подразделениям уровня, с местами");
        export.MapGet("/{code}/records.xlsx", RecordsAsync).WithSummary("Записи, учтённые в числителе значения");
        return app;
    }

    /// <summary>The level the values table opens with: a region user's municipalities, everyone else's organisations.</summary>
    public static UnitQuery DefaultQuery(DataScope scope) => scope.Kind switch
    {
        ScopeKind.Region => new UnitQuery(UnitLevel.Municipality),
        ScopeKind.Municipality => new UnitQuery(UnitLevel.Organisation, WithinMunicipality: scope.MunicipalityId),
        _ => new UnitQuery(UnitLevel.Organisation),
    };

    private static async Task<Results<SheetsFile, ValidationProblem>> ScorecardAsync(
        int? year, string? area, string? task, bool? parts, EduCycleDbContext db, CancellationToken ct)
    {
        if (Year(year, db) is not { } y) return BadYear();
        var table = await Scorecard.BuildAsync(new IndicatorWork(db), new ScorecardFilter(y, area, task), null, ct);
        var headers = UniqueHeaders(table.Columns);
        List<Dictionary<string, object?>> Sheet(Action<Dictionary<string, object?>, ScorecardCell, string> cell) =>
            table.Rows.Select(r =>
            {
                var row = new Dictionary<string, object?>
                {
                    ["Код"] = r.Definition.Code, ["Показатель"] = r.Definition.Name, ["Ед. изм."] = r.Definition.Unit,
                };
                for (var i = 0; i < r.Cells.Count; i++) cell(row, r.Cells[i], headers[i]);
                return row;
            }).ToList();
        var values = Sheet((row, c, header) =>
        {
            if (parts == true)
            {
                row[$"{header}: числитель"] = c.Numerator;
                row[$"{header}: знаменатель"] = c.Denominator;
            }
            row[header] = c.Value is { } v ? Math.Round(v, 1) : null;
        });
        var statuses = Sheet((row, c, header) => row[header] = TrafficLights.Short(c.Light));
        var targets = Sheet((row, c, header) => row[header] = c.Target);
        return new SheetsFile(new Dictionary<string, List<Dictionary<string, object?>>>
        {
            ["Показатели"] = values, ["Статус"] = statuses, ["Целевые значения"] = targets,
        }, Invariant($"indicators-{y}.xlsx"));
    }

    private static async Task<Results<XlsxFile<ValueExportRow>, ValidationProblem, ProblemHttpResult>> ValuesAsync(
        string code, int? year, UnitLevel? level, int? within, string? breakdown, EduCycleDbContext db, CancellationToken ct)
    {
        if (Year(year, db) is not { } y) return BadYear();
        var work = new IndicatorWork(db);
        if (await work.Catalog.InForceAsync(code, y, ct) is not { } definition) return NotFound($"Нет показателя с кодом «{code}», действующего в этом учебном году.");
        if (breakdown is not null && !definition.BreakdownList.Contains(breakdown))
            return IndicatorRequest.BadBreakdown(definition);
        var query = level is { } l ? new UnitQuery(l, l == UnitLevel.Organisation ? within : null) : DefaultQuery(db.Scope);
        if (!DrillAccess.MaySeeOrganisationsOf(db.Scope, query.WithinMunicipality)) return NotFound("Нет доступа к организациям этого муниципалитета.");
        var rows = await ValueTable.BuildAsync(work, definition, query, y, breakdown, ct);
        return Xlsx.File(rows.OrderBy(r => r.Place ?? int.MaxValue).Select(ValueExportRow.From).ToAsyncEnumerable(),
            Invariant($"{code}-{y}.xlsx"), code);
    }

    private static async Task<Results<XlsxFile<RecordExportRow>, ValidationProblem, ProblemHttpResult>> RecordsAsync(
        string code, string? unit, int? year, int? element, string? breakdown, string? bk, EduCycleDbContext db, CancellationToken ct)
    {
        if (Year(year, db) is not { } y) return BadYear();
        var work = new IndicatorWork(db);
        if (await work.Catalog.InForceAsync(code, y, ct) is not { } definition) return NotFound($"Нет показателя с кодом «{code}», действующего в этом учебном году.");
        if (unit is null) return IndicatorRequest.Problem("unit", "Укажите подразделение (unit) — код муниципалитета или организации.");
        if (await work.Units.FindAsync(unit, ct) is not { } found || !DrillAccess.MaySeeRecords(db.Scope, found))
            return NotFound($"Нет доступного вам подразделения с кодом «{unit}».");
        if (breakdown is not null && !definition.BreakdownList.Contains(breakdown))
            return IndicatorRequest.BadBreakdown(definition);
        var references = await work.Drill.NumeratorReferencesAsync(definition, ct);
        var index = element ?? 0;
        if (index < 0 || index >= references.Count)
            return IndicatorRequest.BadElement(code, references.Count);
        var (_, records) = await work.Drill.RecordsAsync(references[index], found.Level, found.Id, y, breakdown, bk, ct);
        return Xlsx.File(records.Select(RecordExportRow.From).ToAsyncEnumerable(), Invariant($"{code}-{found.Code}-{y}.xlsx"), "Записи");
    }

    /// <summary>Column headers by unit name, with the code added where two units share a name.</summary>
    private static List<string> UniqueHeaders(IReadOnlyList<ScorecardColumn> columns)
    {
        var duplicates = columns.GroupBy(c => c.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        return columns.Select(c => duplicates.Contains(c.Name) ? $"{c.Name} ({c.Code})" : c.Name).ToList();
    }

    private static int? Year(int? year, EduCycleDbContext db) =>
        year is < 2000 or > 2100 ? null : year ?? SchoolYear.Containing(db.Scope.Today).StartYear;

    private static ValidationProblem BadYear() => IndicatorRequest.Problem("year", "Учебный год указывается годом его начала, например 2025.");

    private static ProblemHttpResult NotFound(string message) =>
        TypedResults.Problem(message, statusCode: 404, title: "Не найдено");
}
