using System.Collections.Concurrent;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Development.Demo;

/// <summary>The application started once per provider in demo mode on an empty database: region, demo users and the development demo.</summary>
public sealed class DevelopmentDemoFixture : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<EduCycleApp>>> apps = new();

    public async Task<DatabaseSettings> StartedAsync(string provider) => (await AppAsync(provider)).Database;

    /// <summary>The application on the demo database (now with demo mode off, so test users can sign in by token).</summary>
    public Task<EduCycleApp> AppAsync(string provider) =>
        apps.GetOrAdd(provider, p => new Lazy<Task<EduCycleApp>>(() => StartAsync(p))).Value;

    private static Task<EduCycleApp> StartAsync(string provider)
    {
        var app = new EduCycleApp(provider);
        using var demo = app.WithWebHostBuilder(b => b.UseSetting("Demo:Enabled", "true"));
        _ = demo.Services;
        return Task.FromResult(app);
    }

    /// <summary>A context acting as the demo account <paramref name="login"/>, as the application would build its scope.</summary>
    public static async Task<EduCycleDbContext> AsDemoUserAsync(DatabaseSettings settings, string login)
    {
        await using var system = TestDatabases.Open(settings);
        var user = await system.Users.SingleAsync(u => u.UserName == login);
        var scope = new DataScope(user.ScopeKind, user.Id, login, user.MunicipalityId, user.OrganisationId, user.PersonId, system.Scope.Today);
        return TestDatabases.Open(settings, scope);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var entry in apps.Values)
            if (entry.IsValueCreated && entry.Value.IsCompletedSuccessfully)
                await entry.Value.Result.DisposeAsync();
    }
}
