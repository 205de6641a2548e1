using System.Text.Json;
using EduCycle.Engine.Instruments;

namespace EduCycle.Web.Features.Instruments.Components;

/// <summary>
/// The items two assessments answer differently (self-assessment vs expert). Answers are compared by their
/// <see cref="AnswerText"/>, so equal answers written differently — 2 and 2.0, a Likert point by code or by label,
/// the same options in another order — are not differences.
/// </summary>
public static class AnswerDifferences
{
    public static IReadOnlySet<string> Of(InstrumentDefinition definition,
        IReadOnlyDictionary<string, JsonElement>? first, IReadOnlyDictionary<string, JsonElement>? second) =>
        definition.AllItems()
            .Where(i => AnswerText.Of(definition, i, first) != AnswerText.Of(definition, i, second))
            .Select(i => i.Code)
            .ToHashSet();
}
