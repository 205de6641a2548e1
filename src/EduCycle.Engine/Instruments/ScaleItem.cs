using System.Globalization;
using System.Text.Json;

namespace EduCycle.Engine.Instruments;

/// <summary>An item answered with a point of a named scale (2/1/0, 0/1/2, any points); it earns the point's value.</summary>
public sealed record ScaleItem : Item
{
    /// <summary>Name of a scale in <see cref="InstrumentDefinition.Scales"/>.</summary>
    public string? Scale { get; init; }

    public override PointRange? Range(InstrumentDefinition instrument) =>
        instrument.FindScale(Scale) is { Count: > 0 } points ? new(points.Min(p => p.Value), points.Max(p => p.Value)) : new(0, 0);

    internal override IEnumerable<string> DefinitionErrors(InstrumentDefinition instrument)
    {
        if (string.IsNullOrWhiteSpace(Scale)) yield return "пункт со шкалой не указывает шкалу (scale)";
        else if (instrument.FindScale(Scale) is null) yield return $"неизвестная шкала «{Scale}»";
    }

    internal override AnswerReading Read(JsonElement answer, InstrumentDefinition instrument)
    {
        var points = instrument.FindScale(Scale) ?? [];
        var allowed = string.Join(", ", points.Select(p => p.Value.ToString(CultureInfo.InvariantCulture)));
        if (answer.ValueKind != JsonValueKind.Number || !answer.TryGetDecimal(out var value))
            return AnswerReading.Invalid($"ожидается балл шкалы «{Scale}» ({allowed}), получено {Show(answer)}");
        return points.Any(p => p.Value == value)
            ? AnswerReading.Scored(value)
            : AnswerReading.Invalid($"значение {Show(answer)} не входит в шкалу «{Scale}» ({allowed})");
    }
}
