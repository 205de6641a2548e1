using System.Collections.Concurrent;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Registry.Demo;
using EduCycle.Web.Tests.Infrastructure;

namespace EduCycle.Web.Tests.Registry.Demo;

/// <summary>The demo region seeded once per provider with <see cref="Seed"/>, shared by a test class.</summary>
public sealed class DemoRegionFixture : IAsyncDisposable
{
    public const int Seed = 2025;

    private readonly ConcurrentDictionary<string, Lazy<Task<DatabaseSettings>>> seeded = new();

    public Task<DatabaseSettings> SeededAsync(string provider) =>
        seeded.GetOrAdd(provider, p => new Lazy<Task<DatabaseSettings>>(() => SeedNewAsync(p, Seed))).Value;

    public static async Task<DatabaseSettings> SeedNewAsync(string provider, int seed)
    {
        var settings = TestDatabases.Create(provider);
        await using var db = await TestDatabases.OpenAsync(settings);
        await new DemoRegionSeeder(db).SeedAsync(DemoScale.Region, seed, null, TestContext.Current.CancellationToken);
        return settings;
    }

    public ValueTask DisposeAsync()
    {
        foreach (var entry in seeded.Values)
            if (entry.IsValueCreated && entry.Value.IsCompletedSuccessfully && !entry.Value.Result.IsPostgres)
                DeleteSqlite(entry.Value.Result);
        return ValueTask.CompletedTask;
    }

    public static void DeleteSqlite(DatabaseSettings settings)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        foreach (var f in new[] { file, file + "-wal", file + "-shm" })
            if (File.Exists(f)) File.Delete(f);
    }
}
