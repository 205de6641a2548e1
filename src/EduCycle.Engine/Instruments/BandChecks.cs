namespace EduCycle.Engine.Instruments;

/// <summary>
/// Checks of the bands: a reversed range, an overlap or a duplicated label is an error; a gap between
/// neighbours or a reachable value no band covers is a warning. Values come in steps (1 for whole-number
/// totals, 0.01 for percent): 27–29 and 30–42 leave no gap as next.from = previous.to + step; without a
/// step any next.from above previous.to is a gap.
/// </summary>
internal static class BandChecks
{
    public static void Check(IReadOnlyList<Band> bands, PointRange reachable, decimal? step, List<InstrumentProblem> problems)
    {
        if (bands.Count == 0) return;
        for (var i = 0; i < bands.Count; i++)
            if (bands[i].From > bands[i].To)
                problems.Add(InstrumentProblem.Error($"scoring.bands[{i}]", $"уровень {bands[i]}: начало больше конца"));
        foreach (var label in bands.GroupBy(b => b.Label).Where(g => g.Count() > 1).Select(g => g.Key))
            problems.Add(InstrumentProblem.Error("scoring.bands", $"подпись уровня «{label}» повторяется"));
        if (problems.Any(p => p.IsError)) return;

        var ordered = bands.OrderBy(b => b.From ?? decimal.MinValue).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var (previous, next) = (ordered[i - 1], ordered[i]);
            var previousTo = previous.To ?? decimal.MaxValue;
            var nextFrom = next.From ?? decimal.MinValue;
            if (nextFrom <= previousTo)
                problems.Add(InstrumentProblem.Error("scoring.bands", $"уровни {previous} и {next} пересекаются"));
            else if (nextFrom > previousTo + (step ?? 0))
                problems.Add(InstrumentProblem.Warning("scoring.bands", $"между уровнями {previous} и {next} есть разрыв: значения между ними не получат уровня"));
        }

        if (ordered[0].From is { } lowest && lowest > reachable.Min)
            problems.Add(InstrumentProblem.Warning("scoring.bands",
                $"уровни не покрывают значения от {InstrumentValidation.Show(reachable.Min)} до {InstrumentValidation.Show(lowest)} (не включая)"));
        if (ordered[^1].To is { } highest && highest < reachable.Max)
            problems.Add(InstrumentProblem.Warning("scoring.bands",
                $"уровни не покрывают значения выше {InstrumentValidation.Show(highest)} до {InstrumentValidation.Show(reachable.Max)}"));
    }
}
