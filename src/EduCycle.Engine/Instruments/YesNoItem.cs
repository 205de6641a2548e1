using System.Text.Json;

namespace EduCycle.Engine.Instruments;

/// <summary>A yes/no item (да/нет) answered with <c>true</c> or <c>false</c>; by default «да» earns 1, «нет» 0.</summary>
public sealed record YesNoItem : Item
{
    public YesNoPoints Points { get; init; } = new();

    public override PointRange? Range(InstrumentDefinition instrument) => new(Math.Min(Points.Yes, Points.No), Math.Max(Points.Yes, Points.No));

    internal override IEnumerable<string> DefinitionErrors(InstrumentDefinition instrument) => [];

    internal override AnswerReading Read(JsonElement answer, InstrumentDefinition instrument) => answer.ValueKind switch
    {
        JsonValueKind.True => AnswerReading.Scored(Points.Yes),
        JsonValueKind.False => AnswerReading.Scored(Points.No),
        _ => AnswerReading.Invalid($"ожидается true (да) или false (нет), получено {Show(answer)}"),
    };
}

/// <summary>Points of the two answers of a <see cref="YesNoItem"/>.</summary>
public sealed record YesNoPoints
{
    public decimal Yes { get; init; } = 1m;
    public decimal No { get; init; }
}
