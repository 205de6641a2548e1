using System.Diagnostics;
using EduCycle.Web.Data;
using LinqToDB.Data;
using LinqToDB.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Registry.Demo;

/// <summary>
/// Set-based writes of generated rows with linq2db BulkCopy inside the context's current transaction
/// (binary COPY on PostgreSQL, multi-row inserts on SQLite), keeping the generator's keys.
/// </summary>
internal sealed class DemoBulkWriter
{
    private static readonly Lazy<bool> Initialized = new(() =>
    {
        LinqToDBForEFTools.Initialize();
        return true;
    });

    /// <summary>Tables whose identity keys the generator assigns; PostgreSQL sequences must follow them.</summary>
    private static readonly string[] AdvanceSequenceStatements = new[] { "Organisations", "OrganisationPlacements", "People", "Employments", "Vacancies" }
        .Select(t => $"SELECT setval(pg_get_serial_sequence('\"{t}\"', 'Id'), max(\"Id\")) FROM \"{t}\" HAVING max(\"Id\") IS NOT NULL")
        .ToArray();

    private readonly EduCycleDbContext db;
    private readonly BulkCopyOptions options;
    private readonly Dictionary<string, (long Rows, TimeSpan Time)> stats = [];

    public DemoBulkWriter(EduCycleDbContext db)
    {
        _ = Initialized.Value;
        this.db = db;
        options = new BulkCopyOptions
        {
            BulkCopyType = db.Database.IsNpgsql() ? BulkCopyType.ProviderSpecific : BulkCopyType.MultipleRows,
            KeepIdentity = true,
            MaxBatchSize = 5_000,
        };
    }

    public IReadOnlyList<DemoTableStat> Stats => stats.Select(s => new DemoTableStat(s.Key, s.Value.Rows, s.Value.Time)).ToList();

    public async Task WriteAsync<T>(string table, IReadOnlyCollection<T> rows, CancellationToken ct) where T : class
    {
        var watch = Stopwatch.StartNew();
        await db.BulkCopyAsync(options, rows, ct);
        var (total, time) = stats.GetValueOrDefault(table);
        stats[table] = (total + rows.Count, time + watch.Elapsed);
    }

    /// <summary>
    /// Gives the SQLite connection a 64 MB page cache for the run: the name index of people takes
    /// rows in random order, and with the default 2 MB cache those inserts dominate the run.
    /// </summary>
    public async Task PrepareConnectionAsync(CancellationToken ct)
    {
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -65536", ct);
    }

    /// <summary>Moves PostgreSQL identity sequences past the written keys so later inserts don't collide.</summary>
    public async Task AdvanceSequencesAsync(CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return;
        foreach (var statement in AdvanceSequenceStatements)
            await db.Database.ExecuteSqlRawAsync(statement, ct);
    }
}
