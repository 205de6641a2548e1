using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Pages;
using MiniExcelLibs.Attributes;

namespace EduCycle.Web.Features.Indicators.Exports;

public sealed class ValueExportRow
{
    [ExcelColumn(Name = "Место", Width = 8)] public int? Place { get; init; }
    [ExcelColumn(Name = "Подразделение", Width = 44)] public required string Unit { get; init; }
    [ExcelColumn(Name = "Код", Width = 14)] public required string Code { get; init; }
    [ExcelColumn(Name = "Разрез", Width = 22)] public required string Breakdown { get; init; }
    [ExcelColumn(Name = "Числитель", Width = 12)] public double? Numerator { get; init; }
    [ExcelColumn(Name = "Знаменатель", Width = 12)] public double? Denominator { get; init; }
    [ExcelColumn(Name = "Значение", Width = 12, Format = "0.0")] public double? Value { get; init; }
    [ExcelColumn(Name = "Целевое значение", Width = 12, Format = "0.0")] public double? Target { get; init; }
    [ExcelColumn(Name = "Статус", Width = 18)] public required string Status { get; init; }

    public static ValueExportRow From(RankedValue r) => new()
    {
        Place = r.Place, Unit = r.Value.UnitName, Code = r.Code, Breakdown = IndicatorLabels.BreakdownValue(r.Value.Breakdown),
        Numerator = r.Value.Numerator, Denominator = r.Value.Denominator, Value = r.Value.Value, Target = r.Target,
        Status = TrafficLights.Short(r.Light),
    };
}

public sealed class RecordExportRow
{
    [ExcelColumn(Name = "№", Width = 6)] public int Number { get; init; }
    [ExcelColumn(Name = "Запись", Width = 44)] public required string Name { get; init; }
    [ExcelColumn(Name = "Сведения", Width = 44)] public string? Detail { get; init; }

    public static RecordExportRow From(DrillRecord r, int index) => new() { Number = index + 1, Name = r.Name, Detail = r.Detail };
}
