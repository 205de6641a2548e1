using System.Runtime.CompilerServices;

namespace EduCycle.Engine.Instruments;

/// <summary>
/// Scores a response. A section's score is the sum of its items' points plus its nested sections' scores
/// (each × its weight in the weighted mode); the total is the sum of the top sections' scores (× weight);
/// the maximum is computed from the items; percent = total ÷ maximum × 100 rounded to hundredths; the band
/// is the one whose inclusive range holds the total (or percent). The threshold rule (seed 004 §1) counts
/// indicators that reach their threshold: effective only when their share is MORE than the rule's share.
/// A definition with errors or a response with any error is refused with all problems; nothing partial.
/// </summary>
public static class InstrumentScorer
{
    /// <summary>Definitions are immutable, so each instance is validated once, not at every response.</summary>
    private static readonly ConditionalWeakTable<InstrumentDefinition, List<InstrumentProblem>> DefinitionErrors = new();

    public static ScoringOutcome Score(InstrumentDefinition instrument, InstrumentResponse response)
    {
        var definitionErrors = DefinitionErrors.GetValue(instrument, d => InstrumentValidation.Validate(d).Where(p => p.IsError).ToList());
        if (definitionErrors.Count > 0) return new(null, definitionErrors);
        var (readings, problems) = ResponseValidation.Read(instrument, response);
        if (problems.HasErrors()) return new(null, problems);
        return new(Compute(instrument, response, readings), []);
    }

    private static InstrumentResult Compute(InstrumentDefinition instrument, InstrumentResponse response, IReadOnlyDictionary<string, AnswerReading> readings)
    {
        var items = instrument.AllItems()
            .Select(i => new ItemResult(i.Code, Points(instrument, i, readings), readings.GetValueOrDefault(i.Code)?.Reached ?? (Indicator(i) ? false : null)))
            .ToList();
        var points = items.ToDictionary(i => i.Code, i => i.Points ?? 0m);
        var scoring = instrument.Scoring;
        var weighted = scoring.Total == TotalMode.WeightedSum;
        var sections = instrument.Sections.Select(s => SectionScore(instrument, s, points, weighted)).ToList();

        decimal? total = scoring.Total == TotalMode.None ? null
            : weighted ? instrument.Sections.Zip(sections, (s, r) => s.Weight * r.Score).Sum()
            : sections.Sum(r => r.Score);
        decimal? maximum = total is null ? null : InstrumentBounds.Total(instrument).Max;
        decimal? percent = total is { } t && maximum is { } m && m != 0 ? Math.Round(t / m * 100, 2, MidpointRounding.AwayFromZero) : null;
        var bandValue = scoring.BandsOn == BandBasis.Percent ? percent : total;

        var questions = instrument.AllItems().OfType<TestQuestionItem>().Select(q => q.Code).ToList();
        return new InstrumentResult
        {
            Instrument = instrument.Code,
            Version = instrument.Version,
            Total = total,
            Maximum = maximum,
            Percent = percent,
            Band = bandValue is { } value ? scoring.Bands.FirstOrDefault(b => b.Contains(value))?.Label : null,
            Threshold = scoring.ThresholdRule is { } rule ? Verdict(rule, items) : null,
            TestScore = questions.Count > 0 ? questions.Sum(q => points[q]) : null,
            Override = response.Override,
            Sections = sections,
            Items = items,
        };
    }

    private static bool Indicator(Item item) => item is NumberItem { Threshold: not null };

    private static decimal? Points(InstrumentDefinition instrument, Item item, IReadOnlyDictionary<string, AnswerReading> readings) =>
        item.Range(instrument) is null ? null : readings.GetValueOrDefault(item.Code)?.Points ?? 0m;

    private static SectionResult SectionScore(InstrumentDefinition instrument, Section section, IReadOnlyDictionary<string, decimal> points, bool weighted)
    {
        var nested = section.Sections.Select(s => SectionScore(instrument, s, points, weighted)).ToList();
        var score = section.Items.Sum(i => points[i.Code]) + section.Sections.Zip(nested, (s, r) => (weighted ? s.Weight : 1m) * r.Score).Sum();
        return new SectionResult
        {
            Code = section.Code,
            Title = section.Title,
            Score = score,
            Maximum = InstrumentBounds.Section(instrument, section).Max,
            Sections = nested,
        };
    }

    private static ThresholdVerdict Verdict(ThresholdRule rule, IReadOnlyList<ItemResult> items)
    {
        var indicators = items.Count(i => i.Reached is not null);
        var reached = items.Count(i => i.Reached == true);
        var effective = rule.IsMet(reached, indicators);
        return new(indicators, reached, indicators == 0 ? 0 : (decimal)reached / indicators, effective, effective ? rule.Met : rule.NotMet);
    }
}
