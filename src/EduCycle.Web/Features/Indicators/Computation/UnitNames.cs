using EduCycle.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Indicators.Computation;

/// <summary>Display names of the units of a level (organisations as the scope filters let the user see them).</summary>
public sealed class UnitNames(EduCycleDbContext db)
{
    public Task<IReadOnlyDictionary<int, string>> OfAsync(UnitLevel level, CancellationToken ct = default) => OfAsync(level, null, ct);

    /// <summary>Names of the units with these ids only (all units of the level when null).</summary>
    public async Task<IReadOnlyDictionary<int, string>> OfAsync(UnitLevel level, IReadOnlyCollection<int>? ids, CancellationToken ct = default) => level switch
    {
        UnitLevel.Organisation => await db.Organisations.AsNoTracking().Where(o => ids == null || ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, ct),
        UnitLevel.Municipality => await db.Municipalities.AsNoTracking().Where(m => ids == null || ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, ct),
        _ => await db.Regions.AsNoTracking().Where(r => ids == null || ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct),
    };
}
