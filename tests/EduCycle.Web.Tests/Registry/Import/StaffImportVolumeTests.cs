using System.Diagnostics;
using System.Globalization;
using System.Text;
using EduCycle.Web.Features.Registry.Import;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static EduCycle.Web.Tests.Registry.Import.ImportTestData;

namespace EduCycle.Web.Tests.Registry.Import;

/// <summary>A generated 100 000-row staff file: imported in one go with increasing progress; the speed goes to the test output.</summary>
public sealed class StaffImportVolumeTests
{
    private const int Rows = 100_000;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_100_000_row_staff_file_imports_with_progress(string provider)
    {
        await using var data = await CreateAsync(provider);
        var file = GenerateCsv(Rows);
        var reports = new List<ImportProgress>();
        var clock = Stopwatch.StartNew();

        var result = await data.ImportAsync(ImportKind.Staff, file, "staff.csv", progress: new Recorder(reports));

        clock.Stop();
        Assert.True(result.Written, string.Join("\n", result.Errors.Take(5)));
        Assert.Equal((Rows, Rows, 0), (result.Rows, result.Created, result.Rejected));
        Assert.Equal(Rows, await data.System.People.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(Rows * 2, await data.System.PersonSubjects.CountAsync(TestContext.Current.CancellationToken));
        foreach (var stage in new[] { ImportProgress.Checking, ImportProgress.Writing })
        {
            var done = reports.Where(r => r.Stage == stage).Select(r => r.Done).ToList();
            Assert.True(done.Count > 2, $"{stage}: {done.Count} reports");
            Assert.Equal(done.Order(), done);
            Assert.Equal(Rows, done[^1]);
        }
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{provider}: {Rows:N0} staff rows in {clock.Elapsed.TotalSeconds:F1} s = {Rows / clock.Elapsed.TotalSeconds:N0} rows/s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
    }

    /// <summary>Valid distinct teachers across the three organisations, UTF-8 without BOM, comma-separated, ISO dates.</summary>
    public static byte[] GenerateCsv(int rows)
    {
        var text = new StringBuilder(rows * 160);
        text.Append(string.Join(',', StaffColumns.All.Select(c => c.Header))).Append('\n');
        for (var i = 0; i < rows; i++)
        {
            var birth = new DateOnly(1960, 1, 1).AddDays(i % 12000);
            text.Append(CultureInfo.InvariantCulture, $"{i:D11},Фамилия{i},Имя,Отчество,{birth:yyyy-MM-dd},{(i % 5 == 0 ? "м" : "ж")},высшее,")
                .Append(CultureInfo.InvariantCulture, $"{birth.AddYears(23):yyyy-MM-dd},высшая,01.02.2024,ORG{i % 3 + 1},учитель,да,{birth.AddYears(24):dd.MM.yyyy},\"rus,math\"\n");
        }
        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    private sealed class Recorder(List<ImportProgress> reports) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => reports.Add(value);
    }
}
