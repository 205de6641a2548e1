using System.Text.Json;
using EduCycle.Engine.Instruments;
using EduCycle.Web.Infrastructure;

namespace EduCycle.Web.Features.Instruments.Documents;

/// <summary>An answer as the blank prints it, in Russian, one string per line; «—» when unanswered.</summary>
internal static class AnswerText
{
    public const string None = "—";

    public static string Number(decimal value) => value.ToString("0.##", InfrastructureSetup.Russian);

    public static IReadOnlyList<string> Of(Item item, JsonElement? answer, InstrumentDefinition instrument)
    {
        if (answer is not { ValueKind: not JsonValueKind.Null } a) return [None];
        return item switch
        {
            ScaleItem scale => [Point(instrument.FindScale(scale.Scale), a)],
            YesNoItem => [a.ValueKind == JsonValueKind.True ? "да" : "нет"],
            PlusMinusItem => [a.GetString() == "+" ? "+" : "−"],
            NumberItem number => Measured(number, a.GetDecimal()),
            SingleChoiceItem single => [Option(single.Options, a)],
            MultipleChoiceItem multiple => [.. a.EnumerateArray().Select(e => Option(multiple.Options, e)).DefaultIfEmpty(None)],
            LikertItem likert => [.. likert.Rows.Select(r => $"{r.Text} — {Row(instrument.FindScale(likert.Scale), a, r.Code)}")],
            TestQuestionItem question => [Option(question.Options, a)],
            _ => a.ValueKind == JsonValueKind.String ? [.. a.GetString()!.Split('\n')] : [a.GetRawText()],
        };
    }

    private static string[] Measured(NumberItem item, decimal value)
    {
        var unit = item.Unit is { } u ? $" {u}" : "";
        var shown = $"{Number(value)}{unit}";
        return item.Threshold is { } t ? [shown, $"порог: {Operator(t.Op)} {Number(t.Value)}{unit}"] : [shown];
    }

    private static string Operator(ThresholdOperator op) => op switch
    {
        ThresholdOperator.GreaterOrEqual => "≥",
        ThresholdOperator.Greater => ">",
        ThresholdOperator.LessOrEqual => "≤",
        ThresholdOperator.Less => "<",
        _ => "=",
    };

    private static string Option(IReadOnlyList<ChoiceOption> options, JsonElement chosen) =>
        chosen.ValueKind == JsonValueKind.Object && chosen.TryGetProperty("other", out var other)
            ? $"другое: {other.GetString()}"
            : options.FirstOrDefault(o => o.Code == chosen.GetString())?.Text ?? chosen.GetString() ?? None;

    private static string Point(IReadOnlyList<ScalePoint>? scale, JsonElement answer) =>
        scale?.FirstOrDefault(p => Names(p, answer)) is { } point ? $"{Number(point.Value)} — {point.Label}" : answer.GetRawText();

    private static string Row(IReadOnlyList<ScalePoint>? scale, JsonElement answer, string row) =>
        answer.TryGetProperty(row, out var value) && value.ValueKind != JsonValueKind.Null
            ? scale?.FirstOrDefault(p => Names(p, value))?.Label ?? value.ToString()
            : None;

    private static bool Names(ScalePoint point, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => point.IsNamed(value.GetString()!),
        JsonValueKind.Number => value.TryGetDecimal(out var number) && number == point.Value,
        _ => false,
    };
}
