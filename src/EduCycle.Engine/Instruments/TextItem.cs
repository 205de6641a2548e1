using System.Text.Json;

namespace EduCycle.Engine.Instruments;

/// <summary>Free text (замечания, предложения); not scored.</summary>
public sealed record TextItem : Item
{
    public override PointRange? Range(InstrumentDefinition instrument) => null;

    internal override IEnumerable<string> DefinitionErrors(InstrumentDefinition instrument) => [];

    internal override bool IsBlank(JsonElement answer) => answer.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(answer.GetString());

    internal override AnswerReading Read(JsonElement answer, InstrumentDefinition instrument) => answer.ValueKind == JsonValueKind.String
        ? AnswerReading.Scored(null)
        : AnswerReading.Invalid($"ожидается текст, получено {Show(answer)}");
}
