using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using EduCycle.Engine.Instruments;

namespace EduCycle.Web.Features.Instruments.Documents;

/// <summary>
/// A section as the seeds' blanks print it: its title, a bordered table «№ | Показатель / критерий | Баллы»
/// (with an «Ответ» column when an answer is not just a point of the scale) or «№ | Вопрос | Ответ» when nothing
/// in it is scored, then its nested sections, and «Итого по разделу: X из Y» when the instrument has a total.
/// </summary>
internal sealed class SectionTable(InstrumentDefinition instrument, InstrumentResponse response, InstrumentResult result)
{
    private const int NumberWidth = 850, AnswerWidth = 2400, PointsWidth = 1300, LegendWidth = 2400;
    private readonly Dictionary<string, ItemResult> points = result.Items.ToDictionary(i => i.Code);

    public IEnumerable<OpenXmlElement> Render(Section section)
    {
        if (section.Title.Length > 0)
            yield return Word.Para(Numbered(section.Code) ? $"{section.Code}. {section.Title}" : section.Title, bold: true, keepNext: true, spaceBefore: 12, spaceAfter: 6);
        var subtotal = result.Total is not null && section.AllItems().Any(Scored) ? Subtotal(section) : null;
        if (section.Items.Count > 0)
            yield return Table(section, section.Sections.Count == 0 ? subtotal : null);
        foreach (var element in section.Sections.SelectMany(Render))
            yield return element;
        if (subtotal is not null && section.Sections.Count > 0)
            yield return Word.Para(subtotal, bold: true, align: JustificationValues.Right, spaceBefore: 6);
    }

    private Table Table(Section section, string? subtotal)
    {
        var scored = section.Items.Any(Scored);
        var answered = !scored || section.Items.Any(i => i is not ScaleItem);
        var legend = scored ? Legend(section) : [];
        var pointsWidth = legend.Count > 0 ? LegendWidth : PointsWidth;
        int[] widths = [NumberWidth, Word.TextWidth - NumberWidth - (answered ? AnswerWidth : 0) - (scored ? pointsWidth : 0),
            .. answered ? [AnswerWidth] : Array.Empty<int>(), .. scored ? [pointsWidth] : Array.Empty<int>()];

        var header = new List<TableCell>
        {
            Word.Cell(widths[0], "№", bold: true, align: JustificationValues.Center),
            Word.Cell(widths[1], scored ? "Показатель / критерий" : "Вопрос", bold: true, align: JustificationValues.Center),
        };
        if (answered) header.Add(Word.Cell(AnswerWidth, "Ответ", bold: true, align: JustificationValues.Center));
        if (scored)
            header.Add(Word.Cell(pointsWidth, Word.Lines("Баллы", bold: true, align: JustificationValues.Center)
                .Concat(legend.Select(l => Word.Para(l, size: Word.SmallSize, align: JustificationValues.Center)))));

        var rows = new List<TableRow> { Word.Row(header, header: true) };
        rows.AddRange(section.Items.Select((item, index) => ItemRow(item, index, widths, answered, scored)));
        if (subtotal is not null)
            rows.Add(Word.Row([Word.Cell(widths.Sum(), subtotal, bold: true, align: JustificationValues.Right, span: widths.Length)]));
        return Word.Table(widths, borders: true, rows);
    }

    private TableRow ItemRow(Item item, int index, int[] widths, bool answered, bool scored)
    {
        var cells = new List<TableCell>
        {
            Word.Cell(widths[0], Numbered(item.Code) ? item.Code : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), align: JustificationValues.Center),
            Word.Cell(widths[1], item.Text),
        };
        if (answered)
        {
            var answer = response.Answers.TryGetValue(item.Code, out var a) ? a : (System.Text.Json.JsonElement?)null;
            cells.Add(Word.Cell(widths[2], AnswerText.Of(item, answer, instrument).SelectMany(l => Word.Lines(l))));
        }
        if (scored)
        {
            var given = points.GetValueOrDefault(item.Code)?.Points;
            cells.Add(Word.Cell(widths[^1], given is { } p ? AnswerText.Number(p) : AnswerText.None, align: JustificationValues.Center));
        }
        return Word.Row(cells);
    }

    /// <summary>«2 — соответствует», … for the points column when every scale item of the section uses one scale.</summary>
    private List<string> Legend(Section section)
    {
        var scales = section.Items.OfType<ScaleItem>().Select(i => i.Scale).Distinct().ToList();
        return scales.Count == 1 && section.Items.All(i => i is ScaleItem) && instrument.FindScale(scales[0]) is { } scale
            ? [.. scale.OrderByDescending(p => p.Value).Select(p => $"{AnswerText.Number(p.Value)} — {p.Label}")]
            : [];
    }

    private string Subtotal(Section section)
    {
        var score = result.FindSection(section.Code)!;
        return $"Итого по разделу: {AnswerText.Number(score.Score)} из {AnswerText.Number(score.Maximum)}";
    }

    private bool Scored(Item item) => item.Range(instrument) is not null;

    private static bool Numbered(string code) => code.Length > 0 && char.IsDigit(code[0]);
}
