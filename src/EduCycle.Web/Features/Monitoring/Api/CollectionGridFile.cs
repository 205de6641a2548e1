using EduCycle.Web.Features.Monitoring.Collection;
using EduCycle.Web.Infrastructure.Export;
using MiniExcelLibs;

namespace EduCycle.Web.Features.Monitoring.Api;

/// <summary>The request's grid as .xlsx: one column per form field (its Russian name and unit), numbers as numbers.</summary>
public sealed class CollectionGridFile(FormDefinition form, IReadOnlyList<GridRow> rows, string fileName) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var sheet = rows.Select(r =>
        {
            var row = new Dictionary<string, object?>
            {
                ["Организация"] = r.Organisation,
                ["Муниципалитет"] = r.Municipality ?? "",
                ["Состояние"] = MonitoringLabels.Of(r.Status, r.Started),
                ["Отправлено"] = r.SubmittedAt?.ToLocalTime(),
                ["Утверждено"] = r.ApprovedAt?.ToLocalTime(),
            };
            foreach (var f in form.Fields) row[$"{f.Name}, {f.Unit}"] = r.Values.GetValueOrDefault(f.Code);
            return row;
        }).ToList();
        var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: "Сводная", excelType: ExcelType.XLSX, cancellationToken: httpContext.RequestAborted);
        stream.Position = 0;
        await TypedResults.File(stream, XlsxFile<object>.ContentType, fileName).ExecuteAsync(httpContext);
    }
}
