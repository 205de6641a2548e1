using System.Diagnostics;
using System.Globalization;
using EduCycle.Engine.Calendar;
using EduCycle.Web.Features.Indicators;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Definitions;
using EduCycle.Web.Features.Registry.Demo;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Bench;

/// <summary>
/// <c>indicators --scale region|national [--provider sqlite|postgres|both] [--database NAME] [--period 2025/26] [--runs 2] [--keep]</c>:
/// every in-force indicator of the pack for every unit of each level, compiled by the engine, against the same numbers
/// from hand-written GROUP BY queries (<see cref="IndicatorsHandPack"/>); prints the wall times, their ratio and every
/// disagreement (exit code 1 if any). The dataset is generated into a new database, or completed in the one <c>--database</c>
/// names (a run of <c>generate --keep</c> or of this mode with <c>--keep</c>): the web application adds in demo mode what is missing.
/// Each side runs <c>--runs</c> times, alternately; the best time of each counts. <c>--explain CODE</c> prints instead the query
/// plans (PostgreSQL <c>EXPLAIN ANALYZE</c>) of one indicator's compiled query and of its hand-written ones at <c>--level</c>.
/// </summary>
internal sealed class IndicatorsMode : IBenchMode
{
    private const double Tolerance = 1e-6;

    public string Name => "indicators";

    public string Usage =>
        "--scale region|national [--provider sqlite|postgres|both] [--database NAME] [--period 2025/26] [--runs 2] [--keep] [--explain CODE --level organisation]";

    public async Task<int> RunAsync(BenchArguments arguments, CancellationToken ct)
    {
        var scale = Enum.Parse<DemoScale>(arguments.Get("scale", "region"), ignoreCase: true);
        if (!SchoolYear.TryParse(arguments.Get("period", "2025/26"), out var period))
            throw new ArgumentException("--period: a school year such as 2025/26.");
        var runs = arguments.Get("runs", 2);
        var failed = false;
        foreach (var provider in arguments.Providers())
        {
            var reused = arguments.Has("database");
            var database = reused ? BenchDatabase.Existing(provider, arguments.Get("database", "")) : BenchDatabase.Create(provider);
            try
            {
                await PrepareAsync(database, scale, ct);
                if (arguments.Has("explain"))
                    await IndicatorsExplain.PrintAsync(database, arguments.Get("explain", ""),
                        Enum.Parse<UnitLevel>(arguments.Get("level", "Organisation"), ignoreCase: true), period.StartYear, ct);
                else failed |= !await MeasureAsync(database, period.StartYear, runs, ct);
            }
            finally
            {
                if (reused || arguments.Has("keep")) Console.WriteLine($"kept {database.Description}");
                else await database.DropAsync();
            }
        }
        return failed ? 1 : 0;
    }

    private static async Task PrepareAsync(BenchDatabase database, DemoScale scale, CancellationToken ct)
    {
        Console.WriteLine($"== dataset {scale} in {database.Description}");
        var clock = Stopwatch.StartNew();
        await using (var db = await database.OpenAsync(ct))
        {
            if (scale == DemoScale.National && !await db.Regions.AnyAsync(ct))
            {
                await new DemoRegionSeeder(db).SeedAsync(DemoScale.National, 1, null, ct);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"registry generated in {clock.Elapsed.TotalSeconds:F0} s"));
            }
        }
        await using (var app = new IndicatorsWebApp(database.Settings))
            _ = app.Services;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dataset ready in {clock.Elapsed.TotalSeconds:F0} s"));
    }

    private static async Task<bool> MeasureAsync(BenchDatabase database, int year, int runs, CancellationToken ct)
    {
        var c = CultureInfo.InvariantCulture;
        await using var db = await database.OpenAsync(ct);
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
        await PrintSizeAsync(db, ct);
        var definitions = (await new IndicatorCatalog(db).InForceAsync(year, ct)).Where(d => IndicatorsHandPack.Codes.Contains(d.Code)).ToList();
        Console.WriteLine($"== {definitions.Count} indicators, school year {new SchoolYear(year)}, {database.Description}");
        var calculator = new IndicatorWork(db).Calculator;
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        var agreed = true;
        Console.WriteLine(string.Create(c, $"{"level",-13} {"units",7} {"compiled s",11} {"hand s",9} {"ratio",6} {"disagreements",14}"));
        foreach (var level in Enum.GetValues<UnitLevel>())
        {
            var compiledTimes = definitions.ToDictionary(d => d.Code, _ => TimeSpan.MaxValue);
            var handTimes = definitions.ToDictionary(d => d.Code, _ => TimeSpan.MaxValue);
            TimeSpan compiledBest = TimeSpan.MaxValue, handBest = TimeSpan.MaxValue;
            var compiled = new Dictionary<string, IReadOnlyList<IndicatorValue>>();
            var hand = new Dictionary<string, IReadOnlyList<Dictionary<int, double>>>();
            for (var run = 0; run < runs; run++)
            {
                var total = Stopwatch.StartNew();
                foreach (var d in definitions)
                {
                    var one = Stopwatch.StartNew();
                    compiled[d.Code] = await calculator.ComputeAsync(IndicatorValues.Formula(d), new UnitQuery(level), year, ct);
                    compiledTimes[d.Code] = Min(compiledTimes[d.Code], one.Elapsed);
                }
                compiledBest = Min(compiledBest, total.Elapsed);
                total.Restart();
                foreach (var d in definitions)
                {
                    var one = Stopwatch.StartNew();
                    hand[d.Code] = await IndicatorsHandPack.ReadAsync(connection, d.Code, level, year, ct);
                    handTimes[d.Code] = Min(handTimes[d.Code], one.Elapsed);
                }
                handBest = Min(handBest, total.Elapsed);
            }
            var disagreements = definitions.SelectMany(d => Compare(d, compiled[d.Code], hand[d.Code])).ToList();
            agreed &= disagreements.Count == 0;
            var units = compiled.Values.First().Count;
            Console.WriteLine(string.Create(c,
                $"{level,-13} {units,7:N0} {compiledBest.TotalSeconds,11:F3} {handBest.TotalSeconds,9:F3} {compiledBest / handBest,6:F2} {disagreements.Count,14}"));
            foreach (var line in disagreements.Take(20)) Console.WriteLine("  " + line);
            var slowest = definitions.OrderByDescending(d => compiledTimes[d.Code] / handTimes[d.Code]).Take(3)
                .Select(d => string.Create(c, $"{d.Code} {compiledTimes[d.Code].TotalMilliseconds:F0}/{handTimes[d.Code].TotalMilliseconds:F0} ms"));
            Console.WriteLine($"  highest ratios (compiled/hand): {string.Join(", ", slowest)}");
        }
        return agreed;
    }

    private static IEnumerable<string> Compare(IndicatorDefinition definition, IReadOnlyList<IndicatorValue> compiled, IReadOnlyList<Dictionary<int, double>> hand)
    {
        var units = compiled.Select(v => v.UnitId).ToHashSet();
        foreach (var missing in hand.SelectMany(r => r.Keys).Distinct().Where(u => !units.Contains(u)))
            yield return $"{definition.Code}: unit {missing} has hand-computed records but no compiled value";
        foreach (var value in compiled)
        {
            var expected = IndicatorsHandPack.Of(definition.Code, definition.Factor, hand, value.UnitId);
            if (!Same(value.Numerator, expected.Numerator) || !Same(value.Denominator, expected.Denominator) || !Same(value.Value, expected.Value))
                yield return $"{definition.Code}: unit {value.UnitId} compiled {value.Numerator}/{value.Denominator} = {value.Value}, " +
                             $"hand {expected.Numerator}/{expected.Denominator} = {expected.Value}";
        }
    }

    private static bool Same(double? a, double? b) =>
        a is null || b is null ? a is null && b is null : Math.Abs(a.Value - b.Value) <= Tolerance * Math.Max(1, Math.Abs(b.Value));

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static async Task PrintSizeAsync(Web.Data.EduCycleDbContext db, CancellationToken ct)
    {
        var tables = new[] { "Organisations", "People", "Employments", "DiagnosticResults", "Deficits", "Routes", "Enrolments",
            "CommunityMemberships", "MentoringPairs", "EventParticipations", "OrganisationYearStatuses", "Vacancies", "CollectedValues" };
        var sizes = new List<string>();
        foreach (var table in tables)
        {
            var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
            var rows = await db.Database.SqlQueryRaw<long>(sql).SingleAsync(ct);
            sizes.Add(string.Create(CultureInfo.InvariantCulture, $"{table} {rows:N0}"));
        }
        Console.WriteLine("rows: " + string.Join(", ", sizes));
    }
}
