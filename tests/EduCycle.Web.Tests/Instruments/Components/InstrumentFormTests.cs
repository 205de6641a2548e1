using EduCycle.Web.Tests.Infrastructure;
using System.Text.Json;
using Bunit;
using EduCycle.Engine.Instruments;
using EduCycle.Web.Features.Instruments.Components;
using Microsoft.AspNetCore.Components;

namespace EduCycle.Web.Tests.Instruments.Components;

public sealed class InstrumentFormTests : ComponentContext
{
    // mms-young-teachers (seed 004 §2 S2-T1): 11 items scored 2/1/0, max 22;
    // 17–22 high, 12–16 medium (the seed's gap at 16 goes to medium), ≤ 11 low.
    private const string High = "высокая эффективность деятельности муниципальных методических служб";
    private const string Medium = "средняя эффективность деятельности муниципальных методических служб";
    private const string Low = "низкая эффективность деятельности муниципальных методических служб";

    private static readonly InstrumentDefinition YoungTeachers = RepositoryInstruments.Load("mms-young-teachers");

    private IRenderedComponent<InstrumentForm> RenderForm(InstrumentDefinition definition,
        IReadOnlyDictionary<string, JsonElement>? answers = null, bool readOnly = false,
        Action<IReadOnlyDictionary<string, JsonElement>>? changed = null) =>
        Render<InstrumentForm>(p => p
            .Add(f => f.Definition, definition)
            .Add(f => f.Answers, answers)
            .Add(f => f.ReadOnly, readOnly)
            .Add(f => f.AnswersChanged, a => changed?.Invoke(a)));

    private static void Choose(IRenderedComponent<InstrumentForm> form, string item, string value) =>
        form.Find($"[data-testid='answer-{item}-{value}']").Click();

    private static string Text(IRenderedComponent<InstrumentForm> form, string testId) =>
        form.Find($"[data-testid='{testId}']").TextContent.Trim();

    /// <summary>Answers items 1…11 with the given points, clicking the radios.</summary>
    private static void Fill(IRenderedComponent<InstrumentForm> form, params int[] points)
    {
        for (var i = 0; i < points.Length; i++) Choose(form, $"{i + 1}", $"{points[i]}");
    }

    [Fact]
    public void All_items_at_2_give_22_of_22_and_the_high_band()
    {
        var form = RenderForm(YoungTeachers);

        Fill(form, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);

        Assert.Equal("22 / 22", Text(form, "form-total"));
        Assert.Equal("100 %", Text(form, "form-percent"));
        Assert.Equal(High, Text(form, "form-band"));
        Assert.Equal("баллов: 22 из 22", Text(form, "section-score-indicators"));
        Assert.Equal("Замечаний нет", Text(form, "form-problems"));
        Assert.Empty(form.FindAll("[data-testid='form-preview']"));
    }

    [Theory]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 }, "11 / 22", Low)]                // eleven 1s = 11
    [InlineData(new[] { 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 }, "12 / 22", Medium)]             // 2 + ten 1s = 12
    [InlineData(new[] { 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1 }, "16 / 22", Medium)]             // 5×2 + 6×1 = 16, the seed's gap
    [InlineData(new[] { 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1 }, "17 / 22", High)]               // 6×2 + 5×1 = 17
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, "0 / 22", Low)]
    public void The_live_total_and_band_follow_the_seed_bands(int[] points, string total, string band)
    {
        var form = RenderForm(YoungTeachers);

        Fill(form, points);

        Assert.Equal(total, Text(form, "form-total"));
        Assert.Equal(band, Text(form, "form-band"));
    }

    [Fact]
    public void Changing_an_answer_recomputes_the_total()
    {
        var form = RenderForm(YoungTeachers);
        Fill(form, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1);
        Assert.Equal(High, Text(form, "form-band"));

        Choose(form, "1", "1"); // 17 − 1 = 16

        Assert.Equal("16 / 22", Text(form, "form-total"));
        Assert.Equal(Medium, Text(form, "form-band"));
    }

    [Fact]
    public void A_partial_answer_shows_a_preview_counting_unanswered_items_as_0_and_marks_missing_required_items()
    {
        var form = RenderForm(YoungTeachers);

        Fill(form, 2, 2);

        Assert.Equal("4 / 22", Text(form, "form-total"));
        Assert.Equal(Low, Text(form, "form-band"));
        Assert.Single(form.FindAll("[data-testid='form-preview']"));
        Assert.Equal("Ошибок в ответах: 0; обязательных пунктов без ответа: 9", Text(form, "form-problems"));
        Assert.Contains("обязательный пункт без ответа", Text(form, "problem-3"));
        Assert.Contains("item-missing", form.Find("[data-testid='item-3']").ClassName);
        Assert.Empty(form.FindAll("[data-testid='problem-1']"));
        Assert.Equal(11, form.FindAll("[data-testid^='required-']").Count);
    }

    [Fact]
    public void An_answer_out_of_scale_is_shown_under_its_item_and_leaves_no_total()
    {
        var answers = Answers(("1", 3), ("2", 2));

        var form = RenderForm(YoungTeachers, answers);

        Assert.Contains("не входит в шкалу", Text(form, "problem-1"));
        Assert.Contains("item-error", form.Find("[data-testid='item-1']").ClassName);
        Assert.Equal("—", Text(form, "form-total"));
        Assert.StartsWith("Ошибок в ответах: 1;", Text(form, "form-problems"));
    }

    [Fact]
    public void Every_change_reports_all_answers_as_engine_json()
    {
        IReadOnlyDictionary<string, JsonElement>? reported = null;
        var form = RenderForm(YoungTeachers, changed: a => reported = a);

        Choose(form, "1", "2");
        Choose(form, "5", "0");

        Assert.NotNull(reported);
        Assert.Equal(["1", "5"], reported.Keys.Order());
        Assert.Equal(2m, reported["1"].GetDecimal());
        Assert.Equal(0m, reported["5"].GetDecimal());
    }

    [Fact]
    public void A_read_only_form_shows_the_answers_and_ignores_clicks()
    {
        var reported = false;
        var form = RenderForm(YoungTeachers, Answers(("1", 2), ("2", 1)), readOnly: true, changed: _ => reported = true);

        Choose(form, "3", "2");

        Assert.False(reported);
        Assert.Equal("3 / 22", Text(form, "form-total"));
    }

    [Fact]
    public void Item_extras_are_rendered_under_every_item()
    {
        var form = Render<InstrumentForm>(p => p
            .Add(f => f.Definition, YoungTeachers)
            .Add(f => f.ItemExtras, (Func<string, RenderFragment>)(code => b => b.AddMarkupContent(0, $"<span class=\"extra\">files of {code}</span>"))));

        var extras = form.FindAll(".extra");

        Assert.Equal(11, extras.Count);
        Assert.Equal("files of 7", form.Find("[data-testid='item-7'] .extra").TextContent);
    }

    // dpp-expertise-general (seed 004 S4-F1): 21 rows 0/1/2, max 42;
    // 30–42 «рекомендуется», 27–29 «рекомендуется после доработки», ≤ 26 «не рекомендуется».
    [Theory]
    [InlineData(21, "42 / 42", "рекомендуется")]
    [InlineData(9, "30 / 42", "рекомендуется")]                    // 21 × 1 + 9 more = 30
    [InlineData(8, "29 / 42", "рекомендуется после доработки")]
    [InlineData(6, "27 / 42", "рекомендуется после доработки")]
    [InlineData(5, "26 / 42", "не рекомендуется")]
    public void The_programme_expertise_bands_hold_at_their_edges(int rowsAt2, string total, string band)
    {
        var definition = RepositoryInstruments.Load("dpp-expertise-general");
        var form = RenderForm(definition);
        var codes = definition.AllItems().Select(i => i.Code).ToList();
        Assert.Equal(21, codes.Count);

        for (var i = 0; i < codes.Count; i++) Choose(form, codes[i], i < rowsAt2 ? "2" : "1");

        Assert.Equal(total, Text(form, "form-total"));
        Assert.Equal(band, Text(form, "form-band"));
    }

    private static Dictionary<string, JsonElement> Answers(params (string Code, object Value)[] answers) =>
        answers.ToDictionary(a => a.Code, a => JsonSerializer.SerializeToElement(a.Value, InstrumentJson.Options));
}
