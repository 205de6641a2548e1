using EduCycle.Engine.Indicators;
using EduCycle.Web.Features.Indicators.Definitions;

namespace EduCycle.Web.Features.Indicators.Computation;

/// <summary>A computed value with its unit's name.</summary>
public sealed record UnitValue(int UnitId, string UnitName, string? Breakdown, double? Numerator, double? Denominator, double? Value);

/// <summary>Values of defined indicators for units and periods, named for display.</summary>
public sealed class IndicatorValues(IndicatorCalculator calculator, UnitNames names)
{
    public static IndicatorFormula Formula(IndicatorDefinition definition, string? breakdown = null) =>
        new(definition.Numerator, definition.Denominator, definition.Factor, breakdown);

    /// <summary>Values of every unit the query selects, ordered by unit name (breakdown rows after the unit's total order).</summary>
    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(
        IndicatorDefinition definition, UnitQuery units, int year, string? breakdown = null, CancellationToken ct = default)
    {
        if (breakdown is not null && !definition.BreakdownList.Contains(breakdown))
            throw new ArgumentException($"Показатель {definition.Code} не рассчитывается в разрезе «{breakdown}».", nameof(breakdown));
        var values = await calculator.ComputeAsync(Formula(definition, breakdown), units, year, ct);
        var named = await names.OfAsync(units.Level, values.Select(v => v.UnitId).Distinct().ToList(), ct);
        return values
            .Where(v => named.ContainsKey(v.UnitId))
            .Select(v => new UnitValue(v.UnitId, named[v.UnitId], v.Breakdown, v.Numerator, v.Denominator, v.Value))
            .OrderBy(v => v.UnitName, StringComparer.CurrentCulture).ThenBy(v => v.Breakdown, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>Values for consecutive school years ending with <paramref name="lastYear"/> (dynamics).</summary>
    public async Task<IReadOnlyList<(int Year, IReadOnlyList<UnitValue> Values)>> SeriesAsync(
        IndicatorDefinition definition, UnitQuery units, int lastYear, int years, CancellationToken ct = default)
    {
        var series = new List<(int, IReadOnlyList<UnitValue>)>();
        for (var year = lastYear - years + 1; year <= lastYear; year++)
            series.Add((year, await ComputeAsync(definition, units, year, null, ct)));
        return series;
    }
}
