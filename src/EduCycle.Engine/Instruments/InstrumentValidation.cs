using System.Globalization;
using System.Text.RegularExpressions;

namespace EduCycle.Engine.Instruments;

/// <summary>
/// Checks a definition before it is used: structural errors (unknown scale, duplicate codes, a key that is
/// not an option, overlapping bands, …) make it unusable; a gap between bands, bands that do not cover the
/// reachable range and a stated maximum the items cannot reach (seed 004: the 43-item checklist states 88
/// while 43 × 2 = 86) are warnings shown to the methodologist, never fixed silently.
/// </summary>
public static partial class InstrumentValidation
{
    public static IReadOnlyList<InstrumentProblem> Validate(InstrumentDefinition instrument)
    {
        var problems = new List<InstrumentProblem>();
        CheckHeader(instrument, problems);
        CheckScales(instrument, problems);
        for (var i = 0; i < instrument.Sections.Count; i++) CheckSection(instrument, instrument.Sections[i], $"sections[{i}]", problems);
        CheckDuplicates(instrument, problems);
        CheckDraw(instrument, problems);
        if (!problems.Any(p => p.IsError)) CheckScoring(instrument, problems);
        return problems;
    }

    public static bool HasErrors(this IEnumerable<InstrumentProblem> problems) => problems.Any(p => p.IsError);

    private static void CheckHeader(InstrumentDefinition instrument, List<InstrumentProblem> problems)
    {
        if (!CodePattern().IsMatch(instrument.Code))
            problems.Add(InstrumentProblem.Error("code", $"код «{instrument.Code}» должен состоять из строчных латинских букв, цифр и дефисов"));
        if (instrument.Version < 1) problems.Add(InstrumentProblem.Error("version", "версия должна быть целым числом от 1"));
        if (string.IsNullOrWhiteSpace(instrument.Name)) problems.Add(InstrumentProblem.Error("name", "не указано название"));
        if (instrument.Sections.Count == 0) problems.Add(InstrumentProblem.Error("sections", "нет ни одного раздела"));
    }

    private static void CheckScales(InstrumentDefinition instrument, List<InstrumentProblem> problems)
    {
        foreach (var (name, points) in instrument.Scales)
        {
            var path = $"scales.{name}";
            if (points.Count == 0) problems.Add(InstrumentProblem.Error(path, $"шкала «{name}» пуста"));
            foreach (var value in points.GroupBy(p => p.Value).Where(g => g.Count() > 1).Select(g => g.Key))
                problems.Add(InstrumentProblem.Error(path, $"в шкале «{name}» значение {Show(value)} повторяется"));
            foreach (var label in points.GroupBy(p => p.Label).Where(g => g.Count() > 1).Select(g => g.Key))
                problems.Add(InstrumentProblem.Error(path, $"в шкале «{name}» подпись «{label}» повторяется"));
            foreach (var code in points.Where(p => p.Code is not null).GroupBy(p => p.Code).Where(g => g.Count() > 1).Select(g => g.Key))
                problems.Add(InstrumentProblem.Error(path, $"в шкале «{name}» код «{code}» повторяется"));
        }
    }

    private static void CheckSection(InstrumentDefinition instrument, Section section, string path, List<InstrumentProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(section.Code)) problems.Add(InstrumentProblem.Error(path, "у раздела нет кода"));
        if (section.Weight <= 0) problems.Add(InstrumentProblem.Error(path, $"раздел «{section.Code}»: вес должен быть положительным"));
        for (var i = 0; i < section.Items.Count; i++)
        {
            var item = section.Items[i];
            var itemPath = $"{path}.items[{i}]";
            if (string.IsNullOrWhiteSpace(item.Code)) problems.Add(InstrumentProblem.Error(itemPath, "у пункта нет кода"));
            problems.AddRange(item.DefinitionErrors(instrument).Select(e => InstrumentProblem.Error(itemPath, $"пункт «{item.Code}»: {e}")));
        }
        for (var i = 0; i < section.Sections.Count; i++) CheckSection(instrument, section.Sections[i], $"{path}.sections[{i}]", problems);
    }

    private static void CheckDuplicates(InstrumentDefinition instrument, List<InstrumentProblem> problems)
    {
        foreach (var code in instrument.AllItems().GroupBy(i => i.Code).Where(g => g.Count() > 1).Select(g => g.Key))
            problems.Add(InstrumentProblem.Error(code, $"код пункта «{code}» повторяется"));
        foreach (var code in instrument.AllSections().GroupBy(s => s.Code).Where(g => g.Count() > 1).Select(g => g.Key))
            problems.Add(InstrumentProblem.Error(code, $"код раздела «{code}» повторяется"));
    }

    private static void CheckDraw(InstrumentDefinition instrument, List<InstrumentProblem> problems)
    {
        for (var i = 0; i < instrument.Draw.Count; i++)
        {
            var rule = instrument.Draw[i];
            var path = $"draw[{i}]";
            if (instrument.FindSection(rule.Section) is not { } section)
            {
                problems.Add(InstrumentProblem.Error(path, $"правило выборки ссылается на неизвестный раздел «{rule.Section}»"));
                continue;
            }
            var questions = section.Items.OfType<TestQuestionItem>().Count();
            if (rule.Count < 1) problems.Add(InstrumentProblem.Error(path, $"раздел «{rule.Section}»: число вопросов должно быть не меньше 1"));
            if (rule.Count > questions)
                problems.Add(InstrumentProblem.Error(path, $"раздел «{rule.Section}»: выборка {rule.Count} вопросов, а в разделе их {questions}"));
        }
        foreach (var section in instrument.Draw.GroupBy(d => d.Section).Where(g => g.Count() > 1).Select(g => g.Key))
            problems.Add(InstrumentProblem.Error("draw", $"для раздела «{section}» несколько правил выборки"));
    }

    private static void CheckScoring(InstrumentDefinition instrument, List<InstrumentProblem> problems)
    {
        var scoring = instrument.Scoring;
        foreach (var (section, path) in SectionsWithPaths(instrument.Sections, "sections"))
        {
            var computed = InstrumentBounds.Section(instrument, section, perVariant: true).Max;
            if (section.MaxPoints is { } stated && stated != computed)
                problems.Add(InstrumentProblem.Warning($"{path}.maxPoints",
                    $"раздел «{section.Code}»: заявленный максимум {Show(stated)} не совпадает с максимумом по пунктам {Show(computed)}"));
        }
        var total = InstrumentBounds.Total(instrument, perVariant: true);
        if (scoring.Maximum is { } maximum && scoring.Total != TotalMode.None && maximum != total.Max)
            problems.Add(InstrumentProblem.Warning("scoring.maximum", $"заявленный максимум {Show(maximum)} не совпадает с максимумом по пунктам {Show(total.Max)}"));

        if (scoring.Bands.Count > 0 && scoring.Total == TotalMode.None)
            problems.Add(InstrumentProblem.Error("scoring.bands", "уровни заданы, а итоговый балл не считается (total: none)"));
        var reachable = scoring.BandsOn == BandBasis.Percent
            ? new PointRange(total.Max == 0 ? 0 : Math.Round(total.Min / total.Max * 100, 2), 100)
            : total;
        BandChecks.Check(scoring.Bands, reachable, InstrumentBounds.BandValueStep(instrument), problems);

        if (scoring.ThresholdRule is { } rule)
        {
            if (!instrument.AllItems().OfType<NumberItem>().Any(n => n.Threshold is not null))
                problems.Add(InstrumentProblem.Error("scoring.thresholdRule", "правило порогов задано, но ни у одного показателя нет порога (threshold)"));
            if (rule.MoreThanShare is < 0 or >= 1)
                problems.Add(InstrumentProblem.Error("scoring.thresholdRule.moreThanShare", "доля должна быть от 0 (включительно) до 1"));
        }
    }

    private static IEnumerable<(Section Section, string Path)> SectionsWithPaths(IReadOnlyList<Section> sections, string prefix) =>
        sections.SelectMany((s, i) => SectionsWithPaths(s.Sections, $"{prefix}[{i}].sections").Prepend((s, $"{prefix}[{i}]")));

    internal static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex CodePattern();
}
