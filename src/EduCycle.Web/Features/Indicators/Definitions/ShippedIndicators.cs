using System.Text.Json;
using System.Text.Json.Serialization;
using EduCycle.Web.Data;
using EduCycle.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Indicators.Definitions;

/// <summary>
/// Loads the indicator pack (<c>methodology/indicators/*.json</c>) at start-up: a (code, version) not stored yet is
/// added; a stored one is never rewritten (a changed definition needs a new version, so history stays reproducible).
/// </summary>
public sealed class ShippedIndicators(EduCycleDbContext db, MethodologyFolder methodology, ILogger<ShippedIndicators> log)
{
    public const string Folder = "indicators";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter() },
    };

    public sealed record PackFile(string Source, string Area, IReadOnlyList<PackIndicator> Indicators);

    public sealed record PackIndicator(
        string Code, int Version, DateOnly ValidFrom, string Name, string? Task, string Unit, Direction Direction,
        string Numerator, string? Denominator, decimal Factor, string? Breakdowns, int? DynamicsYears, string Item,
        string? Description);

    /// <returns>How many definitions were added.</returns>
    public async Task<int> LoadAsync(CancellationToken ct = default)
    {
        if (methodology.Find(Folder) is not { } folder)
        {
            log.LogWarning("No methodology/{Folder} folder found; no shipped indicators loaded", Folder);
            return 0;
        }
        var stored = (await db.Set<IndicatorDefinition>().Select(d => new { d.Code, d.Version }).ToListAsync(ct))
            .Select(d => (d.Code, d.Version)).ToHashSet();
        var added = 0;
        foreach (var pack in await ReadAsync(folder, ct))
        foreach (var i in pack.Indicators.Where(i => !stored.Contains((i.Code, i.Version))))
        {
            db.Add(ToDefinition(pack, i));
            added++;
        }
        if (added > 0)
        {
            await db.SaveChangesAsync(ct);
            log.LogInformation("Indicators: {Count} definitions added from {Folder}", added, folder);
        }
        return added;
    }

    public static async Task<IReadOnlyList<PackFile>> ReadAsync(string folder, CancellationToken ct = default)
    {
        var packs = new List<PackFile>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            await using var stream = File.OpenRead(file);
            packs.Add(await JsonSerializer.DeserializeAsync<PackFile>(stream, Json, ct)
                      ?? throw new InvalidDataException($"{file} is empty"));
        }
        return packs;
    }

    private static IndicatorDefinition ToDefinition(PackFile pack, PackIndicator i) => new()
    {
        Code = i.Code,
        Version = i.Version,
        ValidFrom = i.ValidFrom,
        Name = i.Name,
        Area = pack.Area,
        Task = i.Task,
        Unit = i.Unit,
        Direction = i.Direction,
        Numerator = i.Numerator,
        Denominator = i.Denominator,
        Factor = i.Factor,
        Breakdowns = i.Breakdowns,
        DynamicsYears = i.DynamicsYears,
        Source = $"{pack.Source}, {i.Item}",
        Description = i.Description,
        Origin = DefinitionOrigin.Shipped,
        CreatedAt = DateTime.UtcNow,
        CreatedBy = "system",
    };
}
