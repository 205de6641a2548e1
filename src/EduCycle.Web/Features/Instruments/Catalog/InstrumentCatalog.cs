using System.Collections.Concurrent;
using EduCycle.Engine.Instruments;
using EduCycle.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Instruments.Catalog;

/// <summary>A row of the catalogue: one version of an instrument, without its definition.</summary>
public sealed record InstrumentVersionRow(
    string Code, int Version, DateOnly ValidFrom, string Name, InstrumentKind Kind, AssessedSubject Subject,
    InstrumentOrigin Origin, DateTime CreatedAt, string CreatedBy);

/// <summary>A new version, or the problems that refused it; warnings are kept with an accepted version.</summary>
public sealed record VersionCreation(InstrumentVersionRow? Created, IReadOnlyList<InstrumentProblem> Problems)
{
    public bool Succeeded => Created is not null;
}

/// <summary>Parsed definitions by (code, version): a stored version never changes, so it is parsed once per process.</summary>
public sealed class InstrumentDefinitionCache
{
    private readonly ConcurrentDictionary<(string Code, int Version), InstrumentDefinition> _definitions = new();

    public InstrumentDefinition GetOrParse(string code, int version, string json) =>
        _definitions.GetOrAdd((code, version), _ => InstrumentJson.ParseDefinition(json, $"{code} v{version}"));
}

/// <summary>
/// The instruments catalogue: every version ever used stays stored, so a result is always rescored with the
/// version that produced it; a new version gets the next number and must pass validation.
/// </summary>
public sealed class InstrumentCatalog(EduCycleDbContext db, InstrumentDefinitionCache cache, TimeProvider clock)
{
    public async Task<IReadOnlyList<InstrumentVersionRow>> ListLatestAsync(CancellationToken ct = default)
    {
        var latest = db.InstrumentVersions.Where(v => !db.InstrumentVersions.Any(n => n.Code == v.Code && n.Version > v.Version));
        return await Rows(latest.OrderBy(v => v.Code)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<InstrumentVersionRow>> ListVersionsAsync(string code, CancellationToken ct = default) =>
        await Rows(db.InstrumentVersions.Where(v => v.Code == code).OrderBy(v => v.Version)).ToListAsync(ct);

    /// <summary>The stored JSON of a version exactly as written, or <c>null</c>.</summary>
    public Task<string?> GetJsonAsync(string code, int version, CancellationToken ct = default) =>
        db.InstrumentVersions.Where(v => v.Code == code && v.Version == version).Select(v => v.DefinitionJson).FirstOrDefaultAsync(ct);

    public async Task<InstrumentDefinition?> GetDefinitionAsync(string code, int version, CancellationToken ct = default) =>
        await GetJsonAsync(code, version, ct) is { } json ? cache.GetOrParse(code, version, json) : null;

    /// <summary>Format errors, validation errors and warnings of a definition text.</summary>
    public static IReadOnlyList<InstrumentProblem> Validate(string definitionJson)
    {
        try
        {
            return InstrumentValidation.Validate(InstrumentJson.ParseDefinition(definitionJson));
        }
        catch (InstrumentException e)
        {
            return e.Problems;
        }
    }

    /// <summary>
    /// Stores <paramref name="definitionJson"/> as the next version of <paramref name="code"/> valid from
    /// <paramref name="validFrom"/> (the text's own code, version and validFrom are replaced); refused with all
    /// problems when it does not parse or has errors.
    /// </summary>
    public async Task<VersionCreation> CreateVersionAsync(string code, string definitionJson, DateOnly validFrom, string user, CancellationToken ct = default)
    {
        InstrumentDefinition parsed;
        try
        {
            parsed = InstrumentJson.ParseDefinition(definitionJson);
        }
        catch (InstrumentException e)
        {
            return new(null, e.Problems);
        }
        var next = (await db.InstrumentVersions.Where(v => v.Code == code).MaxAsync(v => (int?)v.Version, ct) ?? 0) + 1;
        var definition = parsed with { Code = code, Version = next, ValidFrom = validFrom };
        var problems = InstrumentValidation.Validate(definition);
        if (problems.HasErrors()) return new(null, problems);

        var row = ToEntity(definition, InstrumentJson.Serialize(definition), InstrumentOrigin.Edited, user, clock.GetUtcNow().UtcDateTime);
        db.InstrumentVersions.Add(row);
        await db.SaveChangesAsync(ct);
        return new(ToRow(row), problems);
    }

    internal static InstrumentVersion ToEntity(InstrumentDefinition d, string json, InstrumentOrigin origin, string user, DateTime at) => new()
    {
        Code = d.Code,
        Version = d.Version,
        ValidFrom = d.ValidFrom,
        Name = d.Name,
        Kind = d.Kind,
        Subject = d.Subject,
        DefinitionJson = json,
        Origin = origin,
        CreatedAt = at,
        CreatedBy = user,
    };

    private static InstrumentVersionRow ToRow(InstrumentVersion v) =>
        new(v.Code, v.Version, v.ValidFrom, v.Name, v.Kind, v.Subject, v.Origin, v.CreatedAt, v.CreatedBy);

    private static IQueryable<InstrumentVersionRow> Rows(IQueryable<InstrumentVersion> versions) =>
        versions.AsNoTracking().Select(v => new InstrumentVersionRow(v.Code, v.Version, v.ValidFrom, v.Name, v.Kind, v.Subject, v.Origin, v.CreatedAt, v.CreatedBy));
}
