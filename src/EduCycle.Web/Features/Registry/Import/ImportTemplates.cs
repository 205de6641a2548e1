using System.Data;
using System.Text;
using MiniExcelLibs;

namespace EduCycle.Web.Features.Registry.Import;

/// <summary>Empty import templates (XLSX with a sheet of hints, or CSV) and the XLSX report of rejected rows.</summary>
public static class ImportTemplates
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv; charset=utf-8";

    public static string FileName(ImportKind kind, string extension) =>
        $"{(kind == ImportKind.Organisations ? "шаблон-организации" : "шаблон-работники")}.{extension}";

    /// <summary>The first sheet holds the header row to fill; the second explains the columns.</summary>
    public static byte[] Xlsx(ImportKind kind)
    {
        var header = new DataTable();
        foreach (var column in kind.Columns()) header.Columns.Add(column.Header, typeof(string));
        var hints = kind.Columns().Select(c => new Dictionary<string, object?>
        {
            ["Столбец"] = c.Header,
            ["Обязательный"] = c.Required ? "да" : "нет",
            ["Что указать"] = Hint(c),
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { ["Данные"] = header, ["Подсказки"] = hints });
        return stream.ToArray();
    }

    /// <summary>Header line separated by <c>;</c>, UTF-8 with BOM (what Russian Excel opens correctly).</summary>
    public static byte[] Csv(ImportKind kind)
    {
        var text = string.Join(';', kind.Columns().Select(c => c.Header)) + "\r\n";
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
    }

    /// <summary>Rejected rows as a workbook: row, column, value, message.</summary>
    public static byte[] ErrorReport(IEnumerable<ImportError> errors)
    {
        var rows = errors.Select(e => new Dictionary<string, object?>
        {
            ["Строка"] = e.Row,
            ["Столбец"] = e.Column,
            ["Значение"] = e.Value,
            ["Сообщение"] = e.Message,
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "Ошибки");
        return stream.ToArray();
    }

    private static string Hint(ImportColumn c)
    {
        if (c == OrganisationColumns.Kind) return Choices(ImportChoices.OrganisationKinds);
        if (c == OrganisationColumns.ValidFrom) return "дата ДД.ММ.ГГГГ, с которой организация относится к муниципалитету; по умолчанию — сегодня";
        if (c == OrganisationColumns.SocialWellbeingIndex) return "число от 0 до 1";
        if (c == OrganisationColumns.ShareSpecialNeeds || c == OrganisationColumns.ShareNonNativeRussian) return "процент от 0 до 100";
        if (c == OrganisationColumns.StudentCount) return "целое неотрицательное число";
        if (c == OrganisationColumns.IsRural || c == StaffColumns.IsMain) return Choices(ImportChoices.YesNo);
        if (c == StaffColumns.Sex) return "м или ж";
        if (c == StaffColumns.EducationLevel) return Choices(ImportChoices.EducationLevels);
        if (c == StaffColumns.Category) return Choices(ImportChoices.Categories);
        if (c == StaffColumns.Position) return Choices(ImportChoices.Positions);
        if (c == StaffColumns.Subjects) return "коды или названия предметов из справочника через запятую";
        if (c == StaffColumns.OrganisationCode) return "код организации (ИНН), как в реестре организаций";
        if (c == StaffColumns.BirthDate) return "дата ДД.ММ.ГГГГ; возраст от 18 до 90 лет";
        if (c.Header.StartsWith("Дата", StringComparison.Ordinal) || c == StaffColumns.ExperienceSince) return "дата ДД.ММ.ГГГГ";
        return "текст";
    }

    private static string Choices<T>(IReadOnlyList<(string Text, T Value)> choices) where T : notnull =>
        string.Join(", ", choices.DistinctBy(c => c.Value).Select(c => c.Text));
}
