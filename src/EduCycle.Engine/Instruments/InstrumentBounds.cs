namespace EduCycle.Engine.Instruments;

/// <summary>
/// The least and most points a section or the total can reach. An unanswered optional item counts 0.
/// In the weighted mode nested sections count weight × their range. <c>perVariant</c>: a section with a draw
/// rule counts only the <c>count</c> best (worst) of its test questions, as a drawn variant would — the
/// maximum a test's stated maximum refers to.
/// </summary>
public static class InstrumentBounds
{
    public static PointRange Total(InstrumentDefinition instrument, bool perVariant = false) =>
        Add(instrument.Sections.Select(s => Weighted(instrument, s, perVariant)));

    public static PointRange Section(InstrumentDefinition instrument, Section section, bool perVariant = false)
    {
        var drawn = perVariant ? instrument.Draw.Where(d => d.Section == section.Code).Sum(d => d.Count) : 0;
        var ranges = section.Items
            .Where(i => drawn == 0 || i is not TestQuestionItem)
            .Select(i => i.Range(instrument) is { } r ? (i.Required ? r : new PointRange(Math.Min(r.Min, 0), Math.Max(r.Max, 0))) : default)
            .Concat(section.Sections.Select(s => Weighted(instrument, s, perVariant)))
            .ToList();
        if (drawn > 0)
        {
            var questions = section.Items.OfType<TestQuestionItem>().Select(q => q.Range(instrument)!.Value).ToList();
            ranges.Add(new(questions.Select(q => q.Min).Order().Take(drawn).Sum(), questions.Select(q => q.Max).OrderDescending().Take(drawn).Sum()));
        }
        return Add(ranges);
    }

    private static PointRange Weighted(InstrumentDefinition instrument, Section section, bool perVariant)
    {
        var range = Section(instrument, section, perVariant);
        if (instrument.Scoring.Total != TotalMode.WeightedSum) return range;
        var (a, b) = (section.Weight * range.Min, section.Weight * range.Max);
        return new(Math.Min(a, b), Math.Max(a, b));
    }

    private static PointRange Add(IEnumerable<PointRange> ranges) =>
        ranges.Aggregate(new PointRange(0, 0), (sum, r) => new(sum.Min + r.Min, sum.Max + r.Max));

    /// <summary>
    /// The step between neighbouring values the bands apply to: 1 when every reachable total is a whole number
    /// (so bands 27–29 and 30–42 leave no gap), 0.01 for percent (rounded to hundredths), <c>null</c> otherwise.
    /// </summary>
    public static decimal? BandValueStep(InstrumentDefinition instrument)
    {
        if (instrument.Scoring.BandsOn == BandBasis.Percent) return 0.01m;
        var points = instrument.AllItems().SelectMany(i => PointValues(instrument, i));
        var weights = instrument.Scoring.Total == TotalMode.WeightedSum ? instrument.AllSections().Select(s => s.Weight) : [];
        return points.Concat(weights).All(v => v == decimal.Truncate(v)) ? 1m : null;
    }

    private static IEnumerable<decimal> PointValues(InstrumentDefinition instrument, Item item) => item switch
    {
        ScaleItem s => instrument.FindScale(s.Scale)?.Select(p => p.Value) ?? [],
        YesNoItem y => [y.Points.Yes, y.Points.No],
        PlusMinusItem p => [p.Points.Plus, p.Points.Minus],
        NumberItem n => n.Points is { } points ? [points] : [],
        ChoiceItem c => c.Options.Select(o => o.Points ?? 0m),
        TestQuestionItem q => [q.Points],
        _ => [],
    };
}
