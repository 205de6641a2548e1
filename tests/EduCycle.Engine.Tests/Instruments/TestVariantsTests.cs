using EduCycle.Engine.Instruments;
using static EduCycle.Engine.Tests.Instruments.Build;

namespace EduCycle.Engine.Tests.Instruments;

public sealed class TestVariantsTests
{
    private static TestQuestionItem Question(string code, decimal points = 1) =>
        new() { Code = code, Options = [new() { Code = "a" }, new() { Code = "b" }], Key = "a", Points = points };

    private static readonly InstrumentDefinition Bank = Instrument(
        Section("law", [.. Enumerable.Range(1, 15).Select(i => Question($"law-{i}"))]),
        Section("russian", [.. Enumerable.Range(1, 10).Select(i => Question($"ru-{i}", 2))])) with
    {
        Kind = InstrumentKind.Test,
        Draw = [new DrawRule { Section = "law", Count = 5 }, new DrawRule { Section = "russian", Count = 3 }],
        Scoring = new Scoring { Maximum = 5 + 3 * 2 },
    };

    [Fact]
    public void The_stated_maximum_of_a_test_refers_to_a_variant() => Assert.Empty(InstrumentValidation.Validate(Bank));

    [Fact]
    public void A_variant_draws_the_ruled_number_of_distinct_questions_per_section_in_bank_order()
    {
        var variant = TestVariants.Draw(Bank, 42);
        Assert.Equal(8, variant.QuestionCodes.Distinct().Count());
        Assert.Equal(5, variant.QuestionCodes.Count(c => c.StartsWith("law-", StringComparison.Ordinal)));
        Assert.Equal(3, variant.QuestionCodes.Count(c => c.StartsWith("ru-", StringComparison.Ordinal)));
        var bankOrder = Bank.AllItems().Select(i => i.Code).ToList();
        Assert.Equal(variant.QuestionCodes.OrderBy(bankOrder.IndexOf), variant.QuestionCodes);
        Assert.Empty(variant.Definition.Draw);
    }

    [Fact]
    public void The_same_seed_gives_the_same_variant_and_seeds_differ()
    {
        Assert.Equal(TestVariants.Draw(Bank, 7).QuestionCodes, TestVariants.Draw(Bank, 7).QuestionCodes);
        var variants = Enumerable.Range(0, 20).Select(s => string.Join(",", TestVariants.Draw(Bank, s).QuestionCodes)).Distinct().Count();
        Assert.True(variants >= 18, $"only {variants} distinct variants of 20 seeds");
    }

    [Fact]
    public void Every_question_is_drawn_about_equally_often()
    {
        // 5 of 15 law questions: each is drawn with probability 1/3; over 3000 seeds expect 1000 ± 100 (≈ 4 σ).
        var counts = Enumerable.Range(0, 3000).SelectMany(s => TestVariants.Draw(Bank, s).QuestionCodes)
            .Where(c => c.StartsWith("law-", StringComparison.Ordinal)).CountBy(c => c).ToDictionary();
        Assert.Equal(15, counts.Count);
        Assert.All(counts.Values, n => Assert.InRange(n, 900, 1100));
    }

    [Fact]
    public void A_variant_is_scored_on_its_drawn_questions_only()
    {
        var variant = TestVariants.Draw(Bank, 3);
        var keys = variant.QuestionCodes.Select(c => (c, (object?)"a")).ToArray();
        var result = InstrumentScorer.Score(variant.Definition, Answers(variant.Definition, keys)).Result!;
        Assert.Equal((11m, 11m, 11m, 100m), (result.Total, result.Maximum, result.TestScore, result.Percent));

        var notDrawn = Bank.AllItems().Select(i => i.Code).First(c => !variant.QuestionCodes.Contains(c));
        var outcome = InstrumentScorer.Score(variant.Definition, Answers(variant.Definition, (notDrawn, "a")));
        Assert.Equal($"пункт «{notDrawn}»: такого пункта в инструменте нет", Assert.Single(outcome.Problems).Message);
    }

    [Fact]
    public void An_instrument_without_draw_rules_has_no_variants() =>
        Assert.Throws<ArgumentException>(() => TestVariants.Draw(Checklist(2), 1));
}
