using System.Globalization;
using System.Text.Json;
using EduCycle.Engine.Instruments;

namespace EduCycle.Web.Features.Instruments.Components;

/// <summary>
/// An answer as Russian text for display and exports: a scale point's label, «да»/«нет», «+»/«−», a number with
/// its unit, the chosen options' texts (in the definition's order) and «другое: …», Likert rows «ряд — ответ».
/// An answer the item does not know (out of scale, unknown option) is shown as its raw JSON, never dropped.
/// </summary>
public static class AnswerText
{
    public const string None = "—";

    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static string Of(InstrumentDefinition definition, Item item, IReadOnlyDictionary<string, JsonElement>? answers) =>
        answers is not null && answers.TryGetValue(item.Code, out var answer) ? Of(definition, item, answer) : None;

    public static string Of(InstrumentDefinition definition, Item item, JsonElement answer)
    {
        if (answer.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) return None;
        return item switch
        {
            ScaleItem scale => ScaleLabel(definition.FindScale(scale.Scale), answer) ?? answer.GetRawText(),
            YesNoItem => answer.ValueKind switch { JsonValueKind.True => "да", JsonValueKind.False => "нет", _ => answer.GetRawText() },
            PlusMinusItem => (answer.ValueKind == JsonValueKind.String ? answer.GetString() : null) switch
            {
                "+" => "+",
                "-" or "−" => "−",
                _ => answer.GetRawText(),
            },
            NumberItem number => answer.ValueKind == JsonValueKind.Number && answer.TryGetDecimal(out var value)
                ? Number(value) + (string.IsNullOrEmpty(number.Unit) ? "" : $" {number.Unit}")
                : answer.GetRawText(),
            SingleChoiceItem single => Choice(single.Options, answer),
            MultipleChoiceItem multiple => Choices(multiple.Options, answer),
            LikertItem likert => Likert(definition.FindScale(likert.Scale), likert, answer),
            TextItem => answer.ValueKind == JsonValueKind.String
                ? string.IsNullOrWhiteSpace(answer.GetString()) ? None : answer.GetString()!
                : answer.GetRawText(),
            TestQuestionItem question => Choice(question.Options, answer),
            _ => answer.GetRawText(),
        };
    }

    public static string Number(decimal value) => value.ToString("0.##", Russian);

    /// <summary>The scale point a number (scale item) or a code, label or number (Likert row) names.</summary>
    public static ScalePoint? FindPoint(IReadOnlyList<ScalePoint>? scale, JsonElement answer) => answer.ValueKind switch
    {
        JsonValueKind.Number when answer.TryGetDecimal(out var value) => scale?.FirstOrDefault(p => p.Value == value),
        JsonValueKind.String => scale?.FirstOrDefault(p => p.IsNamed(answer.GetString()!)),
        _ => null,
    };

    private static string? ScaleLabel(IReadOnlyList<ScalePoint>? scale, JsonElement answer) =>
        answer.ValueKind == JsonValueKind.Number ? FindPoint(scale, answer)?.Label : null;

    private static string Choice(IReadOnlyList<ChoiceOption> options, JsonElement answer)
    {
        if (answer.ValueKind == JsonValueKind.String && options.FirstOrDefault(o => o.Code == answer.GetString()) is { } option)
            return option.Text;
        return Other(answer) is { } other ? $"другое: {other}" : answer.GetRawText();
    }

    private static string Choices(IReadOnlyList<ChoiceOption> options, JsonElement answer)
    {
        if (answer.ValueKind != JsonValueKind.Array) return answer.GetRawText();
        var chosen = answer.EnumerateArray().ToList();
        if (chosen.Count == 0) return None;
        var codes = chosen.Where(c => c.ValueKind == JsonValueKind.String).Select(c => c.GetString()).ToHashSet();
        var known = options.Where(o => codes.Contains(o.Code)).Select(o => o.Text);
        var rest = chosen.Where(c => c.ValueKind != JsonValueKind.String || options.All(o => o.Code != c.GetString()))
            .Select(c => Choice(options, c));
        return string.Join("; ", known.Concat(rest));
    }

    private static string Likert(IReadOnlyList<ScalePoint>? scale, LikertItem likert, JsonElement answer)
    {
        if (answer.ValueKind != JsonValueKind.Object) return answer.GetRawText();
        var rows = LikertRows(scale, likert, answer).ToList();
        return rows.Count == 0 ? None : string.Join("; ", rows);
    }

    /// <summary>Each answered Likert row as «ряд — ответ» (rows the item does not know as raw JSON).</summary>
    public static IEnumerable<string> LikertRows(IReadOnlyList<ScalePoint>? scale, LikertItem likert, JsonElement answer) =>
        likert.Rows
            .Where(r => answer.TryGetProperty(r.Code, out var v) && v.ValueKind != JsonValueKind.Null)
            .Select(r => (Row: r, Value: answer.GetProperty(r.Code)))
            .Select(r => $"{r.Row.Text} — {FindPoint(scale, r.Value)?.Label ?? r.Value.GetRawText()}")
            .Concat(answer.EnumerateObject().Where(p => likert.Rows.All(r => r.Code != p.Name)).Select(p => $"{p.Name} — {p.Value.GetRawText()}"));

    /// <summary>The text of a «другое: …» answer (<c>{ "other": "…" }</c>), or <c>null</c>.</summary>
    public static string? Other(JsonElement answer) =>
        answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("other", out var other) && other.ValueKind == JsonValueKind.String
            ? other.GetString()
            : null;
}
