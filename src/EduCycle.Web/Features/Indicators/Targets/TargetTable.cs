using EduCycle.Web.Data;
using EduCycle.Web.Features.Indicators.Computation;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Indicators.Targets;

/// <summary>The targets of a school year: a unit's own target overrides its level's.</summary>
public sealed class TargetTable
{
    private readonly Dictionary<(string Code, UnitLevel Level, int? UnitId), double> values;

    private TargetTable(Dictionary<(string, UnitLevel, int?), double> values) => this.values = values;

    public static async Task<TargetTable> ForYearAsync(EduCycleDbContext db, int year, CancellationToken ct = default) =>
        new((await db.IndicatorTargets.AsNoTracking().Where(t => t.SchoolYear == year)
                .Select(t => new { t.IndicatorCode, t.Level, t.UnitId, t.Value }).ToListAsync(ct))
            .ToDictionary(t => (t.IndicatorCode, t.Level, t.UnitId), t => t.Value));

    public double? Of(string code, UnitLevel level, int unitId) =>
        values.TryGetValue((code, level, unitId), out var own) ? own
        : values.TryGetValue((code, level, null), out var levelWide) ? levelWide : null;
}
