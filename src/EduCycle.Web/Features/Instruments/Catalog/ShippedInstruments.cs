using EduCycle.Engine.Instruments;
using EduCycle.Web.Data;
using EduCycle.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Instruments.Catalog;

/// <summary>
/// Loads <c>methodology/instruments/*.v*.json</c> (not the <c>*.cases.json</c>) into the catalogue at start-up:
/// a (code, version) not yet stored is inserted; a stored one is never overwritten — a different text only
/// produces a warning, since results already scored with it must keep their meaning.
/// </summary>
public sealed class ShippedInstruments(EduCycleDbContext db, MethodologyFolder methodology,
    TimeProvider clock, ILogger<ShippedInstruments> log)
{
    /// <returns>How many versions were added.</returns>
    public async Task<int> LoadAsync(CancellationToken ct = default)
    {
        var folder = methodology.Find("instruments");
        if (folder is null)
        {
            log.LogWarning("No methodology/instruments folder found (set {Setting}); no shipped instruments loaded", MethodologyFolder.PathSetting);
            return 0;
        }
        var stored = await db.InstrumentVersions.AsNoTracking()
            .Select(v => new { v.Code, v.Version, v.DefinitionJson })
            .ToDictionaryAsync(v => (v.Code, v.Version), v => v.DefinitionJson, ct);
        var at = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.v*.json").Where(f => !f.EndsWith(".cases.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var json = await File.ReadAllTextAsync(file, ct);
            var definition = InstrumentJson.ParseDefinition(json, Path.GetFileName(file));
            if (stored.TryGetValue((definition.Code, definition.Version), out var existing))
            {
                if (existing != json)
                    log.LogWarning("{File} differs from the stored {Code} v{Version}; the stored version is kept (make a new version instead)",
                        Path.GetFileName(file), definition.Code, definition.Version);
                continue;
            }
            db.InstrumentVersions.Add(InstrumentCatalog.ToEntity(definition, json, InstrumentOrigin.Shipped, "system", at));
            added++;
        }
        await db.SaveChangesAsync(ct);
        if (added > 0) log.LogInformation("Loaded {Count} shipped instrument versions from {Folder}", added, folder);
        return added;
    }
}
