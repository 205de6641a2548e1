using System.Diagnostics;
using System.Globalization;
using System.Text;
using EduCycle.Web.Features.Registry.Demo;
using EduCycle.Web.Features.Registry.Import;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Bench;

/// <summary>
/// <c>import [--rows N] [--provider sqlite|postgres|both] [--keep]</c>: seeds the demo region, writes a staff CSV of
/// N new workers of its organisations, imports it, then imports it again (nothing may change), printing rows/s and
/// the process's peak working set.
/// </summary>
internal sealed class ImportMode : IBenchMode
{
    public string Name => "import";

    public string Usage => "[--rows 100000] [--provider sqlite|postgres|both] [--keep]";

    public async Task<int> RunAsync(BenchArguments arguments, CancellationToken ct)
    {
        var rows = arguments.Get("rows", 100_000);
        foreach (var provider in arguments.Providers())
        {
            var database = BenchDatabase.Create(provider);
            Console.WriteLine($"== import {rows:N0} staff rows into {database.Description}");
            var file = Path.Combine(Path.GetTempPath(), $"educycle-bench-staff-{Guid.NewGuid():N}.csv");
            try
            {
                await using (var db = await database.OpenAsync(ct))
                {
                    await new DemoRegionSeeder(db).SeedAsync(DemoScale.Region, 1, null, ct);
                    var codes = await db.Organisations.Where(o => o.Kind == Web.Features.Registry.OrganisationKind.School)
                        .OrderBy(o => o.Id).Select(o => o.ExternalCode).ToListAsync(ct);
                    await WriteCsvAsync(file, rows, codes, ct);
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"file: {new FileInfo(file).Length / 1048576.0:F1} MB"));
                await RunOnceAsync(database, file, "first import", ct);
                await RunOnceAsync(database, file, "re-import", ct);
            }
            finally
            {
                File.Delete(file);
                if (arguments.Has("keep")) Console.WriteLine($"kept {database.Description}");
                else await database.DropAsync();
            }
        }
        return 0;
    }

    private static async Task RunOnceAsync(BenchDatabase database, string file, string label, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        await using var stream = File.OpenRead(file);
        var clock = Stopwatch.StartNew();
        var result = await new RegistryImport(db).ImportAsync(ImportKind.Staff, stream, Path.GetFileName(file), new ImportOptions(false), null, ct);
        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-13} rows {result.Rows,9:N0}  created {result.Created,9:N0}  updated {result.Updated,7:N0}  unchanged {result.Unchanged,9:N0}  rejected {result.Rejected,5:N0}  " +
            $"{clock.Elapsed.TotalSeconds,7:F1} s  {result.Rows / clock.Elapsed.TotalSeconds,9:N0} rows/s  peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB"));
    }

    /// <summary>Distinct valid teachers spread over the given schools, in the template's column order.</summary>
    private static async Task WriteCsvAsync(string path, int rows, IReadOnlyList<string> organisationCodes, CancellationToken ct)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        await writer.WriteLineAsync(string.Join(';', StaffColumns.All.Select(c => c.Header)));
        for (var i = 0; i < rows; i++)
        {
            ct.ThrowIfCancellationRequested();
            var birth = new DateOnly(1960, 1, 1).AddDays(i % 12000);
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"900-{i / 1000000 % 1000:D3}-{i % 1000000 / 1000:D3}-{i % 1000:D3};Бенчев{i};Иван;Петрович;{birth:dd.MM.yyyy};м;высшее;{birth.AddYears(23):dd.MM.yyyy};первая;01.02.2024;" +
                $"{organisationCodes[i % organisationCodes.Count]};учитель;да;{birth.AddYears(24):dd.MM.yyyy};rus,math"));
        }
    }
}
