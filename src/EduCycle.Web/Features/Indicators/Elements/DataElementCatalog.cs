using EduCycle.Engine.Indicators;

namespace EduCycle.Web.Features.Indicators.Elements;

/// <summary>
/// Every data element the indicators may reference: the derived ones (SQL over the records), the collected ones
/// (approved values of monitoring forms) and the few defined by an expression over others.
/// </summary>
public sealed class DataElementCatalog : IElementCatalog
{
    private static readonly IReadOnlyList<(ExpressionElement Element, string Name)> Composite =
    [
        (new ExpressionElement("staff.young", "#{staff.pedagogical | young=yes}"), "Молодые педагоги (до 35 лет)"),
    ];

    private readonly Dictionary<string, DataElement> elements;

    public DataElementCatalog(IEnumerable<DataElement> collected)
    {
        elements = PersonElements.All().Concat(UnitElements.All()).Concat(collected)
            .ToDictionary(e => e.Code, StringComparer.Ordinal);
    }

    public IEnumerable<DataElement> Elements => elements.Values.OrderBy(e => e.Code, StringComparer.Ordinal);

    public IEnumerable<(ExpressionElement Element, string Name)> Expressions => Composite;

    public DataElement? Find(string code) => elements.GetValueOrDefault(code);

    public SqlElement? FindSql(string code) => elements.GetValueOrDefault(code)?.Sql;

    public ExpressionElement? FindExpression(string code) =>
        Composite.Select(c => c.Element).FirstOrDefault(e => e.Code == code);

    /// <summary>The display name of an element of any kind, or the code itself when unknown.</summary>
    public string NameOf(string code) =>
        Find(code)?.Name ?? Composite.Where(c => c.Element.Code == code).Select(c => c.Name).FirstOrDefault() ?? code;
}
