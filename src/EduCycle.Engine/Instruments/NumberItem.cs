using System.Globalization;
using System.Text.Json;

namespace EduCycle.Engine.Instruments;

/// <summary>
/// A number (share, count, value of an indicator) within optional bounds. With a <see cref="Threshold"/>
/// it is a framework indicator: it earns <see cref="Points"/> when the threshold is reached, 0 otherwise,
/// and counts towards the threshold rule; without one it is not scored.
/// </summary>
public sealed record NumberItem : Item
{
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    public string? Unit { get; init; }
    public Threshold? Threshold { get; init; }
    public decimal? Points { get; init; }

    public override PointRange? Range(InstrumentDefinition instrument) =>
        Points is { } points ? new(Math.Min(points, 0), Math.Max(points, 0)) : null;

    internal override IEnumerable<string> DefinitionErrors(InstrumentDefinition instrument)
    {
        if (Min > Max) yield return $"минимум {Format(Min!.Value)} больше максимума {Format(Max!.Value)}";
        if (Points is not null && Threshold is null) yield return "баллы (points) заданы без порога (threshold)";
    }

    internal override AnswerReading Read(JsonElement answer, InstrumentDefinition instrument)
    {
        if (answer.ValueKind != JsonValueKind.Number || !answer.TryGetDecimal(out var value))
            return AnswerReading.Invalid($"ожидается число, получено {Show(answer)}");
        if (value < Min || value > Max)
            return AnswerReading.Invalid($"число {Show(answer)} вне допустимых границ [{Bound(Min)}; {Bound(Max)}]");
        if (Threshold is null) return AnswerReading.Scored(null);
        var reached = Threshold.IsReachedBy(value);
        return AnswerReading.Scored(Points is { } points ? (reached ? points : 0m) : null, reached);
    }

    private static string Bound(decimal? bound) => bound is { } b ? Format(b) : "…";
    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
