using EduCycle.Web.Tests.Infrastructure;
using System.Text.Json;
using Bunit;
using EduCycle.Engine.Instruments;
using EduCycle.Web.Features.Instruments.Components;

namespace EduCycle.Web.Tests.Instruments.Components;

public sealed class AssessmentComparisonTests : ComponentContext
{
    private static readonly InstrumentDefinition YoungTeachers = RepositoryInstruments.Load("mms-young-teachers");

    private static Dictionary<string, object?> AllAt(int points) =>
        Enumerable.Range(1, 11).ToDictionary(i => $"{i}", _ => (object?)points);

    private static (IReadOnlyDictionary<string, JsonElement> Answers, InstrumentResult Result) Scored(Dictionary<string, object?> answers, BandOverride? bandOverride = null)
    {
        var response = InstrumentResponse.Of(YoungTeachers, answers, bandOverride);
        var outcome = InstrumentScorer.Score(YoungTeachers, response);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems));
        return (response.Answers, outcome.Result!);
    }

    private IRenderedComponent<AssessmentComparison> RenderComparison(Dictionary<string, object?> self, Dictionary<string, object?> expert,
        string? reconciled = null, BandOverride? expertOverride = null)
    {
        var (selfAnswers, selfResult) = Scored(self);
        var (expertAnswers, expertResult) = Scored(expert, expertOverride);
        return Render<AssessmentComparison>(p => p
            .Add(c => c.Definition, YoungTeachers)
            .Add(c => c.SelfAnswers, selfAnswers)
            .Add(c => c.SelfResult, selfResult)
            .Add(c => c.ExpertAnswers, expertAnswers)
            .Add(c => c.ExpertResult, expertResult)
            .Add(c => c.ReconciledBand, reconciled));
    }

    private static string Text(IRenderedComponent<AssessmentComparison> view, string testId) =>
        view.Find($"[data-testid='{testId}']").TextContent.Trim();

    [Fact]
    public void Exactly_the_differing_items_are_highlighted_and_both_totals_and_bands_shown()
    {
        // Self: all 2 → 22, high. Expert: items 3–8 lowered to 0 → 22 − 6 × 2 = 10, low.
        var expert = AllAt(2);
        foreach (var code in new[] { "3", "4", "5", "6", "7", "8" }) expert[code] = 0;

        var view = RenderComparison(AllAt(2), expert, reconciled: "средняя эффективность деятельности муниципальных методических служб");

        var differing = view.FindAll("[data-testid='comparison-diff']").Select(r => r.GetAttribute("data-item")).ToList();
        Assert.Equal(["3", "4", "5", "6", "7", "8"], differing);
        Assert.Equal(5, view.FindAll("[data-testid='comparison-same']").Count);
        Assert.Equal("Пунктов с расхождениями: 6", Text(view, "comparison-diff-count"));
        Assert.Equal("22 / 22", Text(view, "comparison-self-total"));
        Assert.Equal("10 / 22", Text(view, "comparison-expert-total"));
        Assert.Equal("высокая эффективность деятельности муниципальных методических служб", Text(view, "comparison-self-band"));
        Assert.Equal("низкая эффективность деятельности муниципальных методических служб", Text(view, "comparison-expert-band"));
        Assert.Equal("средняя эффективность деятельности муниципальных методических служб", Text(view, "comparison-final-band"));
    }

    [Fact]
    public void Rows_show_the_answers_as_scale_labels_with_points()
    {
        var expert = AllAt(2);
        expert["3"] = 1;

        var view = RenderComparison(AllAt(2), expert);

        var cells = view.Find("[data-testid='comparison-diff']").QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("Соответствует обоснованной системе (2)", cells[1]);
        Assert.Equal("Соответствует частично (1)", cells[2]);
        Assert.Contains("22 / 22", Text(view, "comparison-section-score-indicators"));
        Assert.Contains("21 / 22", Text(view, "comparison-section-score-indicators"));
        Assert.Equal("не установлен", Text(view, "comparison-final-band"));
    }

    [Fact]
    public void Equal_assessments_have_no_differences()
    {
        var view = RenderComparison(AllAt(1), AllAt(1));

        Assert.Empty(view.FindAll("[data-testid='comparison-diff']"));
        Assert.Equal("Оценки совпадают по всем пунктам", Text(view, "comparison-diff-count"));
    }

    [Fact]
    public void An_expert_override_is_the_expert_band_with_the_computed_one_and_the_reason_shown()
    {
        // 16 is medium; the expert sets «высокая…» with a comment.
        var expert = AllAt(1);
        foreach (var code in new[] { "1", "2", "3", "4", "5" }) expert[code] = 2;
        const string high = "высокая эффективность деятельности муниципальных методических служб";

        var view = RenderComparison(expert, expert, expertOverride: new BandOverride { Band = high, Comment = "выездное мероприятие проведено дважды" });

        Assert.Equal(high, Text(view, "comparison-expert-band"));
        Assert.Equal("средняя эффективность деятельности муниципальных методических служб", Text(view, "comparison-self-band"));
        Assert.Contains("выездное мероприятие проведено дважды", view.Markup);
    }
}
