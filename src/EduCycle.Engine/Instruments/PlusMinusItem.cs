using System.Text.Json;
using System.Text.Json.Serialization;

namespace EduCycle.Engine.Instruments;

/// <summary>
/// A «+/−» item of the technical expertise, answered with <c>"+"</c> or <c>"-"</c> (the typographic
/// minus <c>"−"</c> is accepted too); by default «+» earns 1, «−» 0.
/// </summary>
public sealed record PlusMinusItem : Item
{
    public PlusMinusPoints Points { get; init; } = new();

    public override PointRange? Range(InstrumentDefinition instrument) =>
        new(Math.Min(Points.Plus, Points.Minus), Math.Max(Points.Plus, Points.Minus));

    internal override IEnumerable<string> DefinitionErrors(InstrumentDefinition instrument) => [];

    internal override AnswerReading Read(JsonElement answer, InstrumentDefinition instrument) =>
        (answer.ValueKind == JsonValueKind.String ? answer.GetString() : null) switch
        {
            "+" => AnswerReading.Scored(Points.Plus),
            "-" or "−" => AnswerReading.Scored(Points.Minus),
            _ => AnswerReading.Invalid($"ожидается \"+\" или \"-\", получено {Show(answer)}"),
        };
}

/// <summary>Points of the two answers of a <see cref="PlusMinusItem"/>; JSON keys <c>"+"</c> and <c>"-"</c>.</summary>
public sealed record PlusMinusPoints
{
    [JsonPropertyName("+")] public decimal Plus { get; init; } = 1m;
    [JsonPropertyName("-")] public decimal Minus { get; init; }
}
