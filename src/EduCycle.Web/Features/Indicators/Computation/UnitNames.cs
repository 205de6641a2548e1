using EduCycle.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Indicators.Computation;

/// <summary>Display names of the units of a level (organisations as the scope filters let the user see them).</summary>
public sealed class UnitNames(EduCycleDbContext db)
{
    public async Task<IReadOnlyDictionary<int, string>> OfAsync(UnitLevel level, CancellationToken ct = default) => level switch
    {
        UnitLevel.Organisation => await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.ShortName, ct),
        UnitLevel.Municipality => await db.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, ct),
        _ => await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, ct),
    };
}
