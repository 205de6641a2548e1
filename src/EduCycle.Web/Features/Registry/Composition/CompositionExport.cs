using EduCycle.Web.Data;
using EduCycle.Web.Features.Registry.Api;
using EduCycle.Web.Infrastructure.Export;
using MiniExcelLibs.Attributes;

namespace EduCycle.Web.Features.Registry.Composition;

/// <summary>A row of the staff-composition table in Excel: counts and shares (%) per municipality, and the total.</summary>
public sealed record CompositionExportRow
{
    [ExcelColumn(Name = "Муниципалитет", Width = 40)] public required string Municipality { get; init; }
    [ExcelColumn(Name = "Работников", Width = 12)] public required int Total { get; init; }
    [ExcelColumn(Name = "Высшее образование, %", Width = 14, Format = "0.0")] public double? HigherEducation { get; init; }
    [ExcelColumn(Name = "Высшая категория, %", Width = 14, Format = "0.0")] public double? HighestCategory { get; init; }
    [ExcelColumn(Name = "Первая категория, %", Width = 14, Format = "0.0")] public double? FirstCategory { get; init; }
    [ExcelColumn(Name = "До 25 лет, %", Width = 12, Format = "0.0")] public double? AgeUnder25 { get; init; }
    [ExcelColumn(Name = "25–34 года, %", Width = 12, Format = "0.0")] public double? Age25To34 { get; init; }
    [ExcelColumn(Name = "35–59 лет, %", Width = 12, Format = "0.0")] public double? Age35To59 { get; init; }
    [ExcelColumn(Name = "60 лет и старше, %", Width = 12, Format = "0.0")] public double? Age60Plus { get; init; }
    [ExcelColumn(Name = "Стаж до 3 лет, %", Width = 12, Format = "0.0")] public double? ExperienceUnder3 { get; init; }
    [ExcelColumn(Name = "Стаж 3–10 лет, %", Width = 12, Format = "0.0")] public double? Experience3To10 { get; init; }
    [ExcelColumn(Name = "Стаж 10–20 лет, %", Width = 12, Format = "0.0")] public double? Experience10To20 { get; init; }
    [ExcelColumn(Name = "Стаж более 20 лет, %", Width = 12, Format = "0.0")] public double? ExperienceOver20 { get; init; }

    public static CompositionExportRow From(CompositionRow r) => new()
    {
        Municipality = r.Municipality,
        Total = r.Total,
        HigherEducation = r.Share(r.HigherEducation),
        HighestCategory = r.Share(r.HighestCategory),
        FirstCategory = r.Share(r.FirstCategory),
        AgeUnder25 = r.Share(r.AgeUnder25),
        Age25To34 = r.Share(r.Age25To34),
        Age35To59 = r.Share(r.Age35To59),
        Age60Plus = r.Share(r.Age60Plus),
        ExperienceUnder3 = r.Share(r.ExperienceUnder3),
        Experience3To10 = r.Share(r.Experience3To10),
        Experience10To20 = r.Share(r.Experience10To20),
        ExperienceOver20 = r.Share(r.ExperienceOver20),
    };
}

public static class CompositionExport
{
    public const string TotalName = "Итого";

    public static string Url(DateOnly asOf) => $"/export/staff-composition.xlsx?asOf={QueryText.Date(asOf)}";

    public static IEndpointRouteBuilder MapCompositionExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/staff-composition.xlsx", ExportAsync).WithTags("Выгрузки").WithName("ExportStaffComposition")
            .WithSummary("Выгрузка кадрового состава по муниципалитетам в Excel");
        return app;
    }

    /// <summary>The municipalities' rows and, when there are several, the total (ratio of sums).</summary>
    public static IReadOnlyList<CompositionRow> WithTotal(IReadOnlyList<CompositionRow> rows) =>
        rows.Count > 1 ? [.. rows, CompositionRow.Sum(rows, TotalName)] : rows;

    private static async Task<XlsxFile<CompositionExportRow>> ExportAsync(DateOnly? asOf, EduCycleDbContext db, CancellationToken ct)
    {
        var date = asOf ?? db.Scope.Today;
        var rows = WithTotal(await StaffComposition.ByMunicipalityAsync(db, date, ct));
        return Xlsx.File(rows.Select(CompositionExportRow.From).ToAsyncEnumerable(), $"staff-composition-{QueryText.Date(date)}.xlsx", "Кадровый состав");
    }
}
