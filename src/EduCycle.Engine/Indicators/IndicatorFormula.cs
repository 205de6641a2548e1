namespace EduCycle.Engine.Indicators;

/// <summary>An indicator to compute: numerator, optional denominator, factor (100 for a percentage) and optional
/// breakdown dimension (e.g. <c>subject</c>). Value = factor × numerator / denominator, or factor × numerator.</summary>
public sealed record IndicatorFormula(string Numerator, string? Denominator, decimal Factor, string? Breakdown);

/// <summary>SQL text and the parameters it expects, in order of first use.</summary>
public sealed record CompiledQuery(string Sql, IReadOnlyList<QueryParameter> Parameters);

/// <summary>A parameter of a compiled query. A period parameter (<see cref="PeriodName"/> set) gets the value of the
/// placeholder <c>{p:PeriodName}</c> for the requested year + <see cref="YearOffset"/>. A filter parameter
/// (<see cref="PeriodName"/> null) gets <see cref="Value"/> as text. <see cref="Name"/> includes the '@'.</summary>
public sealed record QueryParameter(string Name, string? PeriodName, int YearOffset, string? Value);

/// <summary>A formula that does not validate.</summary>
public sealed class IndicatorException(IReadOnlyList<ExpressionProblem> problems)
    : Exception($"Формула показателя содержит ошибки: {string.Join("; ", problems)}")
{
    public IReadOnlyList<ExpressionProblem> Problems { get; } = problems;
}
