using EduCycle.Engine.Instruments;
using static EduCycle.Engine.Tests.Instruments.Build;

namespace EduCycle.Engine.Tests.Instruments;

public sealed class InstrumentValidationTests
{
    private static readonly Band[] ExpertiseBands =
        [Band(30, 42, "рекомендуется"), Band(27, 29, "рекомендуется после доработки"), Band(null, 26, "не рекомендуется")];

    private static void AssertProblem(InstrumentDefinition instrument, ProblemSeverity severity, string substring)
    {
        var problems = InstrumentValidation.Validate(instrument);
        Assert.True(problems.Any(p => p.Severity == severity && p.Message.Contains(substring, StringComparison.Ordinal)),
            $"no {severity} containing «{substring}» among:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    [Fact]
    public void Expertise_bands_over_21_items_are_clean()
    {
        var expertise = Checklist(21, ExpertiseBands) with { Scoring = new Scoring { Maximum = 42, Bands = ExpertiseBands } };
        Assert.Empty(InstrumentValidation.Validate(expertise));
    }

    [Fact]
    public void The_43_item_checklist_stating_88_gets_a_warning_not_an_error()
    {
        var checklist = Checklist(43) with { Scoring = new Scoring { Maximum = 88 } };
        var problem = Assert.Single(InstrumentValidation.Validate(checklist));
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Equal("scoring.maximum", problem.Path);
        Assert.Equal("заявленный максимум 88 не совпадает с максимумом по пунктам 86", problem.Message);
    }

    [Fact]
    public void A_section_stated_maximum_is_checked()
    {
        var instrument = Instrument(Section("1", ScaleItem("1.1"), ScaleItem("1.2")) with { MaxPoints = 5 });
        var problem = Assert.Single(InstrumentValidation.Validate(instrument));
        Assert.Equal("sections[0].maxPoints", problem.Path);
        Assert.Contains("заявленный максимум 5 не совпадает с максимумом по пунктам 4", problem.Message);
    }

    [Fact]
    public void Overlapping_bands_are_an_error() =>
        AssertProblem(Checklist(21, Band(29, 42, "рекомендуется"), Band(null, 29, "не рекомендуется")), ProblemSeverity.Error, "пересекаются");

    [Fact]
    public void Two_open_bottoms_overlap() =>
        AssertProblem(Checklist(21, Band(null, 10, "мало"), Band(null, 42, "много")), ProblemSeverity.Error, "пересекаются");

    [Fact]
    public void A_gap_between_whole_number_bands_is_a_warning()
    {
        // Young teachers' checklist of seed 004: 17–22 / 12–15 / < 12 leaves 16 without a band.
        var checklist = Checklist(11, Band(17, 22, "высокий"), Band(12, 15, "средний"), Band(null, 11, "низкий"));
        var problem = Assert.Single(InstrumentValidation.Validate(checklist));
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Contains("разрыв", problem.Message);
        Assert.Contains("12–15 «средний»", problem.Message);
    }

    [Fact]
    public void With_fractional_weights_adjacent_integers_leave_a_gap()
    {
        var instrument = Checklist(2, Band(3, null, "высокий"), Band(null, 2, "низкий")) with
        {
            Scoring = new Scoring { Total = TotalMode.WeightedSum, Bands = [Band(3, null, "высокий"), Band(null, 2, "низкий")] },
        };
        instrument = instrument with { Sections = [instrument.Sections[0] with { Weight = 1.5m }] };
        AssertProblem(instrument, ProblemSeverity.Warning, "разрыв");
    }

    [Fact]
    public void Percent_bands_in_hundredths_leave_no_gap()
    {
        var instrument = Checklist(3) with
        {
            Scoring = new Scoring { BandsOn = BandBasis.Percent, Bands = [Band(50, 100, "высокий"), Band(0, 49.99m, "низкий")] },
        };
        Assert.Empty(InstrumentValidation.Validate(instrument));
    }

    [Fact]
    public void Bands_that_miss_reachable_totals_are_a_warning()
    {
        AssertProblem(Checklist(3, Band(2, 5, "средний")), ProblemSeverity.Warning, "не покрывают значения от 0 до 2");
        AssertProblem(Checklist(3, Band(0, 5, "средний")), ProblemSeverity.Warning, "не покрывают значения выше 5 до 6");
    }

    [Fact]
    public void A_duplicated_band_label_and_a_reversed_band_are_errors()
    {
        AssertProblem(Checklist(3, Band(3, 6, "уровень"), Band(0, 2, "уровень")), ProblemSeverity.Error, "подпись уровня «уровень» повторяется");
        AssertProblem(Checklist(3, Band(6, 0, "уровень")), ProblemSeverity.Error, "начало больше конца");
    }

    [Fact]
    public void Item_definition_errors_name_the_item_and_its_path()
    {
        var instrument = Instrument(
            Section("1", new ScaleItem { Code = "1.1", Scale = "s012" }, new ScaleItem { Code = "1.2" }, ScaleItem("1.2")),
            Section("2",
                new SingleChoiceItem { Code = "2.1", Options = [new() { Code = "a" }, new() { Code = "a" }] },
                new TestQuestionItem { Code = "2.2", Options = [new() { Code = "a" }, new() { Code = "b" }], Key = "c" },
                new NumberItem { Code = "2.3", Min = 10, Max = 5 },
                new NumberItem { Code = "2.4", Points = 5 },
                new LikertItem { Code = "2.5", Scale = "hml" }));
        var problems = InstrumentValidation.Validate(instrument);
        Assert.All(problems, p => Assert.True(p.IsError));
        Assert.Equal(
        [
            ("sections[0].items[0]", "пункт «1.1»: неизвестная шкала «s012»"),
            ("sections[0].items[1]", "пункт «1.2»: пункт со шкалой не указывает шкалу (scale)"),
            ("sections[1].items[0]", "пункт «2.1»: код варианта «a» повторяется"),
            ("sections[1].items[1]", "пункт «2.2»: ключ «c» не является вариантом ответа"),
            ("sections[1].items[2]", "пункт «2.3»: минимум 10 больше максимума 5"),
            ("sections[1].items[3]", "пункт «2.4»: баллы (points) заданы без порога (threshold)"),
            ("sections[1].items[4]", "пункт «2.5»: неизвестная шкала «hml»"),
            ("sections[1].items[4]", "пункт «2.5»: нет рядов (rows)"),
            ("1.2", "код пункта «1.2» повторяется"),
        ], problems.Select(p => (p.Path, p.Message)));
    }

    [Fact]
    public void Draw_rules_must_name_a_section_with_enough_questions()
    {
        var question = (string code) => new TestQuestionItem { Code = code, Options = [new() { Code = "a" }], Key = "a" };
        var test = Instrument(Section("law", question("q1"), question("q2"))) with
        {
            Draw = [new DrawRule { Section = "law", Count = 3 }, new DrawRule { Section = "history", Count = 1 }],
        };
        var problems = InstrumentValidation.Validate(test);
        Assert.Contains(problems, p => p.Path == "draw[0]" && p.Message == "раздел «law»: выборка 3 вопросов, а в разделе их 2");
        Assert.Contains(problems, p => p.Path == "draw[1]" && p.Message == "правило выборки ссылается на неизвестный раздел «history»");
    }

    [Fact]
    public void A_threshold_rule_without_thresholds_is_an_error() =>
        AssertProblem(Checklist(3) with { Scoring = Framework(1).Scoring }, ProblemSeverity.Error, "ни у одного показателя нет порога");

    [Fact]
    public void A_definition_with_errors_is_not_scored()
    {
        var broken = Checklist(3, Band(2, 6, "высокий"), Band(0, 2, "низкий"));
        var outcome = InstrumentScorer.Score(broken, Answers(broken, ("1.1", 2)));
        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Problems, p => p.Message.Contains("пересекаются", StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_json_is_a_format_error_with_a_path()
    {
        const string json = """
            { "code": "x", "version": 1, "validFrom": "2025-09-01", "name": "x", "kind": "checklist", "subject": "person",
              "sections": [ { "code": "1", "items": [ { "code": "1.1", "kind": "slider" } ] } ] }
            """;
        var e = Assert.Throws<InstrumentException>(() => InstrumentJson.ParseDefinition(json));
        Assert.StartsWith("$.sections[0].items[0]", Assert.Single(e.Problems).Path);
    }

    [Fact]
    public void A_misspelt_property_is_rejected_not_ignored()
    {
        const string json = """
            { "code": "x", "version": 1, "validFrom": "2025-09-01", "name": "x", "kind": "checklist", "subject": "person",
              "sections": [ { "code": "1", "maxPoint": 4 } ] }
            """;
        Assert.Throws<InstrumentException>(() => InstrumentJson.ParseDefinition(json));
    }
}
