using System.Collections.Concurrent;
using EduCycle.Web.Data;
using EduCycle.Web.Tests.Infrastructure;

namespace EduCycle.Web.Tests.Indicators.Pack;

/// <summary>
/// The application started once per provider on a fresh database (so the shipped indicator pack and collected
/// elements are loaded as in production) with <see cref="PackDataset"/> seeded into it.
/// </summary>
public sealed class PackDatasetFixture : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<(EduCycleApp App, PackDataset Data)>>> apps = new();

    public Task<(EduCycleApp App, PackDataset Data)> StartedAsync(string provider) =>
        apps.GetOrAdd(provider, p => new Lazy<Task<(EduCycleApp, PackDataset)>>(() => StartAsync(p))).Value;

    /// <summary>A system-scope context on the dataset's database and the dataset.</summary>
    public async Task<(EduCycleDbContext Db, PackDataset Data)> OpenAsync(string provider)
    {
        var (app, data) = await StartedAsync(provider);
        return (app.Db(), data);
    }

    private static async Task<(EduCycleApp, PackDataset)> StartAsync(string provider)
    {
        var app = new EduCycleApp(provider);
        await using var db = app.Db();
        return (app, await PackDataset.SeedAsync(db));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var entry in apps.Values)
            if (entry.IsValueCreated && entry.Value.IsCompletedSuccessfully)
                await entry.Value.Result.App.DisposeAsync();
    }
}
