using System.Text.Json;
using EduCycle.Engine.Instruments;

namespace EduCycle.Engine.Tests.Instruments;

/// <summary>
/// Runs every <c>*.cases.json</c> beside its instrument (shipped ones in <c>methodology/instruments</c> and the
/// engine's samples): the definition must have no errors, and each field present in <c>expected</c> must match.
/// </summary>
public sealed class InstrumentCaseTests
{
    public static IEnumerable<TheoryDataRow<string>> Instruments() =>
        InstrumentFiles.InstrumentFilesOnly.Select(InstrumentFiles.Relative)
            .Select(f => new TheoryDataRow<string>(f) { TestDisplayName = Path.GetFileName(f) });

    public static IEnumerable<TheoryDataRow<string, int>> Cases() =>
        InstrumentFiles.CaseFiles.SelectMany(file => InstrumentCase.Load(file).Select((c, i) =>
            new TheoryDataRow<string, int>(InstrumentFiles.Relative(file), i) { TestDisplayName = $"{Path.GetFileName(file)} / {c.Name}" }));

    [Theory]
    [MemberData(nameof(Instruments))]
    public void Every_instrument_loads_and_has_no_errors(string file)
    {
        var instrument = InstrumentJson.ParseDefinition(File.ReadAllText(InstrumentFiles.Absolute(file)), file);
        var errors = InstrumentValidation.Validate(instrument).Where(p => p.IsError).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.Equal(Path.GetFileName(file), $"{instrument.Code}.v{instrument.Version}.json");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_matches_the_hand_computed_expectation(string caseFile, int index)
    {
        var instrumentFile = InstrumentFiles.InstrumentOf(InstrumentFiles.Absolute(caseFile));
        Assert.True(File.Exists(instrumentFile), $"no instrument file {instrumentFile} for {caseFile}");
        var instrument = InstrumentJson.ParseDefinition(File.ReadAllText(instrumentFile), instrumentFile);
        var problems = InstrumentValidation.Validate(instrument);
        var errors = problems.Where(p => p.IsError).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));

        var @case = InstrumentCase.Load(InstrumentFiles.Absolute(caseFile))[index];
        var definition = @case.Definition(instrument);
        var outcome = InstrumentScorer.Score(definition, @case.Response(definition));
        CaseExpectations.Check(@case.Expected, outcome, problems);
    }
}

/// <summary>Compares every field present in a case's <c>expected</c> with the scoring outcome.</summary>
internal static class CaseExpectations
{
    public static void Check(JsonElement expected, ScoringOutcome outcome, IReadOnlyList<InstrumentProblem> definitionProblems)
    {
        if (expected.TryGetProperty("warnings", out var warnings))
        {
            var messages = definitionProblems.Where(p => !p.IsError).Select(p => p.Message).ToList();
            foreach (var substring in warnings.EnumerateArray().Select(w => w.GetString()!))
                Assert.True(messages.Any(m => m.Contains(substring, StringComparison.Ordinal)),
                    $"no definition warning contains «{substring}»; warnings:{Environment.NewLine}{string.Join(Environment.NewLine, messages)}");
        }
        if (expected.TryGetProperty("problems", out var problems))
        {
            Assert.False(outcome.Succeeded, "the response was expected to be refused");
            var messages = outcome.Problems.Select(p => p.Message).ToList();
            foreach (var substring in problems.EnumerateArray().Select(p => p.GetString()!))
                Assert.True(messages.Any(m => m.Contains(substring, StringComparison.Ordinal)),
                    $"no problem contains «{substring}»; problems:{Environment.NewLine}{string.Join(Environment.NewLine, messages)}");
            return;
        }
        Assert.True(outcome.Succeeded, string.Join(Environment.NewLine, outcome.Problems));
        var result = outcome.Result!;
        foreach (var field in expected.EnumerateObject())
        {
            var value = field.Value;
            switch (field.Name)
            {
                case "total": Assert.Equal(Number(value), result.Total); break;
                case "maximum": Assert.Equal(Number(value), result.Maximum); break;
                case "percent": Assert.Equal(Number(value), result.Percent); break;
                case "testScore": Assert.Equal(Number(value), result.TestScore); break;
                case "band": Assert.Equal(value.GetString(), result.Band); break;
                case "finalBand": Assert.Equal(value.GetString(), result.FinalBand); break;
                case "verdict": Assert.Equal(value.GetString(), result.Threshold?.Verdict); break;
                case "reached": Assert.Equal(value.GetInt32(), result.Threshold?.Reached); break;
                case "sections":
                    foreach (var section in value.EnumerateObject())
                    {
                        var actual = result.FindSection(section.Name);
                        Assert.True(actual is not null, $"no section «{section.Name}» in the result");
                        Assert.True(section.Value.GetDecimal() == actual.Score, $"section «{section.Name}»: expected {section.Value}, actual {actual.Score}");
                    }
                    break;
                case "warnings": break;
                default: Assert.Fail($"unknown expected field «{field.Name}»"); break;
            }
        }
    }

    private static decimal? Number(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();
}
