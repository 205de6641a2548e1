using EduCycle.Engine.Calendar;
using EduCycle.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Indicators.Definitions;

/// <summary>Reads indicator definitions: the version in force for a school year is the latest one valid by its first day.</summary>
public sealed class IndicatorCatalog(EduCycleDbContext db)
{
    public async Task<IReadOnlyList<IndicatorDefinition>> InForceAsync(int year, CancellationToken ct = default)
    {
        var start = new SchoolYear(year).Start;
        var all = await db.IndicatorDefinitions.AsNoTracking().Where(d => d.ValidFrom <= start).ToListAsync(ct);
        return all.GroupBy(d => d.Code).Select(g => g.MaxBy(d => d.Version)!).OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
    }

    public async Task<IndicatorDefinition?> InForceAsync(string code, int year, CancellationToken ct = default)
    {
        var start = new SchoolYear(year).Start;
        return await db.IndicatorDefinitions.AsNoTracking()
            .Where(d => d.Code == code && d.ValidFrom <= start).OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyList<IndicatorDefinition>> VersionsAsync(string code, CancellationToken ct = default) =>
        await db.IndicatorDefinitions.AsNoTracking().Where(d => d.Code == code).OrderBy(d => d.Version).ToListAsync(ct);
}
