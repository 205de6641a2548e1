using System.Diagnostics;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Communities;
using EduCycle.Web.Features.Development.Diagnostics;
using EduCycle.Web.Features.Development.Enrolments;
using EduCycle.Web.Features.Development.Mentoring;
using EduCycle.Web.Features.Development.Programmes;
using EduCycle.Web.Features.Development.Routes;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Features.Registry.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EduCycle.Web.Features.Development.Demo;

/// <summary>
/// Demo mode: professional development of the demo region over the three school years up to the current one — deficit
/// topics, providers and programmes, diagnostic campaigns with results and deficits, routes in every state with items and
/// enrolments (technical assignments, course reports), communities, events, competitions, experts, attestation history,
/// mentoring pairs with meetings and the schools implementing the mentoring model. Generated once, deterministically
/// from <c>Demo:Seed</c> and the date, and bulk-written in one transaction.
/// </summary>
public sealed class DevelopmentDemo(EduCycleDbContext db, IOptions<DemoSettings> demo, IConfiguration configuration, ILogger<DevelopmentDemo> log)
{
    public async Task EnsureAsync(CancellationToken ct = default)
    {
        if (!demo.Value.Enabled || await db.DiagnosticCampaigns.IgnoreQueryFilters().AnyAsync(ct) || !await db.Municipalities.AnyAsync(ct)) return;
        var report = await GenerateAsync(db, configuration.GetValue("Demo:Seed", 2025), db.Scope.Today, ct);
        log.LogInformation("Professional development demo generated: {Report}", report);
    }

    /// <summary>
    /// Generates the demo into <paramref name="target"/>, which must hold the demo region and no diagnostics yet. PostgreSQL
    /// gets fresh statistics afterwards: planned on empty tables, the analytics' joins would take seconds instead of milliseconds.
    /// </summary>
    public static async Task<DevelopmentDemoReport> GenerateAsync(EduCycleDbContext target, int seed, DateOnly today, CancellationToken ct = default)
    {
        var started = Stopwatch.StartNew();
        var world = await DemoWorld.LoadAsync(target, today, ct);
        var topics = await target.DeficitTopics.AsNoTracking().ToDictionaryAsync(t => t.Code, ct);
        var providers = await target.Providers.AsNoTracking().ToDictionaryAsync(p => p.Name, ct);
        var batch = new DevelopmentBatch(await FirstIdsAsync(target, ct));
        var generator = new DevelopmentGenerator(world, new DemoRandom(seed), batch);
        generator.Generate(topics, providers);
        var generated = started.Elapsed;

        var writer = new DemoBulkWriter(target);
        await using var transaction = await target.Database.BeginTransactionAsync(ct);
        await writer.PrepareConnectionAsync(ct);
        await WriteAsync(writer, batch, ct);
        await MentoringModelAsync(target, world, generator.MentoringSchools, writer, ct);
        await AdvanceSequencesAsync(target, ct);
        await transaction.CommitAsync(ct);
        if (target.Database.IsNpgsql()) await target.Database.ExecuteSqlRawAsync("ANALYZE", ct);
        return new DevelopmentDemoReport(generated, started.Elapsed, writer.Stats);
    }

    private static async Task WriteAsync(DemoBulkWriter writer, DevelopmentBatch b, CancellationToken ct)
    {
        await writer.WriteAsync("Providers", b.Providers, ct);
        await writer.WriteAsync("Programmes", b.Programmes, ct);
        await writer.WriteAsync("ProgrammeTopics", b.ProgrammeTopics, ct);
        await writer.WriteAsync("DiagnosticCampaigns", b.Campaigns, ct);
        await writer.WriteAsync("DiagnosticCampaignSubject", b.CampaignSubjects, ct);
        await writer.WriteAsync("DiagnosticResults", b.Results.OrderBy(r => r.Id).ToList(), ct);
        await writer.WriteAsync("DiagnosticGroupScores", b.Scores, ct);
        await writer.WriteAsync("Deficits", b.Deficits, ct);
        await writer.WriteAsync("MethodicalAssetMembers", b.Asset, ct);
        await writer.WriteAsync("Communities", b.Communities, ct);
        await writer.WriteAsync("MethodicalEvents", b.Events, ct);
        await writer.WriteAsync("EventTopics", b.EventTopics, ct);
        await writer.WriteAsync("EventParticipations", b.Participations, ct);
        await writer.WriteAsync("CommunityMemberships", b.Memberships, ct);
        await writer.WriteAsync("Routes", b.Routes, ct);
        await writer.WriteAsync("RouteStatusChanges", b.RouteChanges, ct);
        await writer.WriteAsync("RouteItems", b.RouteItems, ct);
        await writer.WriteAsync("Enrolments", b.Enrolments, ct);
        await writer.WriteAsync("TechnicalAssignments", b.TechnicalAssignments, ct);
        await writer.WriteAsync("CourseReports", b.CourseReports, ct);
        await writer.WriteAsync("CompetitionEntries", b.Competitions, ct);
        await writer.WriteAsync("ExpertQualifications", b.Experts, ct);
        await writer.WriteAsync("AttestationRecords", b.Attestations, ct);
        await writer.WriteAsync("MentoringPairs", b.Pairs, ct);
        await writer.WriteAsync("MentoringMeetings", b.Meetings, ct);
    }

    /// <summary>
    /// Schools with mentoring pairs implement the mentoring target model that year. The registry demo keeps statuses up to
    /// its own year; later school years get a copy of the last one first.
    /// </summary>
    private static async Task MentoringModelAsync(EduCycleDbContext db, DemoWorld world, HashSet<(int Organisation, int Year)> schools,
        DemoBulkWriter writer, CancellationToken ct)
    {
        foreach (var year in world.Years.Select(y => y.StartYear))
        {
            if (!await db.OrganisationYearStatuses.AnyAsync(s => s.SchoolYear == year, ct))
            {
                var last = await db.OrganisationYearStatuses.Where(s => s.SchoolYear < year).MaxAsync(s => (int?)s.SchoolYear, ct);
                if (last is null) continue;
                var copies = await db.OrganisationYearStatuses.AsNoTracking().Where(s => s.SchoolYear == last).OrderBy(s => s.OrganisationId).ToListAsync(ct);
                foreach (var copy in copies) copy.SchoolYear = year;
                await writer.WriteAsync("OrganisationYearStatuses", copies, ct);
            }
            var ids = schools.Where(s => s.Year == year).Select(s => s.Organisation).ToList();
            await db.OrganisationYearStatuses.Where(s => s.SchoolYear == year && ids.Contains(s.OrganisationId))
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.ImplementsMentoringModel, true), ct);
        }
    }

    private static readonly Type[] IdentityTables =
    [
        typeof(Provider), typeof(Programme), typeof(DiagnosticCampaign), typeof(DiagnosticResult), typeof(Deficit),
        typeof(MethodicalAssetMember), typeof(IndividualRoute), typeof(RouteItem), typeof(RouteStatusChange), typeof(Enrolment),
        typeof(Community), typeof(CommunityMembership), typeof(MethodicalEvent), typeof(EventParticipation), typeof(CompetitionEntry),
        typeof(ExpertQualification), typeof(AttestationRecord), typeof(MentoringPair), typeof(MentoringMeeting),
    ];

    private static async Task<Dictionary<Type, int>> FirstIdsAsync(EduCycleDbContext db, CancellationToken ct)
    {
        var first = new Dictionary<Type, int>();
        foreach (var type in IdentityTables)
        {
            var sql = $"SELECT COALESCE(MAX(\"Id\"), 0) AS \"Value\" FROM \"{TableOf(db, type)}\"";
            var max = await db.Database.SqlQueryRaw<int>(sql).SingleAsync(ct);
            first[type] = max + 1;
        }
        return first;
    }

    /// <summary>PostgreSQL identity sequences must move past the keys the generator wrote.</summary>
    private static async Task AdvanceSequencesAsync(EduCycleDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return;
        var statements = IdentityTables.Select(t => TableOf(db, t))
            .Select(table => $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), max(\"Id\")) FROM \"{table}\" HAVING max(\"Id\") IS NOT NULL");
        foreach (var statement in statements)
            await db.Database.ExecuteSqlRawAsync(statement, ct);
    }

    private static string TableOf(EduCycleDbContext db, Type type) =>
        db.Model.FindEntityType(type)?.GetTableName() ?? throw new InvalidOperationException($"{type.Name} is not mapped.");
}

/// <summary>How long the development demo took (generation alone and in all) and the rows written per table.</summary>
public sealed record DevelopmentDemoReport(TimeSpan Generated, TimeSpan Elapsed, IReadOnlyList<DemoTableStat> Tables)
{
    public long TotalRows => Tables.Sum(t => t.Rows);

    public override string ToString() =>
        $"строк {TotalRows} ({string.Join(", ", Tables.Select(t => $"{t.Table} {t.Rows}"))}); генерация {Generated.TotalSeconds:F1} с, всего {Elapsed.TotalSeconds:F1} с";
}
