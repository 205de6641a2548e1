using EduCycle.Web.Data;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Definitions;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Indicators.Targets;

/// <summary>
/// Turns the values of a school year at a level into findings: every unit whose value misses its target (the
/// unit's own target, else the level's), and every unit whose value got worse than the year before. Re-running
/// replaces the findings of that year and level the user can see, so it is idempotent.
/// </summary>
public sealed class FindingDetector(EduCycleDbContext db, IndicatorCatalog catalog, IndicatorValues values, TimeProvider clock)
{
    /// <param name="progress">Told the number of indicators done after each one (of <c>InForceAsync(year).Count</c>).</param>
    public async Task<IReadOnlyList<Finding>> DetectAsync(int year, UnitLevel level, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var targets = await TargetTable.ForYearAsync(db, year, ct);
        var found = new List<Finding>();
        var done = 0;
        foreach (var definition in await catalog.InForceAsync(year, ct))
        {
            var current = await values.ComputeAsync(definition, new UnitQuery(level), year, null, ct);
            var previous = definition.DynamicsYears is null
                ? (await values.ComputeAsync(definition, new UnitQuery(level), year - 1, null, ct)).ToDictionary(v => v.UnitId, v => v.Value)
                : [];
            foreach (var v in current)
            {
                if (v.Value is not { } value) continue;
                var target = targets.Of(definition.Code, level, v.UnitId);
                var before = previous.GetValueOrDefault(v.UnitId);
                if (target is { } t && TargetCheck.OffTarget(value, t, definition.Direction))
                    found.Add(Make(definition, year, level, v, FindingKind.OffTarget, value, target, before, TargetCheck.Severity(value, t)));
                if (TargetCheck.Worsening(value, before, definition.Direction, definition.DynamicsYears is not null))
                    found.Add(Make(definition, year, level, v, FindingKind.Worsening, value, target, before,
                        TargetCheck.Severity(value, before ?? 0)));
            }
            progress?.Report(++done);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Findings.Where(f => f.SchoolYear == year && f.Level == level).ExecuteDeleteAsync(ct);
        db.Findings.AddRange(found);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return found;
    }

    private Finding Make(IndicatorDefinition definition, int year, UnitLevel level, UnitValue v, FindingKind kind,
        double value, double? target, double? previous, FindingSeverity severity) => new()
    {
        IndicatorCode = definition.Code,
        IndicatorVersion = definition.Version,
        SchoolYear = year,
        Level = level,
        UnitId = v.UnitId,
        UnitName = v.UnitName,
        Kind = kind,
        Value = value,
        Target = target,
        PreviousValue = previous,
        Severity = severity,
        DetectedAt = clock.GetUtcNow().UtcDateTime,
    };
}
