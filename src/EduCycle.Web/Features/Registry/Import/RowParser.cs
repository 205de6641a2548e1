using System.Globalization;

namespace EduCycle.Web.Features.Registry.Import;

/// <summary>
/// Reads typed cells of the current row of a <see cref="SheetReader"/> by column and collects a Russian message
/// per bad cell. Accepts Excel date and number cells, ru-RU dates (dd.MM.yyyy) and ISO dates, decimal commas.
/// </summary>
internal sealed class RowParser
{
    private static readonly string[] DateFormats =
        ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd", "dd.MM.yyyy H:mm:ss", "dd.MM.yyyy H:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss"];

    private readonly SheetReader _sheet;
    private readonly Dictionary<ImportColumn, int> _ordinals;
    private readonly List<ImportError> _errors;
    private int _rowStart;

    private RowParser(SheetReader sheet, Dictionary<ImportColumn, int> ordinals, List<ImportError> errors)
    {
        _sheet = sheet;
        _ordinals = ordinals;
        _errors = errors;
    }

    public int Row => _sheet.RowNumber;

    public bool RowHasErrors => _errors.Count > _rowStart;

    /// <summary>Reads the header row (row 1) and maps it to <paramref name="columns"/>; null with errors when it does not match.</summary>
    public static RowParser? ReadHeader(SheetReader sheet, IReadOnlyList<ImportColumn> columns, List<ImportError> errors)
    {
        if (!sheet.Read())
        {
            errors.Add(new ImportError(1, columns[0].Header, null, "файл пуст: нет строки заголовков"));
            return null;
        }
        var byName = columns.ToDictionary(c => ImportColumn.Normalise(c.Header));
        var ordinals = new Dictionary<ImportColumn, int>();
        var before = errors.Count;
        for (var i = 0; i < sheet.FieldCount; i++)
        {
            if (sheet[i] is not { } cell) continue;
            var header = CellText(cell);
            if (!byName.TryGetValue(ImportColumn.Normalise(header), out var column))
                errors.Add(new ImportError(1, header, header, $"неизвестный столбец; ожидаются столбцы: {string.Join("; ", columns.Select(c => c.Header))}"));
            else if (!ordinals.TryAdd(column, i))
                errors.Add(new ImportError(1, column.Header, header, "столбец встречается дважды"));
        }
        foreach (var column in columns.Where(c => c.Required && !ordinals.ContainsKey(c)))
            errors.Add(new ImportError(1, column.Header, null, "нет обязательного столбца"));
        return errors.Count > before ? null : new RowParser(sheet, ordinals, errors);
    }

    public void BeginRow() => _rowStart = _errors.Count;

    public void Error(ImportColumn column, string message) =>
        _errors.Add(new ImportError(Row, column.Header, RawText(column), message));

    public string? Text(ImportColumn column, int maxLength)
    {
        var text = RawText(column);
        if (text is null)
        {
            if (column.Required) Error(column, "не заполнено обязательное поле");
            return null;
        }
        if (text.Length > maxLength)
        {
            Error(column, $"слишком длинное значение: больше {maxLength} символов");
            return null;
        }
        return text;
    }

    public DateOnly? Date(ImportColumn column)
    {
        switch (Raw(column))
        {
            case DateTime dateTime:
                return DateOnly.FromDateTime(dateTime);
            case double serial when serial is >= 1 and < 2958466:
                return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }
        var text = Text(column, 64);
        if (text is null) return null;
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return DateOnly.FromDateTime(parsed);
        Error(column, $"неверная дата «{text}»: ожидается ДД.ММ.ГГГГ");
        return null;
    }

    public double? Number(ImportColumn column)
    {
        if (Raw(column) is double number) return number;
        var text = Text(column, 64);
        if (text is null) return null;
        var cleaned = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Replace(',', '.');
        if (double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed))
            return parsed;
        Error(column, $"неверное число «{text}»");
        return null;
    }

    public int? Integer(ImportColumn column)
    {
        var number = Number(column);
        if (number is null) return null;
        if (number != Math.Floor(number.Value) || number is < int.MinValue or > int.MaxValue)
        {
            Error(column, "ожидается целое число");
            return null;
        }
        return (int)number.Value;
    }

    /// <summary>A value named by one of the <paramref name="choices"/>' texts (case-insensitive).</summary>
    public T? Choice<T>(ImportColumn column, IReadOnlyList<(string Text, T Value)> choices) where T : struct
    {
        var text = Raw(column) is bool flag ? (flag ? "да" : "нет") : Text(column, 200);
        if (text is null) return null;
        var key = ImportColumn.Normalise(text);
        foreach (var (choice, value) in choices)
            if (ImportColumn.Normalise(choice) == key) return value;
        var allowed = choices.DistinctBy(c => c.Value).Select(c => $"«{c.Text}»");
        Error(column, $"недопустимое значение «{text}»; допустимые значения: {string.Join(", ", allowed)}");
        return null;
    }

    /// <summary>Checks <paramref name="value"/> against [min, max]; the message names the range.</summary>
    public double? InRange(ImportColumn column, double? value, double min, double max)
    {
        if (value is null || (value >= min && value <= max)) return value;
        Error(column, $"значение {value.Value.ToString(CultureInfo.GetCultureInfo("ru-RU"))} вне допустимого диапазона от {min.ToString(CultureInfo.GetCultureInfo("ru-RU"))} до {max.ToString(CultureInfo.GetCultureInfo("ru-RU"))}");
        return null;
    }

    private object? Raw(ImportColumn column) =>
        _ordinals.TryGetValue(column, out var ordinal) && ordinal < _sheet.FieldCount ? _sheet[ordinal] : null;

    private string? RawText(ImportColumn column) => Raw(column) is { } cell ? CellText(cell) : null;

    private static string CellText(object cell) => cell switch
    {
        string s => s.Trim(),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.GetCultureInfo("ru-RU")),
        DateTime t => t.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        bool b => b ? "да" : "нет",
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };
}
