using System.Text.Json;

namespace EduCycle.Engine.Instruments;

/// <summary>
/// Checks a response against its definition and reports every problem at once, naming the item code:
/// an unknown item, an answer of the wrong type, out of its scale, outside the number's bounds, an unknown
/// option, «другое» where it is not allowed, a required item without an answer, an override without a comment.
/// </summary>
public static class ResponseValidation
{
    public static IReadOnlyList<InstrumentProblem> Validate(InstrumentDefinition instrument, InstrumentResponse response) =>
        Read(instrument, response).Problems;

    internal static (IReadOnlyDictionary<string, AnswerReading> Readings, IReadOnlyList<InstrumentProblem> Problems) Read(
        InstrumentDefinition instrument, InstrumentResponse response)
    {
        var problems = new List<InstrumentProblem>();
        if (response.Instrument != instrument.Code)
            problems.Add(InstrumentProblem.Error("instrument", $"ответ относится к инструменту «{response.Instrument}», а не к «{instrument.Code}»"));
        if (response.Version is { } version && version != instrument.Version)
            problems.Add(InstrumentProblem.Error("version", $"ответ относится к версии {version}, а не к версии {instrument.Version}"));

        var items = instrument.AllItems().ToList();
        var known = items.Select(i => i.Code).ToHashSet();
        problems.AddRange(response.Answers.Keys.Where(k => !known.Contains(k))
            .Select(k => InstrumentProblem.Error(k, $"пункт «{k}»: такого пункта в инструменте нет")));

        var readings = new Dictionary<string, AnswerReading>();
        foreach (var item in items)
        {
            var answered = response.Answers.TryGetValue(item.Code, out var answer) && answer.ValueKind != JsonValueKind.Null;
            if (answered)
            {
                var reading = item.Read(answer, instrument);
                readings[item.Code] = reading;
                problems.AddRange(reading.Errors.Select(e => InstrumentProblem.Error(item.Code, $"пункт «{item.Code}»: {e}")));
            }
            if (item.Required && (!answered || item.IsBlank(answer)))
                problems.Add(InstrumentProblem.Error(item.Code, $"пункт «{item.Code}»: обязательный пункт без ответа"));
        }

        if (response.Override is { } bandOverride) CheckOverride(instrument.Scoring, bandOverride, problems);
        return (readings, problems);
    }

    private static void CheckOverride(Scoring scoring, BandOverride bandOverride, List<InstrumentProblem> problems)
    {
        if (scoring.Bands.All(b => b.Label != bandOverride.Band))
            problems.Add(InstrumentProblem.Error("override.band", $"уровня «{bandOverride.Band}» нет среди уровней инструмента"));
        if (scoring.OverrideRequiresComment && string.IsNullOrWhiteSpace(bandOverride.Comment))
            problems.Add(InstrumentProblem.Error("override.comment", "другой уровень можно установить только с письменным обоснованием (comment)"));
    }
}
