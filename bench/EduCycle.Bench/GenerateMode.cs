using System.Diagnostics;
using System.Globalization;
using EduCycle.Web.Features.Registry.Demo;

namespace EduCycle.Bench;

/// <summary>
/// <c>generate --scale region|national [--provider sqlite|postgres|both] [--seed N] [--keep]</c>: the demo
/// generator's write throughput; the database is dropped afterwards unless <c>--keep</c> is given.
/// </summary>
internal sealed class GenerateMode : IBenchMode
{
    public string Name => "generate";

    public string Usage => "--scale region|national [--provider sqlite|postgres|both] [--seed N] [--keep]";

    public async Task<int> RunAsync(BenchArguments arguments, CancellationToken ct)
    {
        var scale = Enum.Parse<DemoScale>(arguments.Get("scale", "national"), ignoreCase: true);
        var seed = arguments.Get("seed", 1);
        foreach (var provider in arguments.Providers())
        {
            var database = BenchDatabase.Create(provider);
            Console.WriteLine($"== generate {scale} (seed {seed}) into {database.Description}");
            await using (var db = await database.OpenAsync(ct))
                Print(await new DemoRegionSeeder(db).SeedAsync(scale, seed, ProgressPrinter(), ct));
            if (arguments.Has("keep")) Console.WriteLine($"kept {database.Description}");
            else await database.DropAsync();
        }
        return 0;
    }

    private static void Print(DemoSeedReport report)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{"table",-26} {"rows",12} {"write s",9} {"rows/s",12}"));
        foreach (var t in report.Tables)
            Console.WriteLine(string.Create(c, $"{t.Table,-26} {t.Rows,12:N0} {t.WriteTime.TotalSeconds,9:F2} {t.Rows / Math.Max(t.WriteTime.TotalSeconds, 1e-9),12:N0}"));
        var written = report.Tables.Aggregate(TimeSpan.Zero, (s, t) => s + t.WriteTime);
        Console.WriteLine(string.Create(c, $"{"total (writes)",-26} {report.TotalRows,12:N0} {written.TotalSeconds,9:F2} {report.TotalRows / written.TotalSeconds,12:N0}"));
        Console.WriteLine(string.Create(c, $"{"total (generate + write)",-26} {report.TotalRows,12:N0} {report.Elapsed.TotalSeconds,9:F2} {report.TotalRows / report.Elapsed.TotalSeconds,12:N0}"));
        Console.WriteLine(string.Create(c, $"organisations {report.Organisations:N0}, people {report.People:N0}, employments {report.Employments:N0}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB"));
    }

    private static Progress<DemoProgress> ProgressPrinter()
    {
        var last = Stopwatch.StartNew();
        return new Progress<DemoProgress>(p =>
        {
            if (last.Elapsed < TimeSpan.FromSeconds(5) && p.Done < p.Total) return;
            last.Restart();
            Console.Error.WriteLine($"  {p.Stage}: {p.Done:N0} / {p.Total:N0}");
        });
    }
}
