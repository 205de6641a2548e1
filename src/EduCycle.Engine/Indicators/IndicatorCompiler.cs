using System.Globalization;
using System.Text;

namespace EduCycle.Engine.Indicators;

/// <summary>
/// Compiles an indicator into one SQL query over units of a level:
/// <code>
/// WITH units AS (&lt;unit map&gt;),
/// e1 AS (&lt;element 1 aggregated per unit (and breakdown value) straight from the records&gt;), e2 AS (…),
/// keys AS (&lt;every unit, or every (unit, breakdown value) some element has&gt;)
/// SELECT unit_id, bk, num, den, value FROM … ORDER BY unit_id, bk
/// </code>
/// One CTE per distinct (element, filters, offset). A reference is <c>COALESCE(eN.v, 0)</c>; <c>a / b</c> is
/// <c>(1.0 * a) / NULLIF(b, 0)</c>, so a zero divisor gives no value (NULL). <c>value</c> = factor × num / den
/// (NULL when den is 0 or NULL), or factor × num without a denominator. Because every element is aggregated at the
/// unit level from the records, num/den is a ratio of totals at every level, never an average of ratios.
/// Elements without the breakdown dimension give the unit's total for every breakdown value.
/// Period placeholders <c>{p:NAME}</c> become <c>@o{k}_NAME</c> (k = offset, <c>m1</c> for −1); filter values
/// become <c>@f1</c>, <c>@f2</c>… and never appear in the SQL text. Same input → same SQL text.
/// Note: with an element that has no value (NULL, only after a division by 0), SQLite <c>MIN/MAX(a, b)</c> give
/// NULL while PostgreSQL <c>LEAST/GREATEST</c> skip it.
/// </summary>
public static class IndicatorCompiler
{
    public static CompiledQuery Compile(IndicatorFormula formula, IElementCatalog catalog, string unitMapSql, SqlDialect dialect)
    {
        var trees = ParseValid(formula, catalog);
        var builder = new ElementQueries(catalog, formula.Breakdown);
        var numerator = new ExpressionSql(builder, dialect).Of(trees[FormulaPart.Numerator]);
        var denominator = trees.TryGetValue(FormulaPart.Denominator, out var d) ? new ExpressionSql(builder, dialect).Of(d) : null;

        var parameters = new QueryParameters();
        var sql = new StringBuilder();
        sql.Append("WITH units AS (").Append(parameters.BindPeriods(unitMapSql, 0)).Append(')');
        foreach (var query in builder.All)
            sql.Append(",\n").Append(query.Name).Append(" AS (").Append(Aggregated(query, parameters)).Append(')');
        sql.Append(",\nkeys AS (").Append(Keys(builder)).Append(')');
        sql.Append("\nSELECT q.unit_id, q.bk, q.num, q.den, ").Append(Value(formula.Factor, denominator is not null)).Append(" AS value");
        sql.Append("\nFROM (SELECT k.unit_id AS unit_id, k.bk AS bk, ").Append(numerator).Append(" AS num, ")
            .Append(denominator ?? "NULL").Append(" AS den\nFROM keys k");
        foreach (var query in builder.All)
        {
            sql.Append("\nLEFT JOIN ").Append(query.Name).Append(" ON ").Append(query.Name).Append(".unit_id = k.unit_id");
            if (query.Breakdown is not null)
                sql.Append(" AND ").Append(query.Name).Append(".bk = k.bk");
        }
        sql.Append(") q\nORDER BY q.unit_id, q.bk");
        return new CompiledQuery(sql.ToString(), parameters.All);
    }

    /// <summary>
    /// The records behind one element reference in one unit (and breakdown value): <c>SELECT DISTINCT record_id</c>,
    /// ordered. The caller binds <c>@unit</c> and, when <paramref name="breakdown"/> is given, <c>@bk</c> (these two
    /// are not listed in <see cref="CompiledQuery.Parameters"/>). A reference to an expression element gives the
    /// records of all elements inside it; an element without the breakdown dimension ignores <c>@bk</c>.
    /// Pass references as returned by <see cref="ResolveReferences"/> to get the offsets that <c>diff</c>/<c>ratio</c> add.
    /// </summary>
    public static CompiledQuery CompileRecords(ElementRef reference, IElementCatalog catalog, string unitMapSql,
        string? breakdown, SqlDialect dialect)
    {
        var problems = ExpressionValidator.Validate(reference, catalog);
        if (problems.Count > 0)
            throw new IndicatorException(problems);
        var builder = new ElementQueries(catalog, breakdown);
        new ExpressionSql(builder, dialect).Of(reference);

        var parameters = new QueryParameters();
        var sql = new StringBuilder();
        sql.Append("WITH units AS (").Append(parameters.BindPeriods(unitMapSql, 0)).Append(")\nSELECT DISTINCT x.record_id AS record_id FROM (");
        if (builder.All.Count == 0)
            sql.Append("SELECT CAST(NULL AS INTEGER) AS record_id WHERE 1 = 0");
        var first = true;
        foreach (var query in builder.All)
        {
            sql.Append(first ? "\n" : "\nUNION ALL\n");
            first = false;
            sql.Append("SELECT r.record_id AS record_id").Append(From(query, parameters)).Append(" AND u.unit_id = @unit");
            if (query.Breakdown is not null)
                sql.Append(" AND ").Append(parameters.BindPeriods(query.Breakdown.ValueSql, query.Offset)).Append(" = @bk");
        }
        sql.Append(") x\nORDER BY x.record_id");
        return new CompiledQuery(sql.ToString(), parameters.All);
    }

    /// <summary>The distinct element references an indicator computes from, after inlining expression elements:
    /// SQL elements only, filters in a canonical order, offsets including <c>diff</c>/<c>ratio</c> shifts; in the
    /// order of the query's CTEs. Position and Length are 0 (a resolved reference is not in the source text).</summary>
    public static IReadOnlyList<ElementRef> ResolveReferences(IndicatorFormula formula, IElementCatalog catalog)
    {
        var trees = ParseValid(formula, catalog);
        var builder = new ElementQueries(catalog, formula.Breakdown);
        foreach (var tree in trees.Values)
            new ExpressionSql(builder, SqlDialect.Sqlite).Of(tree);
        return builder.All.Select(q => new ElementRef(0, 0, q.Element.Code, q.Filters, q.Offset)).ToList();
    }

    private static SortedDictionary<FormulaPart, Expr> ParseValid(IndicatorFormula formula, IElementCatalog catalog)
    {
        var problems = ExpressionValidator.Validate(formula, catalog);
        if (problems.Count > 0)
            throw new IndicatorException(problems);
        return new(ExpressionValidator.Parts(formula).ToDictionary(p => p.Part, p => ExpressionParser.Parse(p.Text).Tree!));
    }

    /// <summary>A count is one <c>COUNT(DISTINCT record_id)</c> per (unit, bk), as one would write it by hand; only a sum first
    /// takes the distinct (unit, bk, record, value) rows. A <c>SELECT DISTINCT</c> under the count doubled the work and, with
    /// a million rows, spilled PostgreSQL's hash aggregate to disk (4–5× the hand-written GROUP BY; bench <c>indicators</c>).</summary>
    private static string Aggregated(ElementQuery query, QueryParameters parameters)
    {
        var sum = query.Element.Aggregation == ElementAggregation.Sum;
        var bk = query.Breakdown is { } breakdown ? parameters.BindPeriods(breakdown.ValueSql, query.Offset) : "CAST(NULL AS TEXT)";
        return $"SELECT x.unit_id AS unit_id, x.bk AS bk, {(sum ? "SUM(x.value)" : "COUNT(DISTINCT x.record_id)")} AS v "
            + $"FROM (SELECT {(sum ? "DISTINCT " : "")}u.unit_id AS unit_id, {bk} AS bk, r.record_id AS record_id{(sum ? ", r.value AS value" : "")}"
            + $"{From(query, parameters)}) x GROUP BY x.unit_id, x.bk";
    }

    /// <summary>FROM … WHERE of one element query; the WHERE always exists so callers may append AND.</summary>
    private static string From(ElementQuery query, QueryParameters parameters)
    {
        var sql = new StringBuilder();
        sql.Append(" FROM (").Append(parameters.BindPeriods(query.Element.BaseSql, query.Offset)).Append(") r JOIN units u ON u.org_id = r.org_id");
        foreach (var join in query.Joins)
            sql.Append(' ').Append(parameters.BindPeriods(join, query.Offset));
        sql.Append(" WHERE 1 = 1");
        foreach (var filter in query.Filters)
        {
            var dimension = query.Element.FindDimension(filter.Dimension)!;
            sql.Append(" AND ").Append(parameters.BindPeriods(dimension.ValueSql, query.Offset)).Append(" IN (")
                .AppendJoin(", ", filter.Values.Select(parameters.Filter)).Append(')');
        }
        return sql.ToString();
    }

    private static string Keys(ElementQueries builder)
    {
        var broken = builder.All.Where(q => q.Breakdown is not null).ToList();
        if (broken.Count == 0)
            return "SELECT DISTINCT unit_id, CAST(NULL AS TEXT) AS bk FROM units";
        return string.Join(" UNION ", broken.Select(q => $"SELECT unit_id, bk FROM {q.Name} WHERE bk IS NOT NULL"));
    }

    private static string Value(decimal factor, bool hasDenominator)
    {
        var f = factor.ToString(CultureInfo.InvariantCulture);
        return hasDenominator ? $"(1.0 * ({f}) * q.num) / NULLIF(q.den, 0)" : $"({f}) * q.num";
    }
}
