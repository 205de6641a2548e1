using System.Globalization;

namespace EduCycle.Web.Features.Registry.Api;

/// <summary>
/// Reads query parameters given as text and collects a Russian message per bad parameter, so the API and
/// the exports answer 400 with problem details naming each parameter instead of the framework's English.
/// </summary>
internal sealed class ParameterReader
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy"];

    public Dictionary<string, string[]> Errors { get; } = [];

    public bool IsValid => Errors.Count == 0;

    public DateOnly Date(string name, string? text, DateOnly fallback)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Fail(name, $"Параметр «{name}»: «{text}» не является датой (ожидается ГГГГ-ММ-ДД).");
        return fallback;
    }

    public int? Id(string name, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0) return id;
        Fail(name, $"Параметр «{name}»: «{text}» не является идентификатором (ожидается целое положительное число).");
        return null;
    }

    public int Number(string name, string? text, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        Fail(name, $"Параметр «{name}»: «{text}» — ожидается целое число от {min} до {max}.");
        return fallback;
    }

    public bool? Flag(string name, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (bool.TryParse(text.Trim(), out var value)) return value;
        Fail(name, $"Параметр «{name}»: «{text}» — ожидается true или false.");
        return null;
    }

    public TEnum? Choice<TEnum>(string name, string? text) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        if (!trimmed.All(char.IsAsciiDigit) && Enum.TryParse<TEnum>(trimmed, ignoreCase: true, out var value)) return value;
        Fail(name, $"Параметр «{name}»: недопустимое значение «{text}». Допустимые значения: {string.Join(", ", Enum.GetNames<TEnum>())}.");
        return null;
    }

    /// <summary>Repeated (<c>kind=A&amp;kind=B</c>) or comma-separated (<c>kind=A,B</c>) values.</summary>
    public IReadOnlyList<TEnum> Choices<TEnum>(string name, string[]? texts) where TEnum : struct, Enum
    {
        var values = new List<TEnum>();
        foreach (var text in (texts ?? []).SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            if (Choice<TEnum>(name, text) is { } value && !values.Contains(value)) values.Add(value);
        return values;
    }

    private void Fail(string name, string message) =>
        Errors[name] = Errors.TryGetValue(name, out var existing) ? [.. existing, message] : [message];
}
