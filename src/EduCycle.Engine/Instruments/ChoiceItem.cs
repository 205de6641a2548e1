using System.Text.Json;

namespace EduCycle.Engine.Instruments;

/// <summary>
/// Common part of single and multiple choice: options and the «другое: …» answer
/// (<c>{ "other": "text" }</c>, allowed by <see cref="AllowOther"/>, earns no points).
/// The item is scored when any option has points.
/// </summary>
public abstract record ChoiceItem : Item
{
    public IReadOnlyList<ChoiceOption> Options { get; init; } = [];
    public bool AllowOther { get; init; }

    private protected bool IsScored => Options.Any(o => o.Points is not null);

    internal override IEnumerable<string> DefinitionErrors(InstrumentDefinition instrument) => OptionErrors(Options);

    internal static IEnumerable<string> OptionErrors(IReadOnlyList<ChoiceOption> options)
    {
        if (options.Count == 0) yield return "нет вариантов ответа (options)";
        foreach (var code in options.GroupBy(o => o.Code).Where(g => g.Count() > 1).Select(g => g.Key))
            yield return $"код варианта «{code}» повторяется";
    }

    /// <summary>Points of one chosen element (an option code or the "other" object), or an error.</summary>
    private protected (decimal Points, string? Error, string? Code) Choose(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            var code = element.GetString()!;
            return Options.FirstOrDefault(o => o.Code == code) is { } option
                ? (option.Points ?? 0m, null, code)
                : (0m, $"неизвестный вариант «{code}»", null);
        }
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("other", out var other))
        {
            if (!AllowOther) return (0m, "вариант «другое» не предусмотрен", null);
            return other.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(other.GetString())
                ? (0m, null, null)
                : (0m, "для варианта «другое» нужен текст", null);
        }
        return (0m, $"ожидается код варианта или {{\"other\": \"…\"}}, получено {Show(element)}", null);
    }
}

/// <summary>Single choice (один вариант): the answer is an option code or <c>{ "other": "…" }</c>.</summary>
public sealed record SingleChoiceItem : ChoiceItem
{
    public override PointRange? Range(InstrumentDefinition instrument)
    {
        if (!IsScored) return null;
        var points = Options.Select(o => o.Points ?? 0m).Concat(AllowOther ? [0m] : []).ToList();
        return new(points.Min(), points.Max());
    }

    internal override AnswerReading Read(JsonElement answer, InstrumentDefinition instrument)
    {
        var (points, error, _) = Choose(answer);
        return error is null ? AnswerReading.Scored(IsScored ? points : null) : AnswerReading.Invalid(error);
    }
}

/// <summary>Multiple choice (несколько вариантов): the answer is an array of option codes and <c>{ "other": "…" }</c>.</summary>
public sealed record MultipleChoiceItem : ChoiceItem
{
    public override PointRange? Range(InstrumentDefinition instrument) => IsScored
        ? new(Options.Sum(o => Math.Min(o.Points ?? 0m, 0m)), Options.Sum(o => Math.Max(o.Points ?? 0m, 0m)))
        : null;

    internal override bool IsBlank(JsonElement answer) => answer.ValueKind == JsonValueKind.Array && answer.GetArrayLength() == 0;

    internal override AnswerReading Read(JsonElement answer, InstrumentDefinition instrument)
    {
        if (answer.ValueKind != JsonValueKind.Array)
            return AnswerReading.Invalid($"ожидается массив вариантов, получено {Show(answer)}");
        var chosen = answer.EnumerateArray().Select(Choose).ToList();
        var errors = chosen.Where(c => c.Error is not null).Select(c => c.Error!)
            .Concat(chosen.Where(c => c.Code is not null).GroupBy(c => c.Code).Where(g => g.Count() > 1)
                .Select(g => $"вариант «{g.Key}» выбран дважды"))
            .ToArray();
        return errors.Length > 0 ? AnswerReading.Invalid(errors) : AnswerReading.Scored(IsScored ? chosen.Sum(c => c.Points) : null);
    }
}
