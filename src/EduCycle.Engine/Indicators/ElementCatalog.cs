namespace EduCycle.Engine.Indicators;

/// <summary>The data elements an indicator expression may reference, by code (ordinal, case-sensitive).</summary>
public interface IElementCatalog
{
    SqlElement? FindSql(string code);

    ExpressionElement? FindExpression(string code);
}

/// <summary>An in-memory <see cref="IElementCatalog"/>. A code defined both as SQL and as an expression is refused.</summary>
public sealed class ElementCatalog : IElementCatalog
{
    private readonly Dictionary<string, SqlElement> sql;
    private readonly Dictionary<string, ExpressionElement> expressions;

    public ElementCatalog(IEnumerable<SqlElement> sqlElements, IEnumerable<ExpressionElement>? expressionElements = null)
    {
        sql = sqlElements.ToDictionary(e => e.Code, StringComparer.Ordinal);
        expressions = (expressionElements ?? []).ToDictionary(e => e.Code, StringComparer.Ordinal);
        var both = sql.Keys.FirstOrDefault(expressions.ContainsKey);
        if (both is not null)
            throw new ArgumentException($"Элемент «{both}» определён и как SQL, и как выражение.", nameof(expressionElements));
    }

    public SqlElement? FindSql(string code) => sql.GetValueOrDefault(code);

    public ExpressionElement? FindExpression(string code) => expressions.GetValueOrDefault(code);
}
