using System.Text.Json;
using EduCycle.Engine.Instruments;

namespace EduCycle.Engine.Tests.Instruments;

/// <summary>
/// One hand-computed case of a <c>*.cases.json</c> file (format: <c>methodology/README.md</c>): how to build the
/// response (<c>variantSeed</c>, <c>fill</c>, <c>fillKeys</c>, <c>answers</c>, <c>override</c>) and what to expect.
/// </summary>
internal sealed class InstrumentCase(JsonElement json)
{
    private static readonly string[] CaseFields = ["name", "variantSeed", "fill", "fillKeys", "answers", "override", "expected"];

    public string Name => json.GetProperty("name").GetString()!;
    public JsonElement Expected => json.GetProperty("expected");

    public static IReadOnlyList<InstrumentCase> Load(string caseFile)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(caseFile), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return [.. document.RootElement.GetProperty("cases").EnumerateArray().Select(c => new InstrumentCase(c.Clone()))];
    }

    /// <summary>The definition to score: the instrument, or the variant drawn with <c>variantSeed</c>.</summary>
    public InstrumentDefinition Definition(InstrumentDefinition instrument) =>
        json.TryGetProperty("variantSeed", out var seed) ? TestVariants.Draw(instrument, seed.GetInt32()).Definition : instrument;

    public InstrumentResponse Response(InstrumentDefinition instrument)
    {
        foreach (var field in json.EnumerateObject())
            Assert.True(CaseFields.Contains(field.Name), $"unknown case field «{field.Name}»");

        var answers = new Dictionary<string, JsonElement>();
        if (json.TryGetProperty("fill", out var fill))
        {
            var value = fill.GetDecimal();
            foreach (var item in instrument.AllItems().OfType<ScaleItem>())
            {
                if (instrument.FindScale(item.Scale)!.All(p => p.Value != value))
                    Assert.Fail($"fill {value} is not a point of the scale «{item.Scale}» of item {item.Code}");
                answers[item.Code] = fill;
            }
        }
        if (json.TryGetProperty("fillKeys", out var fillKeys) && fillKeys.GetBoolean())
            foreach (var question in instrument.AllItems().OfType<TestQuestionItem>())
                answers[question.Code] = JsonSerializer.SerializeToElement(question.Key);
        if (json.TryGetProperty("answers", out var given))
            foreach (var answer in given.EnumerateObject()) answers[answer.Name] = answer.Value;

        return new InstrumentResponse
        {
            Instrument = instrument.Code,
            Version = instrument.Version,
            Answers = answers,
            Override = json.TryGetProperty("override", out var o) ? o.Deserialize<BandOverride>(InstrumentJson.Options) : null,
        };
    }
}
