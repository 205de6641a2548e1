using EduCycle.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Indicators.Computation;

/// <summary>A unit named by its code: the region's or municipality's code, or an organisation's external code.</summary>
public sealed record UnitRef(UnitLevel Level, int Id, string Code, string Name);

public sealed class UnitResolver(EduCycleDbContext db)
{
    /// <summary>The unit with this code the user may see, or null. Organisations are looked up under the scope filters.</summary>
    public async Task<UnitRef?> FindAsync(string code, CancellationToken ct = default)
    {
        if (await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, ct) is { } region)
            return new UnitRef(UnitLevel.Region, region.Id, region.Code, region.Name);
        if (await db.Municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.Code == code, ct) is { } municipality)
            return new UnitRef(UnitLevel.Municipality, municipality.Id, municipality.Code, municipality.Name);
        if (await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.ExternalCode == code, ct) is { } organisation)
            return new UnitRef(UnitLevel.Organisation, organisation.Id, organisation.ExternalCode, organisation.ShortName);
        return null;
    }

    /// <summary>The codes of these units of a level (all when null), by id (for API and CLI output).</summary>
    public async Task<IReadOnlyDictionary<int, string>> CodesAsync(UnitLevel level, IReadOnlyCollection<int>? ids, CancellationToken ct = default) => level switch
    {
        UnitLevel.Organisation => await db.Organisations.AsNoTracking().Where(o => ids == null || ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ExternalCode, ct),
        UnitLevel.Municipality => await db.Municipalities.AsNoTracking().Where(m => ids == null || ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Code, ct),
        _ => await db.Regions.AsNoTracking().Where(r => ids == null || ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Code, ct),
    };
}
