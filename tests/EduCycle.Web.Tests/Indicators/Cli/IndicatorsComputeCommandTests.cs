using System.Diagnostics;
using System.Text;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Tests.Infrastructure;

namespace EduCycle.Web.Tests.Indicators.Cli;

/// <summary><c>educycle indicators compute</c> run as a process on the test region (the app loads the shipped pack).</summary>
public sealed class IndicatorsComputeCommandTests
{
    private const string Header = "indicator;version;period;level;unit_code;unit_name;breakdown;numerator;denominator;value";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Csv_prints_the_header_and_one_row_per_indicator_and_unit(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var region = await app.SeedRegionAsync();
        await using (var db = app.Db())
        {
            db.OrganisationYearStatuses.Add(new OrganisationYearStatus { OrganisationId = region.B1.Id, SchoolYear = 2025, ImplementsMentoringModel = true });
            await db.SaveChangesAsync();
        }

        var (exit, output, error) = await RunAsync(app.Database,
            "indicators", "compute", "--unit", "99-B", "--period", "2025/26", "--indicator", "P14", "P01");

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Header, lines[0]);
        // On 20.09.2025 municipality B has the schools B1 and M (moved to B on 01.01.2024); B1 implements the mentoring model.
        Assert.Contains("P14;1;2025/26;municipality;99-B;Бетинский район;;1;2;50", lines);
        // Its pedagogical staff: P4 and P6 at B1, P5 at M; nobody took a diagnostic.
        Assert.Contains("P01;1;2025/26;municipality;99-B;Бетинский район;;0;3;0", lines);
        Assert.Equal(3, lines.Length);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_unknown_unit_code_fails_with_a_Russian_message(string provider)
    {
        await using var app = new EduCycleApp(provider);
        await app.SeedRegionAsync();

        var (exit, output, error) = await RunAsync(app.Database, "indicators", "compute", "--unit", "99-Z", "--period", "2025/26");

        Assert.NotEqual(0, exit);
        Assert.Contains("Нет региона, муниципалитета или организации с кодом «99-Z»", error);
        Assert.Equal("", output);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(DatabaseSettings database, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "educycle.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.ArgumentList.Add("--provider");
        start.ArgumentList.Add(database.Provider);
        start.ArgumentList.Add("--connection");
        start.ArgumentList.Add(database.ConnectionString);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
