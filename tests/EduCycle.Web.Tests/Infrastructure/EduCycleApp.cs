using System.Net.Http.Headers;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EduCycle.Web.Tests.Infrastructure;

/// <summary>The real application on a fresh database of the given provider (demo mode off).</summary>
public sealed class EduCycleApp : WebApplicationFactory<Program>
{
    public EduCycleApp(string provider) => Database = TestDatabases.Create(provider);

    public DatabaseSettings Database { get; }

    /// <summary>Further configuration of the host, set before it starts.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:EduCycle", Database.ConnectionString);
        builder.UseSetting("Demo:Enabled", "false");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    /// <summary>A context on the app's database acting as <paramref name="scope"/> (the system by default).</summary>
    public EduCycleDbContext Db(DataScope? scope = null)
    {
        _ = Services; // the host applies migrations at start
        return TestDatabases.Open(Database, scope);
    }

    /// <summary>Seeds the hand-made <see cref="TestRegion"/> into the app's database.</summary>
    public async Task<TestRegion> SeedRegionAsync()
    {
        await using var db = Db();
        return await TestRegion.SeedAsync(db);
    }

    /// <summary>Creates a user with a role and scope and returns a client authenticated by its personal access token.</summary>
    public async Task<HttpClient> ClientAsAsync(TestUser user)
    {
        var token = await TokenForAsync(user);
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<string> TokenForAsync(TestUser user)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var existing = await users.FindByNameAsync(user.UserName);
        if (existing is null)
        {
            existing = new AppUser
            {
                UserName = user.UserName,
                DisplayName = user.UserName,
                ScopeKind = Roles.ScopeOf(user.Role),
                MunicipalityId = user.MunicipalityId,
                OrganisationId = user.OrganisationId,
                PersonId = user.PersonId,
            };
            var result = await users.CreateAsync(existing, TestUser.Password);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(existing, user.Role);
            if (user.AssignedOrganisations is { } assigned)
            {
                var db = scope.ServiceProvider.GetRequiredService<EduCycleDbContext>();
                db.UserAssignments.AddRange(assigned.Select(id => new UserAssignment { UserId = existing.Id, OrganisationId = id }));
                await db.SaveChangesAsync();
            }
        }
        var tokens = scope.ServiceProvider.GetRequiredService<PersonalAccessTokens>();
        return (await tokens.CreateAsync(existing.Id, "tests", null)).Token;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!Database.IsPostgres)
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(Database.ConnectionString).DataSource;
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
                if (File.Exists(f)) File.Delete(f);
        }
    }
}

/// <summary>A user to act as in a test.</summary>
public sealed record TestUser(string UserName, string Role, int? MunicipalityId = null, int? OrganisationId = null, int? PersonId = null, int[]? AssignedOrganisations = null)
{
    public const string Password = "Test-password-1";
}
