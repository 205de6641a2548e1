using System.Collections.Concurrent;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Tests.Infrastructure;

namespace EduCycle.Web.Tests.Registry.Queries;

/// <summary>One database per provider holding <see cref="TinyRegion"/>, seeded once for the read-only query tests.</summary>
public sealed class TinyRegionDatabases
{
    private readonly ConcurrentDictionary<string, Lazy<Task<(DatabaseSettings, TinyRegion)>>> _databases = new();

    public async Task<(DatabaseSettings Settings, TinyRegion Region)> GetAsync(string provider)
    {
        if (provider == TestDatabases.Postgres) TestDatabases.RequirePostgres();
        return await _databases.GetOrAdd(provider, p => new Lazy<Task<(DatabaseSettings, TinyRegion)>>(() => SeedAsync(p))).Value;
    }

    /// <summary>A context on the provider's tiny region acting as <paramref name="scope"/> (the system on <see cref="TinyRegion.After"/> by default).</summary>
    public async Task<(EduCycleDbContext Db, TinyRegion Region)> OpenAsync(string provider, DataScope? scope = null)
    {
        var (settings, region) = await GetAsync(provider);
        return (TestDatabases.Open(settings, scope ?? DataScope.System(TinyRegion.After)), region);
    }

    private static async Task<(DatabaseSettings, TinyRegion)> SeedAsync(string provider)
    {
        var settings = TestDatabases.Create(provider);
        await using var db = await TestDatabases.OpenAsync(settings);
        return (settings, await TinyRegion.SeedAsync(db));
    }
}
