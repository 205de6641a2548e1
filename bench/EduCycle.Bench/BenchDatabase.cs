using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EduCycle.Bench;

/// <summary>
/// A fresh database for one run: a new SQLite file, or a new PostgreSQL database
/// <c>educycle_bench_&lt;timestamp&gt;</c> on the server of <c>EDUCYCLE_BENCH_POSTGRES</c> (or <c>EDUCYCLE_TEST_POSTGRES</c>).
/// </summary>
internal sealed record BenchDatabase(DatabaseSettings Settings, string Description, string Name)
{
    public const string Sqlite = DatabaseSettings.Sqlite;
    public const string Postgres = DatabaseSettings.Postgres;

    public static BenchDatabase Create(string provider)
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd_HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        if (provider == Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), "educycle-bench", $"educycle_bench_{stamp}.db");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            return new BenchDatabase(new DatabaseSettings(Sqlite, $"Data Source={file};Pooling=False"), file, file);
        }
        var server = Server;
        var name = $"educycle_bench_{stamp}";
        using (var admin = new NpgsqlConnection(server))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            create.ExecuteNonQuery();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, CommandTimeout = 0 };
        return new BenchDatabase(new DatabaseSettings(Postgres, builder.ConnectionString), $"PostgreSQL database {name}", name);
    }

    /// <summary>A database a previous run kept (<c>--keep</c>): the SQLite file, or the PostgreSQL database of that name.</summary>
    public static BenchDatabase Existing(string provider, string name)
    {
        if (provider == Sqlite)
            return new BenchDatabase(new DatabaseSettings(Sqlite, $"Data Source={name};Pooling=False"), name, name);
        var builder = new NpgsqlConnectionStringBuilder(Server) { Database = name, CommandTimeout = 0 };
        return new BenchDatabase(new DatabaseSettings(Postgres, builder.ConnectionString), $"PostgreSQL database {name}", name);
    }

    private static string Server =>
        Environment.GetEnvironmentVariable("EDUCYCLE_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("EDUCYCLE_TEST_POSTGRES")
        ?? throw new InvalidOperationException("Set EDUCYCLE_BENCH_POSTGRES (or EDUCYCLE_TEST_POSTGRES) to a PostgreSQL connection string.");

    /// <summary>Removes the database (the SQLite file, or the PostgreSQL database).</summary>
    public async Task DropAsync()
    {
        if (!Settings.IsPostgres)
        {
            foreach (var f in new[] { Name, Name + "-wal", Name + "-shm" })
                File.Delete(f);
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(Server);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE {Name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>A migrated context acting as the system.</summary>
    public async Task<EduCycleDbContext> OpenAsync(CancellationToken ct)
    {
        var scope = new FixedDataScope(DataScope.System());
        EduCycleDbContext db = Settings.IsPostgres
            ? new PostgresEduCycleDbContext(new DbContextOptionsBuilder<PostgresEduCycleDbContext>().UseNpgsql(Settings.ConnectionString, o => o.CommandTimeout(0)).Options, scope)
            : new SqliteEduCycleDbContext(new DbContextOptionsBuilder<SqliteEduCycleDbContext>().UseSqlite(Settings.ConnectionString).Options, scope);
        await DatabaseSetup.MigrateAsync(db, ct);
        return db;
    }
}
