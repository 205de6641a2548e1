using EduCycle.Engine.Calendar;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Definitions;
using EduCycle.Web.Features.Indicators.Targets;
using EduCycle.Web.Features.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EduCycle.Web.Features.Indicators.Demo;

/// <summary>
/// Demo mode: level-wide targets for the last three school years, so the scorecard has traffic lights. Each target is
/// set from the region's own value, in turn a little below it (met), a little above it (within 10 %: amber) and well
/// above it (red) — for «чем меньше, тем лучше» the other way round — rounded as an authority would write it.
/// Runs after the other demo seeders, once.
/// </summary>
public sealed class DemoTargets(EduCycleDbContext db, IOptions<DemoSettings> demo, TimeProvider clock, ILogger<DemoTargets> log)
{
    private const string Operator = "Региональный оператор (демо)";
    private static readonly double[] Factors = [0.9, 1.05, 1.3];

    public async Task EnsureAsync(CancellationToken ct = default)
    {
        if (!demo.Value.Enabled || await db.IndicatorTargets.AnyAsync(ct) || !await db.Municipalities.AnyAsync(ct)) return;
        var work = new IndicatorWork(db);
        var current = SchoolYear.Containing(db.Scope.Today).StartYear;
        var now = clock.GetUtcNow().UtcDateTime;
        var targets = new List<IndicatorTarget>();
        for (var year = current - 2; year <= current; year++)
        {
            var definitions = await work.Catalog.InForceAsync(year, ct);
            for (var i = 0; i < definitions.Count; i++)
            {
                var definition = definitions[i];
                var region = (await work.Values.ComputeAsync(definition, new UnitQuery(UnitLevel.Region), year, null, ct)).FirstOrDefault()?.Value;
                if (region is not { } value || value == 0) continue;
                var target = Target(value, Factors[i % Factors.Length], definition);
                targets.AddRange(Enum.GetValues<UnitLevel>().Select(level => new IndicatorTarget
                {
                    IndicatorCode = definition.Code, SchoolYear = year, Level = level, Value = target, CreatedAt = now, CreatedBy = Operator,
                }));
            }
        }
        db.IndicatorTargets.AddRange(targets);
        await db.SaveChangesAsync(ct);
        log.LogInformation("Indicator demo targets set: {Count}", targets.Count);
    }

    /// <summary>The region's value moved by the factor (inverted for lower-is-better), to whole percent or one decimal.</summary>
    public static double Target(double value, double factor, IndicatorDefinition definition)
    {
        var moved = definition.Direction == Direction.HigherIsBetter ? value * factor : value / factor;
        return Math.Abs(moved) >= 10 ? Math.Round(moved) : Math.Round(moved, 1);
    }
}
