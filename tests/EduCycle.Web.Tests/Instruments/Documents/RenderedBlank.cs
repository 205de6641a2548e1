using EduCycle.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using EduCycle.Engine.Instruments;
using EduCycle.Web.Features.Instruments.Documents;

namespace EduCycle.Web.Tests.Instruments.Documents;

/// <summary>A shipped instrument scored and rendered, reopened with the OpenXML SDK for inspection.</summary>
internal sealed class RenderedBlank : IDisposable
{
    private readonly MemoryStream stream;

    private RenderedBlank(byte[] bytes)
    {
        Bytes = bytes;
        stream = new MemoryStream(bytes);
        Document = WordprocessingDocument.Open(stream, false);
        Body = Document.MainDocumentPart!.Document!.Body!;
    }

    public byte[] Bytes { get; }
    public WordprocessingDocument Document { get; }
    public Body Body { get; }

    public static InstrumentDefinition Shipped(string code) =>
        RepositoryInstruments.Load(code);

    public static RenderedBlank Of(InstrumentDefinition definition, InstrumentResponse response, DocumentHeader header)
    {
        var outcome = InstrumentScorer.Score(definition, response);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems));
        return new RenderedBlank(InstrumentDocument.Render(definition, response, outcome.Result!, header));
    }

    public IEnumerable<string> ValidationErrors() =>
        new OpenXmlValidator().Validate(Document).Select(e => $"{e.Path?.XPath}: {e.Description}");

    /// <summary>Texts of the paragraphs outside tables, in order.</summary>
    public List<string> Paragraphs => [.. Body.Elements<Paragraph>().Select(p => p.InnerText)];

    public List<Table> Tables => [.. Body.Elements<Table>()];

    /// <summary>The bordered tables (sections), without the borderless header table.</summary>
    public List<Table> SectionTables => [.. Tables.Skip(1)];

    /// <summary>Rows as cell texts; a cell's paragraphs are joined with line feeds.</summary>
    public static List<string[]> Rows(Table table) =>
        [.. table.Elements<TableRow>().Select(r => r.Elements<TableCell>()
            .Select(c => string.Join("\n", c.Elements<Paragraph>().Select(p => p.InnerText))).ToArray())];

    public void Dispose()
    {
        Document.Dispose();
        stream.Dispose();
    }

}
