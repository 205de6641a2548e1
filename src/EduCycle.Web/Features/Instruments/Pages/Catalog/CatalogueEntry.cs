using EduCycle.Engine.Instruments;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Instruments.Catalog;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Instruments.Pages.Catalog;

/// <summary>A row of the catalogue page: the latest version, how many versions exist and its validation warnings.</summary>
public sealed record CatalogueEntry(InstrumentVersionRow Latest, int Versions, int Warnings)
{
    public static async Task<IReadOnlyList<CatalogueEntry>> LoadAsync(EduCycleDbContext db, InstrumentDefinitionCache cache, TimeProvider clock, CancellationToken ct = default)
    {
        var catalog = new InstrumentCatalog(db, cache, clock);
        var latest = await catalog.ListLatestAsync(ct);
        var counts = await db.InstrumentVersions.AsNoTracking().GroupBy(v => v.Code)
            .Select(g => new { Code = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Code, g => g.Count, ct);
        var entries = new List<CatalogueEntry>(latest.Count);
        foreach (var row in latest)
        {
            var definition = await catalog.GetDefinitionAsync(row.Code, row.Version, ct);
            var warnings = definition is null ? 0 : InstrumentValidation.Validate(definition).Count(p => !p.IsError);
            entries.Add(new(row, counts.GetValueOrDefault(row.Code), warnings));
        }
        return entries;
    }
}
