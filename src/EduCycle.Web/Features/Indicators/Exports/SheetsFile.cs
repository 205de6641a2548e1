using EduCycle.Web.Infrastructure.Export;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace EduCycle.Web.Features.Indicators.Exports;

/// <summary>An .xlsx download of several sheets whose columns are only known at run time (one per unit).</summary>
public sealed class SheetsFile(IReadOnlyDictionary<string, List<Dictionary<string, object?>>> sheets, string fileName) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var stream = new MemoryStream();
        var content = sheets.ToDictionary(s => s.Key, s => (object)s.Value);
        await stream.SaveAsAsync(content, printHeader: true, excelType: ExcelType.XLSX,
            configuration: new OpenXmlConfiguration { TableStyles = TableStyles.Default }, cancellationToken: httpContext.RequestAborted);
        stream.Position = 0;
        await TypedResults.File(stream, XlsxFile<object>.ContentType, fileName).ExecuteAsync(httpContext);
    }
}
