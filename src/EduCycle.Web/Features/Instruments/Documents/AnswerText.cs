using System.Text.Json;
using EduCycle.Engine.Instruments;
using Shared = EduCycle.Web.Features.Instruments.Components.AnswerText;

namespace EduCycle.Web.Features.Instruments.Documents;

/// <summary>
/// An answer as the blank prints it, one string per line: the shared Russian answer text, with the point value before
/// a scale label, a framework indicator's threshold on its own line, and one line per Likert row or line of text.
/// </summary>
internal static class AnswerText
{
    public const string None = Shared.None;

    public static string Number(decimal value) => Shared.Number(value);

    public static IReadOnlyList<string> Of(Item item, JsonElement? answer, InstrumentDefinition instrument)
    {
        if (answer is not { ValueKind: not JsonValueKind.Null } a) return [None];
        return item switch
        {
            ScaleItem scale => [Shared.FindPoint(instrument.FindScale(scale.Scale), a) is { } point ? $"{Number(point.Value)} — {point.Label}" : a.GetRawText()],
            NumberItem { Threshold: { } t } number => [Shared.Of(instrument, item, a), $"порог: {Operator(t.Op)} {Number(t.Value)}{(number.Unit is { } u ? $" {u}" : "")}"],
            LikertItem likert when a.ValueKind == JsonValueKind.Object => [.. Shared.LikertRows(instrument.FindScale(likert.Scale), likert, a).DefaultIfEmpty(None)],
            TextItem when a.ValueKind == JsonValueKind.String => [.. Shared.Of(instrument, item, a).Split('\n')],
            _ => [Shared.Of(instrument, item, a)],
        };
    }

    private static string Operator(ThresholdOperator op) => op switch
    {
        ThresholdOperator.GreaterOrEqual => "≥",
        ThresholdOperator.Greater => ">",
        ThresholdOperator.LessOrEqual => "≤",
        ThresholdOperator.Less => "<",
        _ => "=",
    };
}
