using EduCycle.Engine.Instruments;
using static EduCycle.Engine.Tests.Instruments.Build;

namespace EduCycle.Engine.Tests.Instruments;

public sealed class InstrumentScorerTests
{
    private static InstrumentResult Scored(InstrumentDefinition instrument, InstrumentResponse response)
    {
        var outcome = InstrumentScorer.Score(instrument, response);
        Assert.True(outcome.Succeeded, string.Join(Environment.NewLine, outcome.Problems));
        return outcome.Result!;
    }

    private static IReadOnlyList<string> Refused(InstrumentDefinition instrument, InstrumentResponse response)
    {
        var outcome = InstrumentScorer.Score(instrument, response);
        Assert.False(outcome.Succeeded);
        Assert.Null(outcome.Result);
        return [.. outcome.Problems.Select(p => p.Message)];
    }

    // ДПП expertise of seed 004 (S4-F1): 21 rows × 2 = 42; 30–42 / 27–29 / ≤ 26.
    [Theory]
    [InlineData(42, "рекомендуется")]
    [InlineData(30, "рекомендуется")]
    [InlineData(29, "рекомендуется после доработки")]
    [InlineData(27, "рекомендуется после доработки")]
    [InlineData(26, "не рекомендуется")]
    [InlineData(0, "не рекомендуется")]
    public void Expertise_band_edges(int total, string band)
    {
        var expertise = Checklist(21, Band(30, 42, "рекомендуется"), Band(27, 29, "рекомендуется после доработки"), Band(null, 26, "не рекомендуется"));
        var result = Scored(expertise, ChecklistTotal(expertise, total));
        Assert.Equal(total, result.Total);
        Assert.Equal(42, result.Maximum);
        Assert.Equal(band, result.Band);
    }

    // School transition self-assessment of seed 004: 18 items × 2 = 36; 27–36 / 11–26 / < 11.
    [Theory]
    [InlineData(27, "высокий")]
    [InlineData(26, "средний")]
    [InlineData(11, "средний")]
    [InlineData(10, "низкий")]
    public void Open_ended_bands_take_everything_beyond_their_end(int total, string band)
    {
        var selfAssessment = Checklist(18, Band(27, null, "высокий"), Band(11, 26, "средний"), Band(null, 10, "низкий"));
        Assert.Equal(band, Scored(selfAssessment, ChecklistTotal(selfAssessment, total)).Band);
    }

    [Theory]
    [InlineData(4, 2, false)]    // exactly half is not more than half
    [InlineData(4, 3, true)]
    [InlineData(100, 50, false)] // 50 %
    [InlineData(100, 51, true)]  // 51 %
    [InlineData(10, 6, true)]
    [InlineData(1, 0, false)]
    public void Effective_only_when_more_than_half_of_the_indicators_reach_their_threshold(int indicators, int reached, bool effective)
    {
        var framework = Framework(indicators);
        var answers = Enumerable.Range(1, indicators).Select(i => ($"i{i}", (object?)(i <= reached ? 80m : 79.99m))).ToArray();
        var result = Scored(framework, Answers(framework, answers));
        var verdict = result.Threshold!;
        Assert.Equal(indicators, verdict.Indicators);
        Assert.Equal(reached, verdict.Reached);
        Assert.Equal(effective, verdict.Effective);
        Assert.Equal(effective ? "эффективен" : "имеются признаки неэффективности", verdict.Verdict);
        Assert.Equal(reached * 10, result.Total);
        Assert.Equal(indicators * 10, result.Maximum);
    }

    [Fact]
    public void An_unanswered_indicator_does_not_reach_its_threshold()
    {
        var framework = Framework(3);
        var result = Scored(framework, Answers(framework, ("i1", 90), ("i2", 95)));
        Assert.Equal((3, 2, true), (result.Threshold!.Indicators, result.Threshold.Reached, result.Threshold.Effective));
        Assert.Equal(new ItemResult("i3", 0, false), result.Items[2]);
    }

    [Fact]
    public void Required_items_must_be_answered_and_all_problems_come_together()
    {
        var instrument = Instrument(Section("1",
            ScaleItem("1.1", required: true),
            new TextItem { Code = "1.2", Required = true },
            new LikertItem { Code = "1.3", Scale = "s210", Required = true, Rows = [new() { Code = "r1" }, new() { Code = "r2" }] },
            new MultipleChoiceItem { Code = "1.4", Required = true, Options = [new() { Code = "a" }] }));
        var problems = Refused(instrument, Answers(instrument, ("1.2", "  "), ("1.3", new Dictionary<string, object> { ["r1"] = 2 }), ("1.4", Array.Empty<string>())));
        Assert.Equal(
        [
            "пункт «1.1»: обязательный пункт без ответа",
            "пункт «1.2»: обязательный пункт без ответа",
            "пункт «1.3»: обязательный пункт без ответа",
            "пункт «1.4»: обязательный пункт без ответа",
        ], problems);

        var complete = Answers(instrument, ("1.1", 0), ("1.2", "текст"), ("1.3", new Dictionary<string, object> { ["r1"] = 2, ["r2"] = "не соответствует" }), ("1.4", new[] { "a" }));
        Assert.Equal(0, Scored(instrument, complete).Total);
    }

    [Fact]
    public void An_override_needs_a_written_comment_when_the_instrument_says_so()
    {
        var expertise = Checklist(2, Band(3, 4, "рекомендуется"), Band(null, 2, "не рекомендуется")) with
        {
            Scoring = new Scoring { OverrideRequiresComment = true, Bands = [Band(3, 4, "рекомендуется"), Band(null, 2, "не рекомендуется")] },
        };
        var bare = new BandOverride { Band = "рекомендуется" };
        Assert.Equal(["другой уровень можно установить только с письменным обоснованием (comment)"],
            Refused(expertise, Answers(expertise, ("1.1", 1)) with { Override = bare }));

        var result = Scored(expertise, Answers(expertise, ("1.1", 1)) with { Override = bare with { Comment = "Программа доработана" } });
        Assert.Equal(("не рекомендуется", "рекомендуется"), (result.Band, result.FinalBand));

        var free = expertise with { Scoring = expertise.Scoring with { OverrideRequiresComment = false } };
        Assert.Equal("рекомендуется", Scored(free, Answers(free, ("1.1", 1)) with { Override = bare }).FinalBand);
        Assert.Equal(["уровня «отлично» нет среди уровней инструмента"],
            Refused(free, Answers(free) with { Override = new BandOverride { Band = "отлично", Comment = "—" } }));
    }

    [Fact]
    public void Weighted_sum_multiplies_section_scores_by_their_weights()
    {
        var instrument = Instrument(
            Section("1", ScaleItem("1.1"), ScaleItem("1.2")) with { Weight = 0.5m },
            Section("2", ScaleItem("2.1")) with { Weight = 3m }) with
        {
            Scoring = new Scoring { Total = TotalMode.WeightedSum },
        };
        var result = Scored(instrument, Answers(instrument, ("1.1", 2), ("1.2", 1), ("2.1", 1)));
        Assert.Equal(0.5m * 3 + 3m * 1, result.Total);       // 4.5
        Assert.Equal(0.5m * 4 + 3m * 2, result.Maximum);     // 8
        Assert.Equal(56.25m, result.Percent);                // 4.5 / 8
        Assert.Equal([3m, 1m], result.Sections.Select(s => s.Score));
    }

    [Fact]
    public void Nested_sections_roll_up_into_their_parent()
    {
        var instrument = Instrument(
            Section("1", ScaleItem("1.0")) with
            {
                Sections = [Section("1.1", ScaleItem("1.1.1"), ScaleItem("1.1.2")), Section("1.2", ScaleItem("1.2.1"))],
            },
            Section("2", new YesNoItem { Code = "2.1", Points = new YesNoPoints { Yes = 3, No = 1 } }));
        var result = Scored(instrument, Answers(instrument, ("1.0", 1), ("1.1.1", 2), ("1.1.2", 0), ("1.2.1", 2), ("2.1", false)));
        var parent = result.FindSection("1")!;
        Assert.Equal((1m + 2 + 0 + 2, 8m), (parent.Score, parent.Maximum));
        Assert.Equal((2m, 4m), (result.FindSection("1.1")!.Score, result.FindSection("1.1")!.Maximum));
        Assert.Equal((1m, 3m), (result.FindSection("2")!.Score, result.FindSection("2")!.Maximum));
        Assert.Equal((6m, 11m), (result.Total, result.Maximum));
    }

    [Theory]
    [InlineData(4, 66.67, "средний")]  // 4 of 6 = 66.666… → 66.67
    [InlineData(3, 50, "средний")]
    [InlineData(2, 33.33, "низкий")]
    [InlineData(5, 83.33, "высокий")]
    public void Percent_bands_apply_to_the_percent_rounded_to_hundredths(int total, decimal percent, string band)
    {
        var instrument = Checklist(3) with
        {
            Scoring = new Scoring { BandsOn = BandBasis.Percent, Bands = [Band(80, 100, "высокий"), Band(50, 79.99m, "средний"), Band(null, 49.99m, "низкий")] },
        };
        var result = Scored(instrument, ChecklistTotal(instrument, total));
        Assert.Equal((percent, band), (result.Percent!.Value, result.Band));
    }

    [Fact]
    public void Without_a_total_there_is_no_maximum_percent_or_band()
    {
        var questionnaire = Instrument(Section("1", new TextItem { Code = "1.1" }, ScaleItem("1.2"))) with { Scoring = new Scoring { Total = TotalMode.None } };
        var result = Scored(questionnaire, Answers(questionnaire, ("1.1", "всё понравилось"), ("1.2", 2)));
        Assert.Equal((null, null, null, null), (result.Total, result.Maximum, result.Percent, result.Band));
        Assert.Equal([null, 2m], result.Items.Select(i => i.Points));
    }

    [Fact]
    public void A_zero_maximum_gives_no_percent()
    {
        var instrument = Instrument(Section("1", new TextItem { Code = "1.1" }));
        var result = Scored(instrument, Answers(instrument));
        Assert.Equal((0m, 0m, null), (result.Total, result.Maximum, result.Percent));
    }

    [Fact]
    public void Every_item_kind_earns_its_points()
    {
        var options = (string[] codes) => codes.Select((c, i) => new ChoiceOption { Code = c, Points = i }).ToList();
        var instrument = Instrument(Section("1",
            ScaleItem("scale"),
            new YesNoItem { Code = "yes" },
            new PlusMinusItem { Code = "minus", Points = new PlusMinusPoints { Plus = 2, Minus = -1 } },
            new NumberItem { Code = "number", Threshold = new Threshold { Op = ThresholdOperator.Less, Value = 5 }, Points = 4 },
            new SingleChoiceItem { Code = "single", Options = options(["a", "b", "c"]), AllowOther = true },
            new MultipleChoiceItem { Code = "multiple", Options = options(["a", "b", "c"]) },
            new SingleChoiceItem { Code = "unscored", Options = [new() { Code = "a" }] },
            new TestQuestionItem { Code = "q", Options = [new() { Code = "a" }, new() { Code = "b" }], Key = "b", Points = 3 }));
        var result = Scored(instrument, Answers(instrument,
            ("scale", 1), ("yes", true), ("minus", "−"), ("number", 4.99m), ("single", new Dictionary<string, string> { ["other"] = "своё" }),
            ("multiple", new object[] { "b", "c" }), ("unscored", "a"), ("q", "b")));
        Assert.Equal([1m, 1m, -1m, 4m, 0m, 3m, null, 3m], result.Items.Select(i => i.Points));
        Assert.Equal(11m, result.Total);
        Assert.Equal(3m, result.TestScore);
        Assert.Equal(2 + 1 + 2 + 4 + 2 + 3 + 3, result.Maximum);
    }

    [Fact]
    public void Invalid_answers_are_reported_together_with_the_item_code()
    {
        var instrument = Instrument(Section("1",
            ScaleItem("1.1"),
            new YesNoItem { Code = "1.2" },
            new PlusMinusItem { Code = "1.3" },
            new NumberItem { Code = "1.4", Min = 0, Max = 100 },
            new SingleChoiceItem { Code = "1.5", Options = [new() { Code = "a" }] },
            new MultipleChoiceItem { Code = "1.6", Options = [new() { Code = "a" }] },
            new LikertItem { Code = "1.7", Scale = "s210", Rows = [new() { Code = "r1" }] },
            new TextItem { Code = "1.8" }));
        var problems = Refused(instrument, Answers(instrument,
            ("1.1", 1.5m), ("1.2", "да"), ("1.3", "±"), ("1.4", 100.5m), ("1.5", new Dictionary<string, string> { ["other"] = "своё" }),
            ("1.6", new object[] { "a", "a", "z" }), ("1.7", new Dictionary<string, object> { ["r1"] = "high", ["r9"] = 1 }), ("1.8", 5), ("2.1", 1)));
        Assert.Equal(
        [
            "пункт «2.1»: такого пункта в инструменте нет",
            "пункт «1.1»: значение 1.5 не входит в шкалу «s210» (2, 1, 0)",
            "пункт «1.2»: ожидается true (да) или false (нет), получено \"да\"",
            "пункт «1.3»: ожидается \"+\" или \"-\", получено \"±\"",
            "пункт «1.4»: число 100.5 вне допустимых границ [0; 100]",
            "пункт «1.5»: вариант «другое» не предусмотрен",
            "пункт «1.6»: неизвестный вариант «z»",
            "пункт «1.6»: вариант «a» выбран дважды",
            "пункт «1.7»: ряд «r1»: ответ \"high\" не входит в шкалу «s210»",
            "пункт «1.7»: неизвестный ряд «r9»",
            "пункт «1.8»: ожидается текст, получено 5",
        ], problems);
    }

    [Fact]
    public void Likert_rows_are_answered_by_point_code_label_or_value()
    {
        var hml = new List<ScalePoint> { new() { Value = 3, Label = "высокий", Code = "high" }, new() { Value = 0, Label = "затрудняюсь ответить", Code = "cantSay" } };
        var instrument = Instrument(Section("1", new LikertItem { Code = "1.1", Scale = "hml", Rows = [new() { Code = "a" }, new() { Code = "b" }, new() { Code = "c" }] })) with
        {
            Scales = new Dictionary<string, IReadOnlyList<ScalePoint>> { ["hml"] = hml },
        };
        var result = Scored(instrument, Answers(instrument, ("1.1", new Dictionary<string, object> { ["a"] = "high", ["b"] = "затрудняюсь ответить", ["c"] = 3 })));
        Assert.Null(Assert.Single(result.Items).Points);
    }

    [Fact]
    public void A_response_to_another_instrument_or_version_is_refused()
    {
        var instrument = Checklist(1);
        Assert.Equal(["ответ относится к инструменту «other», а не к «unit»", "ответ относится к версии 2, а не к версии 1"],
            Refused(instrument, Answers(instrument) with { Instrument = "other", Version = 2 }));
    }
}
