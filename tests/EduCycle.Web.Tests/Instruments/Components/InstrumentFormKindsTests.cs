using EduCycle.Web.Tests.Infrastructure;
using System.Globalization;
using System.Text.Json;
using Bunit;
using EduCycle.Engine.Instruments;
using EduCycle.Web.Features.Instruments.Components;

namespace EduCycle.Web.Tests.Instruments.Components;

public sealed class InstrumentFormKindsTests : ComponentContext
{
    private IRenderedComponent<InstrumentForm> RenderForm(InstrumentDefinition definition, Action<IReadOnlyDictionary<string, JsonElement>>? changed = null) =>
        Render<InstrumentForm>(p => p
            .Add(f => f.Definition, definition)
            .Add(f => f.AnswersChanged, a => changed?.Invoke(a)));

    private static string Text(IRenderedComponent<InstrumentForm> form, string testId) =>
        form.Find($"[data-testid='{testId}']").TextContent.Trim();

    // heads-framework-school (seed 004 §1): 30 indicators worth 400 in all; the head is effective only when
    // MORE than half of the indicators reach their thresholds — 15 of 30 is exactly half, not more.
    [Theory]
    [InlineData(30, "30 из 30", "группа эффективных руководителей")]
    [InlineData(16, "16 из 30", "группа эффективных руководителей")]
    [InlineData(15, "15 из 30", "группа, имеющая признаки неэффективности")]
    public void A_framework_shows_the_threshold_verdict(int reached, string count, string verdict)
    {
        var definition = RepositoryInstruments.Load("heads-framework-school");
        var form = RenderForm(definition);
        var indicators = definition.AllItems().Cast<NumberItem>().ToList();

        for (var i = 0; i < indicators.Count; i++)
        {
            var threshold = indicators[i].Threshold!;
            var value = i < reached ? threshold.Value
                : threshold.Op == ThresholdOperator.LessOrEqual ? threshold.Value + 1 : threshold.Value - 1;
            form.Find($"input[data-testid='answer-{indicators[i].Code}']").Change(value.ToString(CultureInfo.GetCultureInfo("ru-RU")));
        }

        Assert.Contains(count, Text(form, "form-verdict"));
        Assert.EndsWith(verdict, Text(form, "form-verdict"));
        if (reached == 30) Assert.Equal("400 / 400", Text(form, "form-total"));
        Assert.Contains("порог достигнут", Text(form, $"threshold-{indicators[0].Code}"));
    }

    [Fact]
    public void A_questionnaire_has_no_score_and_answers_likert_rows_by_point_code()
    {
        var definition = RepositoryInstruments.Load("dpp-listener-questionnaire");
        IReadOnlyDictionary<string, JsonElement>? reported = null;
        var form = RenderForm(definition, a => reported = a);

        form.Find("[data-testid='answer-quality-r1-high']").Click();
        form.Find("[data-testid='answer-quality-r2-cantSay']").Click();
        form.Find("[data-testid='answer-applicable-yes']").Click();

        Assert.Empty(form.FindAll("[data-testid='form-total']"));
        Assert.StartsWith("Отвечено: 2 из", Text(form, "form-answered"));
        Assert.Equal("high", reported!["quality"].GetProperty("r1").GetString());
        Assert.Equal("cantSay", reported["quality"].GetProperty("r2").GetString());
        Assert.Equal(2, reported["quality"].EnumerateObject().Count());
        Assert.Equal("yes", reported["applicable"].GetString());
        // three rows of five are unanswered: the Likert item is still missing
        Assert.Contains("обязательный пункт без ответа", Text(form, "problem-quality"));
    }

    [Fact]
    public void A_test_shows_neither_score_nor_key()
    {
        var definition = RepositoryInstruments.Load("cadre-reserve-test");
        var form = RenderForm(definition);

        form.Find("[data-testid='answer-c1-c']").Click();

        Assert.Empty(form.FindAll("[data-testid='form-total']"));
        Assert.Empty(form.FindAll("[data-testid^='points-']"));
        Assert.Empty(form.FindAll("[data-testid^='section-score-']"));
        Assert.StartsWith("Отвечено: 1 из 71", Text(form, "form-answered"));
    }
}
