using System.Text.Json;

namespace EduCycle.Engine.Instruments;

/// <summary>A test question with a key: the answer is an option code; it earns <see cref="Points"/> when it is the key.</summary>
public sealed record TestQuestionItem : Item
{
    public IReadOnlyList<ChoiceOption> Options { get; init; } = [];
    public string? Key { get; init; }
    public decimal Points { get; init; } = 1m;

    public override PointRange? Range(InstrumentDefinition instrument) => new(Math.Min(Points, 0), Math.Max(Points, 0));

    internal override IEnumerable<string> DefinitionErrors(InstrumentDefinition instrument)
    {
        foreach (var error in ChoiceItem.OptionErrors(Options)) yield return error;
        if (string.IsNullOrWhiteSpace(Key)) yield return "не указан ключ (key)";
        else if (Options.All(o => o.Code != Key)) yield return $"ключ «{Key}» не является вариантом ответа";
    }

    internal override AnswerReading Read(JsonElement answer, InstrumentDefinition instrument)
    {
        if (answer.ValueKind != JsonValueKind.String) return AnswerReading.Invalid($"ожидается код варианта, получено {Show(answer)}");
        var code = answer.GetString()!;
        if (Options.All(o => o.Code != code)) return AnswerReading.Invalid($"неизвестный вариант «{code}»");
        return AnswerReading.Scored(code == Key ? Points : 0m);
    }
}
