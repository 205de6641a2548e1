namespace EduCycle.Web.Features.Indicators.Computation;

/// <summary>
/// One computed value: the unit, the breakdown value (null without a breakdown), numerator and denominator as sums
/// over the unit's records, and the value — null («нет значения») when the denominator is zero or absent data make
/// the expression undefined.
/// </summary>
public sealed record IndicatorValue(int UnitId, string? Breakdown, double? Numerator, double? Denominator, double? Value);
