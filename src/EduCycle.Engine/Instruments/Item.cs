using System.Text.Json;
using System.Text.Json.Serialization;

namespace EduCycle.Engine.Instruments;

/// <summary>An item (пункт, показатель, вопрос) of an instrument; the JSON <c>kind</c> names the concrete type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ScaleItem), "scale")]
[JsonDerivedType(typeof(YesNoItem), "yesNo")]
[JsonDerivedType(typeof(PlusMinusItem), "plusMinus")]
[JsonDerivedType(typeof(NumberItem), "number")]
[JsonDerivedType(typeof(SingleChoiceItem), "single")]
[JsonDerivedType(typeof(MultipleChoiceItem), "multiple")]
[JsonDerivedType(typeof(LikertItem), "likert")]
[JsonDerivedType(typeof(TextItem), "text")]
[JsonDerivedType(typeof(TestQuestionItem), "testQuestion")]
public abstract record Item
{
    /// <summary>Unique within the instrument; answers are keyed by it.</summary>
    public required string Code { get; init; }
    public string Text { get; init; } = "";

    /// <summary>A response without an answer to a required item is rejected.</summary>
    public bool Required { get; init; }

    /// <summary>The least and the most points the item can earn when answered; <c>null</c> for unscored kinds.</summary>
    public abstract PointRange? Range(InstrumentDefinition instrument);

    /// <summary>Problems of the item's own definition (Russian messages, without the item code).</summary>
    internal abstract IEnumerable<string> DefinitionErrors(InstrumentDefinition instrument);

    /// <summary>Reads a present, non-null answer: its points or the reasons it is invalid.</summary>
    internal abstract AnswerReading Read(JsonElement answer, InstrumentDefinition instrument);

    /// <summary>Whether a present answer counts as "not answered" for a required item.</summary>
    internal virtual bool IsBlank(JsonElement answer) => false;

    private protected static string Show(JsonElement answer) => answer.GetRawText();
}

/// <summary>Inclusive range of points an answered item can earn.</summary>
public readonly record struct PointRange(decimal Min, decimal Max);

/// <summary>The outcome of reading one answer: points (<c>null</c> for unscored kinds), threshold reached, or errors.</summary>
internal sealed record AnswerReading(decimal? Points, IReadOnlyList<string> Errors, bool? Reached = null)
{
    public static AnswerReading Scored(decimal? points, bool? reached = null) => new(points, [], reached);
    public static AnswerReading Invalid(params string[] errors) => new(null, errors);
}
