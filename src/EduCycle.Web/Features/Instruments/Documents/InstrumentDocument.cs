using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using EduCycle.Engine.Instruments;

namespace EduCycle.Web.Features.Instruments.Documents;

/// <summary>
/// A filled instrument as a DOCX blank in the layout of the seeds' forms: the instrument's name, the header
/// (who was assessed, when, by whom), a table per section with the points or answers and the section's
/// subtotal, the total with its band, the threshold verdict and the expert's decision, the conclusion and
/// the signature line. Pure: everything it prints comes from the arguments.
/// </summary>
public static class InstrumentDocument
{
    private const int LabelWidth = 3200;

    /// <exception cref="ArgumentException">The response or the result belongs to another instrument or version.</exception>
    public static byte[] Render(InstrumentDefinition definition, InstrumentResponse response, InstrumentResult result, DocumentHeader header)
    {
        if (response.Instrument != definition.Code || result.Instrument != definition.Code || result.Version != definition.Version)
            throw new ArgumentException($"Ответ и результат относятся не к инструменту {definition.Code} v{definition.Version}.", nameof(result));

        var sections = new SectionTable(definition, response, result);
        return Word.Save([
            Word.Para(definition.Name, bold: true, align: JustificationValues.Center, size: Word.TitleSize),
            Word.Para($"Версия {definition.Version}, действует с {Date(definition.ValidFrom)}", align: JustificationValues.Center, size: Word.SmallSize, spaceAfter: 12),
            HeaderTable(definition, header),
            .. definition.Sections.SelectMany(sections.Render),
            .. Totals(result).Select((line, i) => Word.Para(line, bold: i == 0, spaceBefore: i == 0 ? 12 : 0)),
            .. Conclusion(header),
            Word.Para($"{Signer(header.Role)}: ____________ / {header.ExpertName ?? "____________"} /   Дата: {Date(header.Date)}", spaceBefore: 24),
        ]);
    }

    private static Table HeaderTable(InstrumentDefinition definition, DocumentHeader header)
    {
        List<(string Label, string? Value)> fields =
        [
            (SubjectLabel(definition.Subject), header.SubjectName),
            ("Период (кампания)", header.Period),
            ("Вид оценки", header.Role == AssessorRole.Expert ? "экспертная оценка" : "самооценка"),
            .. header.Fields.Select(f => (f.Label, (string?)f.Value)),
            (Signer(header.Role), header.ExpertName),
            ("Дата", Date(header.Date)),
        ];
        var rows = fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => Word.Row([
            Word.Cell(LabelWidth, $"{f.Label}:", bold: true),
            Word.Cell(Word.TextWidth - LabelWidth, f.Value!),
        ]));
        return Word.Table([LabelWidth, Word.TextWidth - LabelWidth], borders: false, rows);
    }

    private static IEnumerable<string> Totals(InstrumentResult result)
    {
        if (result.Total is { } total && result.Maximum is { } maximum)
            yield return $"Итоговый балл: {AnswerText.Number(total)} из {AnswerText.Number(maximum)}"
                + (result.Percent is { } percent ? $" ({AnswerText.Number(percent)} %)" : "");
        if (result.Band is { } band) yield return $"Уровень: {band}";
        if (result.Threshold is { } t)
            yield return $"Показателей, достигших порогового значения: {t.Reached} из {t.Indicators} — {t.Verdict}";
        if (result.Override is { } o)
            yield return $"Решение эксперта: {o.Band}." + (string.IsNullOrWhiteSpace(o.Comment) ? "" : $" Обоснование: {o.Comment}");
    }

    private static IEnumerable<OpenXmlElement> Conclusion(DocumentHeader header)
    {
        foreach (var (label, text) in new[] { ("Заключение", header.Conclusion), ("Рекомендации", header.Recommendation) })
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            yield return Word.Para($"{label}:", bold: true, keepNext: true, spaceBefore: 12);
            foreach (var line in Word.Lines(text, align: JustificationValues.Both)) yield return line;
        }
    }

    private static string SubjectLabel(AssessedSubject subject) => subject switch
    {
        AssessedSubject.Organisation => "Образовательная организация",
        AssessedSubject.Municipality => "Муниципальное образование",
        AssessedSubject.Programme => "Программа",
        _ => "Оцениваемый",
    };

    private static string Signer(AssessorRole role) => role == AssessorRole.Expert ? "Эксперт" : "Ответственный";

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
