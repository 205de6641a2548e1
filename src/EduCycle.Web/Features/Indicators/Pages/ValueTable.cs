using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Definitions;
using EduCycle.Web.Features.Indicators.Targets;

namespace EduCycle.Web.Features.Indicators.Pages;

/// <summary>A unit's value with its code, target, traffic light and place in the ranking (null when there is no value).</summary>
public sealed record RankedValue(int? Place, UnitValue Value, string Code, double? Target, TrafficLight Light);

/// <summary>The values table of an indicator card and of the drill-down: values of the units of a level, ranked.</summary>
public static class ValueTable
{
    public static async Task<IReadOnlyList<RankedValue>> BuildAsync(
        IndicatorWork work, IndicatorDefinition definition, UnitQuery query, int year, string? breakdown, CancellationToken ct = default)
    {
        var values = await work.Values.ComputeAsync(definition, query, year, breakdown, ct);
        var codes = await work.Units.CodesAsync(query.Level, values.Select(v => v.UnitId).Distinct().ToList(), ct);
        var targets = await TargetTable.ForYearAsync(work.Db, year, ct);
        var places = Places(values, definition.Direction);
        return values.Select(v =>
        {
            var target = breakdown is null ? targets.Of(definition.Code, query.Level, v.UnitId) : null;
            return new RankedValue(places.GetValueOrDefault(v), v, codes.GetValueOrDefault(v.UnitId, ""), target,
                TrafficLights.Of(v.Value, target, definition.Direction));
        }).ToList();
    }

    /// <summary>Competition ranking («1, 2, 2, 4») within each breakdown value, the best value first.</summary>
    public static Dictionary<UnitValue, int?> Places(IEnumerable<UnitValue> values, Direction direction)
    {
        var places = new Dictionary<UnitValue, int?>();
        foreach (var group in values.Where(v => v.Value is not null).GroupBy(v => v.Breakdown))
        {
            var ordered = direction == Direction.HigherIsBetter
                ? group.OrderByDescending(v => v.Value).ToList()
                : group.OrderBy(v => v.Value).ToList();
            for (var i = 0; i < ordered.Count; i++)
                places[ordered[i]] = i > 0 && ordered[i].Value == ordered[i - 1].Value ? places[ordered[i - 1]] : i + 1;
        }
        return places;
    }
}
