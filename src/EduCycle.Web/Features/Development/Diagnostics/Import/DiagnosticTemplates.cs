using System.Data;
using System.Text;
using MiniExcelLibs;

namespace EduCycle.Web.Features.Development.Diagnostics.Import;

/// <summary>Empty results files: XLSX with a sheet of hints, or CSV (<c>;</c>, UTF-8 with BOM).</summary>
public static class DiagnosticTemplates
{
    public static byte[] Xlsx()
    {
        var header = new DataTable();
        foreach (var column in DiagnosticColumns.All) header.Columns.Add(column.Header, typeof(string));
        var hints = DiagnosticColumns.All.Select(c => new Dictionary<string, object?>
        {
            ["Столбец"] = c.Header,
            ["Обязательный"] = c.Required ? "да" : "нет",
            ["Что указать"] = DiagnosticColumns.Hint(c),
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { ["Данные"] = header, ["Подсказки"] = hints });
        return stream.ToArray();
    }

    public static byte[] Csv()
    {
        var text = string.Join(';', DiagnosticColumns.All.Select(c => c.Header)) + "\r\n";
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
    }
}
