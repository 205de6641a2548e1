using System.Globalization;

namespace EduCycle.Engine.Indicators;

/// <summary>One aggregated element in a query: an element with its filters at one offset, named <c>eN</c>.</summary>
internal sealed record ElementQuery(string Name, SqlElement Element, IReadOnlyList<RefFilter> Filters, int Offset, DimensionSql? Breakdown)
{
    /// <summary>The joins of the filtered dimensions and of the breakdown, each dimension once.</summary>
    public IEnumerable<string> Joins =>
        Filters.Select(f => Element.FindDimension(f.Dimension)!)
            .Append(Breakdown)
            .OfType<DimensionSql>()
            .DistinctBy(d => d.Code)
            .Select(d => d.JoinSql)
            .OfType<string>();
}

/// <summary>The distinct element queries of a compilation, in order of first reference.</summary>
internal sealed class ElementQueries(IElementCatalog catalog, string? breakdown)
{
    private readonly List<ElementQuery> all = [];
    private readonly Dictionary<string, ElementQuery> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Expr> expressions = new(StringComparer.Ordinal);

    public IReadOnlyList<ElementQuery> All => all;

    public IElementCatalog Catalog => catalog;

    public ElementQuery For(SqlElement element, IReadOnlyList<RefFilter> filters, int offset)
    {
        var canonical = filters
            .Select(f => new RefFilter(f.Dimension, f.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .OrderBy(f => f.Dimension, StringComparer.Ordinal)
            .ThenBy(f => string.Join("\u001f", f.Values), StringComparer.Ordinal)
            .ToList();
        var key = string.Join("\u001e", canonical.Select(f => f.Dimension + "=" + string.Join("\u001f", f.Values))
            .Prepend(offset.ToString(CultureInfo.InvariantCulture)).Prepend(element.Code));
        if (byKey.TryGetValue(key, out var existing))
            return existing;
        var query = new ElementQuery($"e{all.Count + 1}", element, canonical, offset,
            breakdown is null ? null : element.FindDimension(breakdown));
        all.Add(query);
        byKey.Add(key, query);
        return query;
    }

    /// <summary>The parsed expression of a validated expression element.</summary>
    public Expr Expression(ExpressionElement element)
    {
        if (!expressions.TryGetValue(element.Code, out var tree))
            expressions[element.Code] = tree = ExpressionParser.Parse(element.Expression).Tree!;
        return tree;
    }
}
