using System.Globalization;
using EduCycle.Web.Features.Instruments.Results;
using MiniExcelLibs.Attributes;

namespace EduCycle.Web.Features.Instruments.Api;

/// <summary>A row of the results export: one municipality or the region.</summary>
public sealed class ResultExportRow
{
    [ExcelColumn(Name = "Муниципалитет", Width = 36)] public required string Area { get; init; }
    [ExcelColumn(Name = "Результатов", Width = 14)] public required int Count { get; init; }
    [ExcelColumn(Name = "Средний балл", Width = 14, Format = "0.00")] public double? MeanTotal { get; init; }
    [ExcelColumn(Name = "Доля эффективных", Width = 18, Format = "0.0%")] public double? EffectiveShare { get; init; }
    [ExcelColumn(Name = "По уровням", Width = 80)] public required string Bands { get; init; }

    public static ResultExportRow From(AreaResults area) => new()
    {
        Area = area.Name,
        Count = area.Count,
        MeanTotal = area.MeanTotal,
        EffectiveShare = area.EffectiveShare,
        Bands = string.Join("; ", area.Bands.OrderByDescending(b => b.Value).Select(b => $"{b.Key}: {b.Value.ToString(CultureInfo.InvariantCulture)}")),
    };
}
