using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace EduCycle.Web.Infrastructure.Export;

/// <summary>
/// An .xlsx download of a row sequence. Rows are typed with MiniExcel's <c>[ExcelColumn]</c> (Russian
/// header, date format, width), so dates land in Excel as dates and numbers as numbers. Rows stream from
/// the query into a temporary file (MiniExcel seeks back to write the sheet's dimension, which a response
/// body can't do), then the file streams to the client: memory stays flat for any number of rows.
/// </summary>
public sealed class XlsxFile<T>(IAsyncEnumerable<T> rows, string fileName, string sheetName) : IResult
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var ct = httpContext.RequestAborted;
        var path = Path.Combine(Path.GetTempPath(), $"educycle-export-{Guid.NewGuid():N}.xlsx");
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        await file.SaveAsAsync(rows, printHeader: true, sheetName: sheetName, excelType: ExcelType.XLSX,
            configuration: new OpenXmlConfiguration { TableStyles = TableStyles.Default }, cancellationToken: ct);
        file.Position = 0;
        await TypedResults.File(file, ContentType, fileName).ExecuteAsync(httpContext);
    }
}

public static class Xlsx
{
    public static XlsxFile<T> File<T>(IAsyncEnumerable<T> rows, string fileName, string sheetName) => new(rows, fileName, sheetName);
}
