using EduCycle.Web.Data;
using EduCycle.Web.Features.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Indicators.Elements;

/// <summary>Builds the element catalogue: the derived elements plus the collected ones defined in the database.</summary>
public sealed class ElementCatalogSource(EduCycleDbContext db)
{
    private DataElementCatalog? catalog;

    public async Task<DataElementCatalog> GetAsync(CancellationToken ct = default)
    {
        if (catalog is not null) return catalog;
        var collected = await db.Set<CollectedElement>().AsNoTracking()
            .OrderBy(e => e.Code).Select(e => new { e.Code, e.Name, e.Unit }).ToListAsync(ct);
        return catalog = new DataElementCatalog(collected.Select(e => UnitElements.Collected(e.Code, e.Name, e.Unit)));
    }
}
