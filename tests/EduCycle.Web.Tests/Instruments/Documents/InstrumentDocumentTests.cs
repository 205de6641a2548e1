using DocumentFormat.OpenXml.Wordprocessing;
using EduCycle.Engine.Instruments;
using EduCycle.Web.Features.Instruments.Documents;

namespace EduCycle.Web.Tests.Instruments.Documents;

public sealed class InstrumentDocumentTests
{
    private static readonly DateOnly May15 = new(2025, 5, 15);

    [Fact]
    public void Young_teachers_checklist_prints_the_points_the_total_and_the_band()
    {
        var definition = RenderedBlank.Shipped("mms-young-teachers");
        // Items 1–8 at 2, 9 and 10 at 1, 11 at 0: 16 + 2 + 0 = 18 of 11 × 2 = 22; 17–22 is the high band.
        int[] given = [2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 0];
        var response = InstrumentResponse.Of(definition, given.Select((p, i) => Answer($"{i + 1}", p)));
        using var blank = RenderedBlank.Of(definition, response, new DocumentHeader
        {
            SubjectName = "Бокситогорский муниципальный район",
            Period = "2024/25 учебный год",
            ExpertName = "Петрова Анна Сергеевна",
            Date = May15,
        });

        Assert.Empty(blank.ValidationErrors());
        Assert.Equal(definition.Name, blank.Paragraphs[0]);
        Assert.Equal(
            [
                ["Муниципальное образование:", "Бокситогорский муниципальный район"],
                ["Период (кампания):", "2024/25 учебный год"],
                ["Вид оценки:", "экспертная оценка"],
                ["Эксперт:", "Петрова Анна Сергеевна"],
                ["Дата:", "15.05.2025"],
            ],
            RenderedBlank.Rows(blank.Tables[0]));

        var table = Assert.Single(blank.SectionTables);
        var rows = RenderedBlank.Rows(table);
        Assert.Equal(["№", "Показатель / критерий",
            "Баллы\n2 — Соответствует обоснованной системе\n1 — Соответствует частично\n0 — Не соответствует обоснованной системе"], rows[0]);
        Assert.NotNull(table.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(
            definition.AllItems().Select((item, i) => new[] { $"{i + 1}", item.Text, $"{given[i]}" }),
            rows.Skip(1).Take(11));
        Assert.Equal(["Итого по разделу: 18 из 22"], rows[12]);
        Assert.Equal(13, rows.Count);

        // 18 ÷ 22 = 81.818… % → 81,82 % with the decimal comma.
        Assert.Contains("Итоговый балл: 18 из 22 (81,82 %)", blank.Paragraphs);
        Assert.Contains("Уровень: высокая эффективность деятельности муниципальных методических служб", blank.Paragraphs);
        Assert.DoesNotContain(blank.Paragraphs, p => p.StartsWith("Показателей, достигших", StringComparison.Ordinal) || p.StartsWith("Решение эксперта", StringComparison.Ordinal));
        Assert.Equal("Эксперт: ____________ / Петрова Анна Сергеевна /   Дата: 15.05.2025", blank.Paragraphs[^1]);
    }

    [Fact]
    public void Page_is_A4_portrait_with_official_margins_in_Times_New_Roman_12()
    {
        var definition = RenderedBlank.Shipped("mms-young-teachers");
        var response = InstrumentResponse.Of(definition, Enumerable.Range(1, 11).Select(i => Answer($"{i}", 2)));
        using var blank = RenderedBlank.Of(definition, response, new DocumentHeader { SubjectName = "Лужский муниципальный район", Date = May15 });

        var section = blank.Body.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value)); // 210 × 297 mm in twips
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((1701u, 1134u, 1134, 1134), (margin.Left!.Value, margin.Right!.Value, margin.Top!.Value, margin.Bottom!.Value)); // 3 cm, 2 cm
        var defaults = blank.Document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("24", defaults.FontSize!.Val!.Value); // half-points
        var title = blank.Body.Elements<Paragraph>().First();
        Assert.Equal("28", title.Descendants<FontSize>().Single().Val!.Value);
        Assert.NotNull(title.Descendants<Bold>().SingleOrDefault());
        Assert.Equal(JustificationValues.Center, title.ParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public void Dpp_expertise_prints_the_blank_header_every_criterion_the_decision_and_the_experts_override()
    {
        var definition = RenderedBlank.Shipped("dpp-expertise-general");
        // 21 rows at 1 = 21; rows 1.1, 2.1 and 3.1–3.5 at 2 add 7 → 28, in 27–29 «рекомендуется после доработки».
        string[] atTwo = ["1.1", "2.1", "3.1", "3.2", "3.3", "3.4", "3.5"];
        var codes = definition.AllItems().Select(i => i.Code).ToList();
        var response = InstrumentResponse.Of(definition, codes.Select(c => Answer(c, atTwo.Contains(c) ? 2 : 1)),
            new BandOverride { Band = "рекомендуется", Comment = "Замечания по разделу 4 устранены разработчиком в ходе экспертизы." });
        using var blank = RenderedBlank.Of(definition, response, new DocumentHeader
        {
            SubjectName = "Формирующее оценивание на уроке",
            ExpertName = "Смирнова Е. В.",
            Date = new DateOnly(2025, 2, 3),
            Fields =
            [
                new("ДПП ПП/ПК", "ПК «Формирующее оценивание на уроке» (72 час.)"),
                new("Кафедра", "кафедра педагогики и психологии"),
                new("Ответственный разработчик", "Иванов И. И."),
            ],
            Conclusion = "ДПП ПК рекомендуется к реализации.",
            Recommendation = "Расширить долю практических занятий.",
        });

        Assert.Empty(blank.ValidationErrors());
        Assert.Equal("Бланк общепедагогической экспертизы дополнительной профессиональной программы", blank.Paragraphs[0]);
        Assert.Equal(
            [
                ["Программа:", "Формирующее оценивание на уроке"],
                ["Вид оценки:", "экспертная оценка"],
                ["ДПП ПП/ПК:", "ПК «Формирующее оценивание на уроке» (72 час.)"],
                ["Кафедра:", "кафедра педагогики и психологии"],
                ["Ответственный разработчик:", "Иванов И. И."],
                ["Эксперт:", "Смирнова Е. В."],
                ["Дата:", "03.02.2025"],
            ],
            RenderedBlank.Rows(blank.Tables[0]));

        Assert.Contains("1. Актуальность ДПП.", blank.Paragraphs);
        Assert.Contains("10. Соответствие структуры и трудоёмкости реализации ДПП нормативным требованиям.", blank.Paragraphs);
        var tables = blank.SectionTables.Select(RenderedBlank.Rows).ToList();
        Assert.Equal(10, tables.Count);
        Assert.All(tables, t => Assert.Equal(["№", "Показатель / критерий", "Баллы\n2 — проявляется\n1 — проявляется частично\n0 — не проявляется"], t[0]));
        var itemRows = tables.SelectMany(t => t.Skip(1).SkipLast(1)).ToList();
        Assert.Equal(codes, itemRows.Select(r => r[0]));
        Assert.Equal(definition.AllItems().Select(i => i.Text), itemRows.Select(r => r[1]));
        Assert.Equal(codes.Select(c => atTwo.Contains(c) ? "2" : "1"), itemRows.Select(r => r[2]));
        Assert.Equal(
            ["2 из 2", "2 из 2", "10 из 10", "4 из 8", "3 из 6", "1 из 2", "1 из 2", "2 из 4", "1 из 2", "2 из 4"],
            tables.Select(t => Assert.Single(t[^1])).Select(s => s.Replace("Итого по разделу: ", "", StringComparison.Ordinal)));

        // 28 ÷ 42 = 66.666… % → 66,67 %.
        var totals = blank.Paragraphs.SkipWhile(p => !p.StartsWith("Итоговый балл", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                "Итоговый балл: 28 из 42 (66,67 %)",
                "Уровень: рекомендуется после доработки",
                "Решение эксперта: рекомендуется. Обоснование: Замечания по разделу 4 устранены разработчиком в ходе экспертизы.",
                "Заключение:",
                "ДПП ПК рекомендуется к реализации.",
                "Рекомендации:",
                "Расширить долю практических занятий.",
                "Эксперт: ____________ / Смирнова Е. В. /   Дата: 03.02.2025",
            ],
            totals);
    }

    [Theory]
    [InlineData(16, "Итоговый балл: 215 из 400 (53,75 %)", "Показателей, достигших порогового значения: 16 из 30 — группа эффективных руководителей")]
    [InlineData(15, "Итоговый балл: 200 из 400 (50 %)", "Показателей, достигших порогового значения: 15 из 30 — группа, имеющая признаки неэффективности")]
    public void Heads_framework_prints_indicator_values_thresholds_and_the_verdict(int reached, string total, string verdict)
    {
        // The first `reached` indicators in document order reach their thresholds: criteria 1–5 hold 15 indicators
        // worth 5 × 40 = 200; the 16th is 6.1, worth 15. 16 of 30 is more than half; 15 of 30 is exactly half, not more.
        var definition = RenderedBlank.Shipped("heads-framework-school");
        var indicators = definition.AllItems().Cast<NumberItem>().ToList();
        var response = InstrumentResponse.Of(definition, indicators.Select((item, i) => Answer(item.Code, Value(item.Threshold!, i < reached))));
        using var blank = RenderedBlank.Of(definition, response, new DocumentHeader
        {
            SubjectName = "Кузнецов Пётр Иванович, директор МОУ «Средняя школа № 1»",
            Period = "2024 год",
            ExpertName = "Орлова Н. А.",
            Date = May15,
        });

        Assert.Empty(blank.ValidationErrors());
        Assert.Equal(["Оцениваемый:", "Кузнецов Пётр Иванович, директор МОУ «Средняя школа № 1»"], RenderedBlank.Rows(blank.Tables[0])[0]);
        var first = RenderedBlank.Rows(blank.SectionTables[0]);
        Assert.Equal(["№", "Показатель / критерий", "Ответ", "Баллы"], first[0]);
        Assert.Equal(["1.1", indicators[0].Text, "0 ед.\nпорог: ≤ 0 ед.", "15"], first[1]);
        Assert.Equal(["1.3", indicators[2].Text, "100 %\nпорог: ≥ 100 %", "10"], first[3]);
        Assert.Equal(["Итого по разделу: 40 из 40"], first[4]);
        var sixth = RenderedBlank.Rows(blank.SectionTables[5]);
        Assert.Equal(["6.2", indicators[16].Text, "0 %\nпорог: ≥ 30 %", "0"], sixth[2]);

        Assert.Contains(total, blank.Paragraphs);
        Assert.Contains(verdict, blank.Paragraphs);
        Assert.DoesNotContain(blank.Paragraphs, p => p.StartsWith("Уровень:", StringComparison.Ordinal));
    }

    [Fact]
    public void Listener_questionnaire_prints_answers_as_text_without_points_or_total()
    {
        var definition = RenderedBlank.Shipped("dpp-listener-questionnaire");
        var response = InstrumentResponse.Of(definition,
        [
            Answer("course", "ПК-2024-017"),
            Answer("quality", new Dictionary<string, object> { ["r1"] = "high", ["r2"] = "средняя", ["r3"] = 1, ["r4"] = "cantSay", ["r5"] = "high" }),
            Answer("applicable", "yes"),
            Answer("impression", "liked"),
        ]);
        using var blank = RenderedBlank.Of(definition, response, new DocumentHeader
        {
            SubjectName = "Формирующее оценивание на уроке",
            Role = AssessorRole.SelfAssessment,
            Date = new DateOnly(2025, 3, 20),
        });

        Assert.Empty(blank.ValidationErrors());
        var questions = definition.AllItems().Select(i => i.Text).ToList();
        Assert.Equal(
            [
                ["№", "Вопрос", "Ответ"],
                ["1", questions[0], "ПК-2024-017"],
                ["2", questions[1],
                    "Актуальность и практическая значимость отобранного преподавателем учебного содержания — высокая\n"
                    + "Продуктивность выбранных преподавателем методов, форм и технологий обучения — средняя\n"
                    + "Оснащённость занятия необходимыми средствами обучения — низкая\n"
                    + "Коммуникативность преподавателя — затрудняюсь ответить\n"
                    + "Компетентность преподавателя в рассмотренных на занятии вопросах — высокая"],
                ["3", questions[2], "да"],
                ["4", questions[3], "понравилось"],
            ],
            RenderedBlank.Rows(Assert.Single(blank.SectionTables)));
        Assert.DoesNotContain(blank.Paragraphs, p => p.StartsWith("Итог", StringComparison.Ordinal) || p.StartsWith("Уровень", StringComparison.Ordinal));
        Assert.Equal("Ответственный: ____________ / ____________ /   Дата: 20.03.2025", blank.Paragraphs[^1]);
    }

    [Fact]
    public void A_result_of_another_instrument_is_refused()
    {
        var young = RenderedBlank.Shipped("mms-young-teachers");
        var response = InstrumentResponse.Of(young, Enumerable.Range(1, 11).Select(i => Answer($"{i}", 0)));
        var result = InstrumentScorer.Score(young, response).Result!;

        Assert.Throws<ArgumentException>(() => InstrumentDocument.Render(RenderedBlank.Shipped("dpp-expertise-general"), response, result,
            new DocumentHeader { SubjectName = "—", Date = May15 }));
    }

    private static KeyValuePair<string, object?> Answer(string code, object? value) => new(code, value);

    /// <summary>A value on the threshold (reaching means "equal or better"), or one past it on the wrong side.</summary>
    private static decimal Value(Threshold threshold, bool reach) => (threshold.Op, reach) switch
    {
        (_, true) => threshold.Value,
        (ThresholdOperator.LessOrEqual, false) => threshold.Value + 1,
        (ThresholdOperator.GreaterOrEqual, false) => 0,
        _ => throw new ArgumentOutOfRangeException(nameof(threshold), threshold.Op, "not used by the school framework"),
    };
}
