using EduCycle.Web.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Data;

/// <summary>Which database the application runs on: <c>Database:Provider</c> and <c>ConnectionStrings:EduCycle</c>.</summary>
public sealed record DatabaseSettings(string Provider, string ConnectionString)
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
    public const string DefaultSqlite = "Data Source=data/educycle.db";

    public bool IsPostgres => Provider == Postgres;

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var provider = (configuration["Database:Provider"] ?? Sqlite).Trim().ToLowerInvariant();
        if (provider is not (Sqlite or Postgres))
            throw new InvalidOperationException($"Database:Provider must be '{Sqlite}' or '{Postgres}', not '{provider}'.");
        var connection = configuration.GetConnectionString("EduCycle");
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (provider == Postgres)
                throw new InvalidOperationException("ConnectionStrings:EduCycle is required when Database:Provider is 'postgres'.");
            connection = DefaultSqlite;
        }
        return new DatabaseSettings(provider, connection);
    }
}

public static class DatabaseSetup
{
    /// <summary>Registers the provider's context behind <see cref="EduCycleDbContext"/> and its factory.</summary>
    public static IServiceCollection AddEduCycleDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        if (settings.IsPostgres)
        {
            services.AddDbContextFactory<PostgresEduCycleDbContext>(o => o.UseNpgsql(settings.ConnectionString, n => n.CommandTimeout(600)), ServiceLifetime.Scoped);
            services.AddScoped<IDbContextFactory<EduCycleDbContext>, FactoryAdapter<PostgresEduCycleDbContext>>();
        }
        else
        {
            EnsureSqliteFolder(settings.ConnectionString);
            services.AddDbContextFactory<SqliteEduCycleDbContext>(o => o.UseSqlite(settings.ConnectionString), ServiceLifetime.Scoped);
            services.AddScoped<IDbContextFactory<EduCycleDbContext>, FactoryAdapter<SqliteEduCycleDbContext>>();
        }
        services.AddScoped<EduCycleDbContext>(sp => sp.GetRequiredService<IDbContextFactory<EduCycleDbContext>>().CreateDbContext());
        return services;
    }

    /// <summary>Applies the provider's migrations and tunes SQLite for concurrent reads.</summary>
    public static async Task MigrateAsync(EduCycleDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }

    private sealed class FactoryAdapter<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<EduCycleDbContext>
        where TContext : EduCycleDbContext
    {
        public EduCycleDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
