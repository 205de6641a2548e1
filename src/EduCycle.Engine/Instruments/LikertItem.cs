using System.Text.Json;

namespace EduCycle.Engine.Instruments;

/// <summary>
/// Likert rows (высокий / средний / низкий / затрудняюсь ответить): every row is answered with a point
/// of the item's scale — its code or label as text, or its value as a number. Not scored: the answers
/// are counted by label, not added up.
/// </summary>
public sealed record LikertItem : Item
{
    public string? Scale { get; init; }
    public IReadOnlyList<LikertRow> Rows { get; init; } = [];

    public override PointRange? Range(InstrumentDefinition instrument) => null;

    internal override IEnumerable<string> DefinitionErrors(InstrumentDefinition instrument)
    {
        if (string.IsNullOrWhiteSpace(Scale)) yield return "пункт с рядами не указывает шкалу (scale)";
        else if (instrument.FindScale(Scale) is null) yield return $"неизвестная шкала «{Scale}»";
        if (Rows.Count == 0) yield return "нет рядов (rows)";
        foreach (var code in Rows.GroupBy(r => r.Code).Where(g => g.Count() > 1).Select(g => g.Key))
            yield return $"код ряда «{code}» повторяется";
    }

    internal override bool IsBlank(JsonElement answer) =>
        answer.ValueKind == JsonValueKind.Object && Rows.Any(r => !answer.TryGetProperty(r.Code, out var row) || row.ValueKind == JsonValueKind.Null);

    internal override AnswerReading Read(JsonElement answer, InstrumentDefinition instrument)
    {
        if (answer.ValueKind != JsonValueKind.Object)
            return AnswerReading.Invalid($"ожидается объект «код ряда: ответ», получено {Show(answer)}");
        var points = instrument.FindScale(Scale) ?? [];
        var errors = new List<string>();
        foreach (var row in answer.EnumerateObject())
        {
            if (Rows.All(r => r.Code != row.Name)) errors.Add($"неизвестный ряд «{row.Name}»");
            else if (row.Value.ValueKind != JsonValueKind.Null && !points.Any(p => Names(p, row.Value)))
                errors.Add($"ряд «{row.Name}»: ответ {Show(row.Value)} не входит в шкалу «{Scale}»");
        }
        return errors.Count > 0 ? AnswerReading.Invalid([.. errors]) : AnswerReading.Scored(null);
    }

    private static bool Names(ScalePoint point, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => point.IsNamed(value.GetString()!),
        JsonValueKind.Number => value.TryGetDecimal(out var number) && number == point.Value,
        _ => false,
    };
}

/// <summary>A row of a <see cref="LikertItem"/>.</summary>
public sealed record LikertRow
{
    public required string Code { get; init; }
    public string Text { get; init; } = "";
}
