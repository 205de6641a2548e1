namespace EduCycle.Engine.Indicators;

public enum SqlDialect
{
    Sqlite,
    Postgres,
}

public enum ElementAggregation
{
    /// <summary>Number of distinct <c>record_id</c> in the unit.</summary>
    CountDistinct,

    /// <summary>Sum of <c>value</c> over the distinct <c>record_id</c> of the unit: a record reached through
    /// several organisations of one unit, or repeated by a dimension join, is summed once. So
    /// <c>record_id</c> of a summed element must identify the thing whose value is summed (one value per record).</summary>
    Sum,
}

/// <summary>A dimension of an element. <see cref="ValueSql"/> is a text-valued SQL expression over the element row
/// alias <c>r</c> and over the aliases introduced by <see cref="JoinSql"/> (for example
/// <c>JOIN "PersonSubjects" ps ON ps."PersonId" = r.record_id JOIN "Subjects" s ON s."Id" = ps."SubjectId"</c> with
/// <c>s."Code"</c>); <see cref="JoinSql"/> null means <see cref="ValueSql"/> reads a column of the base row
/// (<c>r.d_group</c>). Aliases must be unique among the dimensions of one element, because a filter and a breakdown
/// on different dimensions join both. Both may use the period placeholders of the element (bound at the reference's
/// offset, e.g. an age band counted from the census date). <see cref="AllowedValues"/> null accepts any value.</summary>
public sealed record DimensionSql(string Code, string ValueSql, string? JoinSql = null, IReadOnlyList<string>? AllowedValues = null);

/// <summary>A data element as SQL. <see cref="BaseSql"/> is a SELECT returning at least <c>org_id</c> (int),
/// <c>record_id</c> (int) and <c>value</c> (number) for one period; it may contain period placeholders
/// <c>{p:NAME}</c> (<c>{p:year}</c>, <c>{p:from}</c>, <c>{p:ref}</c>…) that become parameters.</summary>
public sealed record SqlElement(string Code, string BaseSql, ElementAggregation Aggregation, IReadOnlyList<DimensionSql> Dimensions)
{
    public DimensionSql? FindDimension(string code) => Dimensions.FirstOrDefault(d => d.Code == code);
}

/// <summary>A data element defined by an expression over other elements. It is inlined where it is referenced:
/// the offset of the reference and any enclosing <c>diff</c>/<c>ratio</c> shift compose with the offsets inside.
/// An expression element has no dimensions — filters of the outer reference do not reach inside, and writing one is
/// an <see cref="ProblemCode.UnknownDimension"/> error. Cycles among expression elements are errors.</summary>
public sealed record ExpressionElement(string Code, string Expression);
