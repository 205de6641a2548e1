using EduCycle.Web.Features.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EduCycle.Web.Data;

/// <summary>The SQLite database (embedded default); carries the SQLite migrations.</summary>
public sealed class SqliteEduCycleDbContext(DbContextOptions<SqliteEduCycleDbContext> options, IDataScopeAccessor scopes)
    : EduCycleDbContext(options, scopes);

/// <summary>The PostgreSQL database (production); carries the PostgreSQL migrations.</summary>
public sealed class PostgresEduCycleDbContext(DbContextOptions<PostgresEduCycleDbContext> options, IDataScopeAccessor scopes)
    : EduCycleDbContext(options, scopes);

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteEduCycleDbContext>
{
    public SqliteEduCycleDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteEduCycleDbContext>().UseSqlite("Data Source=design.db").Options, new FixedDataScope(DataScope.System()));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresEduCycleDbContext>
{
    public PostgresEduCycleDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresEduCycleDbContext>().UseNpgsql("Host=localhost;Database=design").Options, new FixedDataScope(DataScope.System()));
}
