using EduCycle.Engine.Instruments;

namespace EduCycle.Engine.Tests.Instruments;

/// <summary>Small definitions built in code for the unit and property tests.</summary>
internal static class Build
{
    public static readonly IReadOnlyList<ScalePoint> Scale210 =
    [
        new() { Value = 2, Label = "соответствует" },
        new() { Value = 1, Label = "частично соответствует" },
        new() { Value = 0, Label = "не соответствует" },
    ];

    public static InstrumentDefinition Instrument(params Section[] sections) => new()
    {
        Code = "unit",
        Version = 1,
        ValidFrom = new DateOnly(2025, 9, 1),
        Name = "Инструмент для модульных тестов",
        Kind = InstrumentKind.Checklist,
        Subject = AssessedSubject.Organisation,
        Scales = new Dictionary<string, IReadOnlyList<ScalePoint>> { ["s210"] = Scale210 },
        Sections = sections,
    };

    public static Section Section(string code, params Item[] items) => new() { Code = code, Title = $"Раздел {code}", Items = items };

    public static ScaleItem ScaleItem(string code, bool required = false) => new() { Code = code, Scale = "s210", Required = required };

    /// <summary>A checklist of <paramref name="count"/> 2/1/0 items (codes 1.1, 1.2, …) in one section.</summary>
    public static InstrumentDefinition Checklist(int count, params Band[] bands) =>
        Instrument(Section("1", [.. Enumerable.Range(1, count).Select(i => ScaleItem($"1.{i}"))])) with
        {
            Scoring = new Scoring { Bands = bands },
        };

    public static Band Band(decimal? from, decimal? to, string label) => new() { From = from, To = to, Label = label };

    /// <summary>A framework of <paramref name="count"/> indicators (codes i1, i2, …) with threshold ≥ 80 worth 10 points.</summary>
    public static InstrumentDefinition Framework(int count) =>
        Instrument(Section("1", [.. Enumerable.Range(1, count).Select(i => new NumberItem
        {
            Code = $"i{i}", Min = 0, Max = 100, Points = 10,
            Threshold = new Threshold { Op = ThresholdOperator.GreaterOrEqual, Value = 80 },
        })])) with
        {
            Kind = InstrumentKind.Framework,
            Scoring = new Scoring
            {
                ThresholdRule = new ThresholdRule { MoreThanShare = 0.5m, Met = "эффективен", NotMet = "имеются признаки неэффективности" },
            },
        };

    public static InstrumentResponse Answers(InstrumentDefinition instrument, params (string Code, object? Value)[] answers) =>
        InstrumentResponse.Of(instrument, answers.Select(a => KeyValuePair.Create(a.Code, a.Value)));

    /// <summary>Answers to a <see cref="Checklist"/> that add up to <paramref name="total"/>: 2s, then one 1 if odd.</summary>
    public static InstrumentResponse ChecklistTotal(InstrumentDefinition checklist, int total) =>
        Answers(checklist, [.. Enumerable.Range(1, total / 2).Select(i => ($"1.{i}", (object?)2)),
                            .. total % 2 == 1 ? [($"1.{total / 2 + 1}", (object?)1)] : Array.Empty<(string, object?)>()]);
}
