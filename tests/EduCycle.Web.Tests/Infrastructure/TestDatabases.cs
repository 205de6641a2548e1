using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EduCycle.Web.Tests.Infrastructure;

/// <summary>
/// Fresh databases for tests on both providers. SQLite is a temporary file; PostgreSQL is a new
/// database on the server named by <c>EDUCYCLE_TEST_POSTGRES</c> (a connection string to a database
/// the user may create databases from). Without it, PostgreSQL tests are reported as skipped, and with
/// <c>EDUCYCLE_REQUIRE_POSTGRES=1</c> (set by CI) they fail instead.
/// </summary>
public static class TestDatabases
{
    public const string Sqlite = DatabaseSettings.Sqlite;
    public const string Postgres = DatabaseSettings.Postgres;

    public static readonly TheoryData<string> Providers = new(Sqlite, Postgres);

    private static readonly string? PostgresServer = Environment.GetEnvironmentVariable("EDUCYCLE_TEST_POSTGRES");

    /// <summary>Settings of a new, empty database of <paramref name="provider"/>.</summary>
    public static DatabaseSettings Create(string provider)
    {
        if (provider == Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), "educycle-tests", $"{Guid.NewGuid():N}.db");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            return new DatabaseSettings(Sqlite, $"Data Source={file};Pooling=False");
        }
        RequirePostgres();
        var name = $"educycle_test_{Guid.NewGuid():N}";
        using (var admin = new NpgsqlConnection(PostgresServer))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            create.ExecuteNonQuery();
        }
        var builder = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name };
        return new DatabaseSettings(Postgres, builder.ConnectionString);
    }

    public static void RequirePostgres()
    {
        if (!string.IsNullOrWhiteSpace(PostgresServer)) return;
        if (Environment.GetEnvironmentVariable("EDUCYCLE_REQUIRE_POSTGRES") == "1")
            throw new InvalidOperationException("EDUCYCLE_REQUIRE_POSTGRES=1 but EDUCYCLE_TEST_POSTGRES is not set.");
        Assert.Skip("PostgreSQL is not available here: set EDUCYCLE_TEST_POSTGRES to run this test (CI does).");
    }

    /// <summary>A migrated context on a new database, acting as <paramref name="scope"/> (the system by default).</summary>
    public static async Task<EduCycleDbContext> OpenAsync(DatabaseSettings settings, DataScope? scope = null)
    {
        var db = Open(settings, scope);
        await DatabaseSetup.MigrateAsync(db);
        return db;
    }

    /// <summary>A context on an existing database, acting as <paramref name="scope"/>.</summary>
    public static EduCycleDbContext Open(DatabaseSettings settings, DataScope? scope = null)
    {
        var accessor = new FixedDataScope(scope ?? DataScope.System());
        return settings.IsPostgres
            ? new PostgresEduCycleDbContext(new DbContextOptionsBuilder<PostgresEduCycleDbContext>().UseNpgsql(settings.ConnectionString).Options, accessor)
            : new SqliteEduCycleDbContext(new DbContextOptionsBuilder<SqliteEduCycleDbContext>().UseSqlite(settings.ConnectionString).Options, accessor);
    }
}
