using EduCycle.Engine.Instruments;
using FsCheck.Xunit;
using static EduCycle.Engine.Tests.Instruments.Build;

namespace EduCycle.Engine.Tests.Instruments;

[Properties(Arbitrary = [typeof(InstrumentGenerators)], MaxTest = 300)]
public sealed class InstrumentPropertyTests
{
    private static InstrumentResult Scored(FilledInstrument filled)
    {
        var outcome = InstrumentScorer.Score(filled.Definition, filled.Response);
        Assert.True(outcome.Succeeded, string.Join(Environment.NewLine, outcome.Problems));
        return outcome.Result!;
    }

    [Property]
    public void Total_is_the_sum_of_item_points_for_any_answers(FilledInstrument filled)
    {
        var result = Scored(filled);
        Assert.Equal(filled.Answers.Sum(a => a.Points), result.Total);
        Assert.Equal(result.Items.Sum(i => i.Points ?? 0), result.Total);
        Assert.Equal(result.Sections.Sum(s => s.Score), result.Total);
    }

    [Property]
    public void Percent_lies_between_0_and_100(FilledInstrument filled)
    {
        var result = Scored(filled);
        if (result.Maximum == 0) Assert.Null(result.Percent);
        else Assert.InRange(result.Percent!.Value, 0, 100);
        Assert.InRange(result.Total!.Value, 0, result.Maximum!.Value);
    }

    [Property]
    public void Band_assignment_is_ordered_and_matches_the_configured_ranges(BandedPair pair)
    {
        var (first, second) = (Scored(pair.First), Scored(pair.Second));
        var bands = pair.First.Definition.Scoring.Bands.OrderBy(b => b.From ?? decimal.MinValue).ToList();
        int Index(InstrumentResult r)
        {
            var band = Assert.Single(bands, b => b.Contains(r.Total!.Value));
            Assert.Equal(band.Label, r.Band);
            return bands.IndexOf(band);
        }
        var (low, high) = first.Total <= second.Total ? (first, second) : (second, first);
        Assert.True(Index(low) <= Index(high));
    }

    [Property]
    public void Covering_bands_raise_no_problem(BandedPair pair) =>
        Assert.Empty(InstrumentValidation.Validate(pair.First.Definition));

    [Property]
    public bool Any_definition_with_overlapping_bands_is_rejected(RandomBands random)
    {
        static bool Overlap(Band a, Band b) =>
            (a.From ?? decimal.MinValue) <= (b.To ?? decimal.MaxValue) && (b.From ?? decimal.MinValue) <= (a.To ?? decimal.MaxValue);
        var bands = random.Bands;
        var overlapping = bands.SelectMany((a, i) => bands.Skip(i + 1).Select(b => Overlap(a, b))).Any(o => o);
        var definition = Checklist(10) with { Scoring = new Scoring { Bands = bands } };
        var rejected = InstrumentValidation.Validate(definition).Any(p => p.IsError && p.Message.Contains("пересекаются", StringComparison.Ordinal));
        var refused = !InstrumentScorer.Score(definition, Answers(definition)).Succeeded;
        return overlapping == rejected && overlapping == refused;
    }

    [Property]
    public bool A_stated_maximum_other_than_the_computed_one_is_always_warned(FilledInstrument filled, int delta)
    {
        var computed = InstrumentBounds.Total(filled.Definition).Max;
        var stated = filled.Definition with { Scoring = new Scoring { Maximum = computed + delta } };
        var warned = InstrumentValidation.Validate(stated).Any(p => p is { Severity: ProblemSeverity.Warning, Path: "scoring.maximum" });
        return warned == (delta != 0);
    }

    [Property]
    public void An_answer_out_of_its_scale_is_always_rejected(OutOfScaleAnswer bad)
    {
        var response = bad.Filled.Response;
        var answers = response.Answers.ToDictionary();
        answers[bad.Code] = System.Text.Json.JsonSerializer.SerializeToElement(bad.Value);
        var outcome = InstrumentScorer.Score(bad.Filled.Definition, response with { Answers = answers });
        Assert.False(outcome.Succeeded);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(bad.Code, problem.Path);
        Assert.Contains("не входит в шкалу", problem.Message);
    }
}
