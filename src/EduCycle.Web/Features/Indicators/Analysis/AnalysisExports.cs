using EduCycle.Web.Data;
using EduCycle.Web.Features.Indicators.Api;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Targets;
using EduCycle.Web.Infrastructure.Export;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;

namespace EduCycle.Web.Features.Indicators.Analysis;

/// <summary>Excel downloads of the analysis screens (clusters, findings, targets), computed on the server under the user's scope.</summary>
public static class AnalysisExports
{
    public static string ClustersUrl(ClusterRequest r) =>
        $"/export/indicators/clusters.xlsx?codes={Uri.EscapeDataString(string.Join(',', r.Codes))}&level={r.Level}&period={r.Year}&k={r.K}"
        + (r.MunicipalityId is { } m ? $"&municipalityId={m}" : "");

    public static string FindingsUrl(FindingFilter filter) => "/export/indicators/findings.xlsx" + filter.QueryString();

    public static string TargetsUrl(int year) => $"/export/indicators/targets.xlsx?period={year}";

    public static IEndpointRouteBuilder MapAnalysisExports(this IEndpointRouteBuilder app)
    {
        var export = app.MapGroup("/export/indicators").WithTags("Выгрузки")
            .RequireAuthorization(p => p.RequireRole(IndicatorApi.Analysts.Split(',')));
        export.MapGet("/clusters.xlsx", ClustersAsync).WithSummary("Кластеризация: подразделения × показатели × кластер")
            .WithDescription("Параметры: codes — коды показателей через запятую (не менее двух), level (Municipality, Organisation), "
                + "municipalityId — для организаций, period — учебный год («2025/26» или 2025), k — число кластеров (2–8).");
        export.MapGet("/findings.xlsx", FindingsAsync).WithSummary("Проблемные зоны учебного года на уровне")
            .WithDescription("Параметры: period, level, code, kind (OffTarget, Worsening), severity (Low, Medium, High), unit — часть названия.");
        export.MapGet("/targets.xlsx", TargetsAsync).WithSummary("Целевые значения показателей на учебный год");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ClustersAsync(
        string? codes, UnitLevel? level, int? municipalityId, string? period, int? k, EduCycleDbContext db, ClusterAnalysis analysis, CancellationToken ct)
    {
        if (IndicatorRequest.Period(period, db) is not { } year) return IndicatorRequest.BadPeriod();
        var request = new ClusterRequest((codes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            level ?? UnitLevel.Municipality, municipalityId, year.StartYear, k ?? 3);
        ClusterResult result;
        try
        {
            result = await analysis.RunAsync(request, ct);
        }
        catch (ClusterRequestException e)
        {
            return IndicatorRequest.Problem(e.Field, e.Message);
        }
        var unitColumn = request.Level == UnitLevel.Organisation ? "Организация" : "Муниципалитет";
        var rows = result.Units.Select(u =>
        {
            var row = new Dictionary<string, object?> { [unitColumn] = u.Name };
            for (var i = 0; i < result.Indicators.Count; i++) row[Header(result.Indicators[i])] = Math.Round(u.Values[i], 2);
            row["Кластер"] = u.Cluster + 1;
            row["Профиль кластера"] = result.Groups.First(g => g.Number == u.Cluster).Description;
            return row;
        }).Concat(result.Excluded.Select(name =>
        {
            var row = new Dictionary<string, object?> { [unitColumn] = name };
            foreach (var indicator in result.Indicators) row[Header(indicator)] = null;
            row["Кластер"] = null;
            row["Профиль кластера"] = "не вошли: нет значения";
            return row;
        })).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: "Кластеры", cancellationToken: ct);
        return TypedResults.File(stream.ToArray(), XlsxFile<object>.ContentType, $"clusters-{request.Year}.xlsx");
    }

    private static string Header(ClusterIndicator indicator) => $"{indicator.Code}, {indicator.Unit}";

    private static async Task<Results<XlsxFile<FindingExportRow>, ValidationProblem>> FindingsAsync(
        string? period, UnitLevel? level, string? code, FindingKind? kind, FindingSeverity? severity, string? unit, EduCycleDbContext db, CancellationToken ct)
    {
        if (IndicatorRequest.Period(period, db) is not { } year) return IndicatorRequest.BadPeriod();
        var filter = new FindingFilter(year.StartYear, level ?? UnitLevel.Municipality, code, kind, severity, unit);
        var rows = await FindingList.Query(db, filter).ToListAsync(ct);
        return Xlsx.File(rows.Select(FindingExportRow.From).ToAsyncEnumerable(), $"findings-{filter.Year}.xlsx", "Проблемные зоны");
    }

    private static async Task<Results<XlsxFile<TargetExportRow>, ValidationProblem>> TargetsAsync(
        string? period, EduCycleDbContext db, TargetEditor targets, CancellationToken ct)
    {
        if (IndicatorRequest.Period(period, db) is not { } year) return IndicatorRequest.BadPeriod();
        var rows = await targets.ListAsync(year.StartYear, ct: ct);
        return Xlsx.File(rows.Select(TargetExportRow.From).ToAsyncEnumerable(), $"targets-{year.StartYear}.xlsx", "Целевые значения");
    }
}

public sealed class FindingExportRow
{
    [ExcelColumn(Name = "Показатель", Width = 12)] public required string Indicator { get; init; }
    [ExcelColumn(Name = "Подразделение", Width = 40)] public required string Unit { get; init; }
    [ExcelColumn(Name = "Проблема", Width = 32)] public required string Kind { get; init; }
    [ExcelColumn(Name = "Значимость", Width = 12)] public required string Severity { get; init; }
    [ExcelColumn(Name = "Значение", Width = 12, Format = "0.00")] public required double Value { get; init; }
    [ExcelColumn(Name = "Целевое значение", Width = 14, Format = "0.00")] public double? Target { get; init; }
    [ExcelColumn(Name = "Прошлый год", Width = 12, Format = "0.00")] public double? Previous { get; init; }
    [ExcelColumn(Name = "Сформировано", Width = 18, Format = "dd.MM.yyyy HH:mm")] public required DateTime DetectedAt { get; init; }

    public static FindingExportRow From(Finding f) => new()
    {
        Indicator = f.IndicatorCode, Unit = f.UnitName, Kind = IndicatorLabels.Of(f.Kind), Severity = IndicatorLabels.Of(f.Severity),
        Value = f.Value, Target = f.Target, Previous = f.PreviousValue, DetectedAt = f.DetectedAt,
    };
}

public sealed class TargetExportRow
{
    [ExcelColumn(Name = "Показатель", Width = 12)] public required string Indicator { get; init; }
    [ExcelColumn(Name = "Наименование", Width = 60)] public required string Name { get; init; }
    [ExcelColumn(Name = "Уровень", Width = 16)] public required string Level { get; init; }
    [ExcelColumn(Name = "Подразделение", Width = 40)] public required string Unit { get; init; }
    [ExcelColumn(Name = "Учебный год", Width = 12)] public required string Year { get; init; }
    [ExcelColumn(Name = "Целевое значение", Width = 14, Format = "0.00")] public required double Value { get; init; }
    [ExcelColumn(Name = "Ед. изм.", Width = 8)] public required string UnitOfMeasure { get; init; }
    [ExcelColumn(Name = "Задал", Width = 20)] public required string CreatedBy { get; init; }

    public static TargetExportRow From(TargetRow t) => new()
    {
        Indicator = t.IndicatorCode, Name = t.IndicatorName, Level = IndicatorLabels.Of(t.Level), Unit = t.UnitName ?? "все подразделения уровня",
        Year = new Engine.Calendar.SchoolYear(t.Year).ToString(), Value = t.Value, UnitOfMeasure = t.IndicatorUnit, CreatedBy = t.CreatedBy,
    };
}
