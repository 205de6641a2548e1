using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EduCycle.Web.Features.Instruments.Documents;

/// <summary>
/// The few WordprocessingML pieces the blanks need: A4 portrait with the margins of Russian official documents
/// (left 3 cm, others 2 cm), Times New Roman 12 pt, paragraphs, fixed-width tables and cells. Sizes are in
/// twentieths of a point (twips) and font sizes in half-points, as OpenXML counts them.
/// </summary>
internal static class Word
{
    private const int PageWidth = 11906, PageHeight = 16838, Cm2 = 1134, Cm3 = 1701;
    public const int TextWidth = PageWidth - Cm3 - Cm2;
    public const int NormalSize = 24, TitleSize = 28, SmallSize = 20;

    public static byte[] Save(IEnumerable<OpenXmlElement> content)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Defaults();
            main.Document = new Document(new Body(content.Append(Page())));
        }
        return stream.ToArray();
    }

    public static Paragraph Para(string text, bool bold = false, JustificationValues? align = null, int size = NormalSize,
        bool keepNext = false, int spaceBefore = 0, int spaceAfter = 0)
    {
        var properties = new ParagraphProperties();
        if (keepNext) properties.Append(new KeepNext());
        properties.Append(new SpacingBetweenLines { Before = Twips(spaceBefore), After = Twips(spaceAfter) });
        if (align is { } a) properties.Append(new Justification { Val = a });
        return new Paragraph(properties, Run(text, bold, size));
    }

    /// <summary>One paragraph per line of <paramref name="text"/>.</summary>
    public static IEnumerable<Paragraph> Lines(string text, bool bold = false, JustificationValues? align = null, int size = NormalSize) =>
        text.Split('\n').Select(line => Para(line.TrimEnd('\r'), bold, align, size));

    public static Table Table(IReadOnlyList<int> widths, bool borders, IEnumerable<TableRow> rows)
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = widths.Sum().ToString(Culture), Type = TableWidthUnitValues.Dxa },
                Borders(borders ? BorderValues.Single : BorderValues.Nil),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(Culture) })));
        table.Append(rows);
        return table;
    }

    /// <summary>A row; a header row repeats at the top of every page the table runs onto.</summary>
    public static TableRow Row(IEnumerable<TableCell> cells, bool header = false)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header) properties.Append(new TableHeader());
        return new TableRow(cells.Prepend<OpenXmlElement>(properties));
    }

    public static TableCell Cell(int width, IEnumerable<Paragraph> paragraphs, int span = 1)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(Culture), Type = TableWidthUnitValues.Dxa });
        if (span > 1) properties.Append(new GridSpan { Val = span });
        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Top });
        var cell = new TableCell(properties);
        cell.Append(paragraphs.DefaultIfEmpty(Para("")));
        return cell;
    }

    public static TableCell Cell(int width, string text, bool bold = false, JustificationValues? align = null, int span = 1) =>
        Cell(width, Lines(text, bold, align), span);

    private static Run Run(string text, bool bold, int size)
    {
        var properties = new RunProperties();
        if (bold) properties.Append(new Bold());
        if (size != NormalSize) properties.Append(new FontSize { Val = size.ToString(Culture) }, new FontSizeComplexScript { Val = size.ToString(Culture) });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static TableBorders Borders(BorderValues kind) => new(
        new TopBorder { Val = kind, Size = 4 },
        new LeftBorder { Val = kind, Size = 4 },
        new BottomBorder { Val = kind, Size = 4 },
        new RightBorder { Val = kind, Size = 4 },
        new InsideHorizontalBorder { Val = kind, Size = 4 },
        new InsideVerticalBorder { Val = kind, Size = 4 });

    private static Styles Defaults() => new(new DocDefaults(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
            new FontSize { Val = NormalSize.ToString(Culture) },
            new FontSizeComplexScript { Val = NormalSize.ToString(Culture) },
            new Languages { Val = "ru-RU" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
            new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));

    private static SectionProperties Page() => new(
        new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Portrait },
        new PageMargin { Top = Cm2, Right = Cm2, Bottom = Cm2, Left = Cm3, Header = 709, Footer = 709, Gutter = 0 });

    private static string Twips(int points) => (points * 20).ToString(Culture);

    private static System.Globalization.CultureInfo Culture => System.Globalization.CultureInfo.InvariantCulture;
}
