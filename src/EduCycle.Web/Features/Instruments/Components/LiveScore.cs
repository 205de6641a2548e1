using System.Text.Json;
using EduCycle.Engine.Instruments;

namespace EduCycle.Web.Features.Instruments.Components;

/// <summary>
/// What the form shows while it is being filled: the response's problems (by item code) and its score.
/// </summary>
/// <remarks>
/// The engine refuses to score a response with any problem, and a draft always lacks required answers. When the only
/// problems are missing required answers, the form shows a <b>preview</b>: the response scored against a copy of the
/// definition where nothing is required, so an unanswered item earns 0 — exactly the engine's rule for unanswered
/// optional items. The total then grows with every answer and equals the final score once the last required item is
/// answered; <see cref="IsPreview"/> tells the form to mark it «неполный ответ». Any other problem (an answer out of
/// scale, outside a number's bounds, «другое» without text) leaves no score, as the engine would.
/// </remarks>
/// <param name="Problems">Every problem of the response, as the engine reports it.</param>
/// <param name="AnswerErrors">The problems that remain when nothing is required: answers that are wrong, not missing.</param>
public sealed record LiveScore(IReadOnlyList<InstrumentProblem> Problems, IReadOnlyList<InstrumentProblem> AnswerErrors, InstrumentResult? Result, bool IsPreview)
{
    public static LiveScore Of(InstrumentDefinition definition, IReadOnlyDictionary<string, JsonElement> answers)
    {
        var response = new InstrumentResponse { Instrument = definition.Code, Version = definition.Version, Answers = answers };
        var optional = NothingRequired(definition);
        var problems = ResponseValidation.Validate(definition, response);
        var answerErrors = ResponseValidation.Validate(optional, response);
        var outcome = InstrumentScorer.Score(definition, response);
        if (outcome.Succeeded) return new(problems, answerErrors, outcome.Result, IsPreview: false);
        var preview = InstrumentScorer.Score(optional, response);
        return new(problems, answerErrors, preview.Result, IsPreview: preview.Succeeded);
    }

    /// <summary>Problems of one item, in the engine's Russian words.</summary>
    public IReadOnlyList<InstrumentProblem> Of(Item item) => [.. Problems.Where(p => p.Path == item.Code)];

    public bool HasAnswerError(Item item) => AnswerErrors.Any(p => p.Path == item.Code);

    /// <summary>A required item without an (a complete) answer.</summary>
    public bool IsMissing(Item item) => Problems.Count(p => p.Path == item.Code) > AnswerErrors.Count(p => p.Path == item.Code);

    public int MissingCount(InstrumentDefinition definition) => definition.AllItems().Count(IsMissing);

    public ItemResult? ItemResult(string code) => Result?.Items.FirstOrDefault(i => i.Code == code);

    public SectionResult? SectionResult(string code) => Result?.FindSection(code);

    private static InstrumentDefinition NothingRequired(InstrumentDefinition definition) =>
        definition with { Sections = [.. definition.Sections.Select(NothingRequired)] };

    private static Section NothingRequired(Section section) => section with
    {
        Items = [.. section.Items.Select(i => i with { Required = false })],
        Sections = [.. section.Sections.Select(NothingRequired)],
    };
}
