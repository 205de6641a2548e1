using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using EduCycle.Engine.Instruments;

namespace EduCycle.Bench;

/// <summary>
/// <c>score [--responses N] [--dir methodology/instruments]</c>: scores N random complete responses of every shipped
/// scale-based instrument (validation included) and prints responses/s and allocation per response.
/// </summary>
internal sealed class ScoreMode : IBenchMode
{
    public string Name => "score";

    public string Usage => "[--responses 20000] [--dir methodology/instruments]";

    public Task<int> RunAsync(BenchArguments arguments, CancellationToken ct)
    {
        var count = arguments.Get("responses", 20_000);
        var folder = arguments.Get("dir", Path.Combine(RepositoryRoot(), "methodology", "instruments"));
        var random = new Random(1);
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{"instrument",-36} {"items",6} {"responses/s",12} {"KB/response",12}"));
        foreach (var file in Directory.GetFiles(folder, "*.v*.json").Where(f => !f.EndsWith(".cases.json", StringComparison.Ordinal)).Order())
        {
            var definition = InstrumentJson.ParseDefinition(File.ReadAllText(file), file);
            var scales = definition.AllItems().OfType<ScaleItem>().ToList();
            if (scales.Count == 0 || scales.Count != definition.AllItems().Count()) continue;
            var responses = Enumerable.Range(0, count).Select(_ => InstrumentResponse.Of(definition,
                scales.Select(i => KeyValuePair.Create(i.Code, (object?)Pick(definition, i, random))))).ToList();
            InstrumentScorer.Score(definition, responses[0]);
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            foreach (var response in responses)
                if (!InstrumentScorer.Score(definition, response).Succeeded) throw new InvalidOperationException($"{definition.Code}: a generated response was refused");
            clock.Stop();
            var perResponse = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / count;
            Console.WriteLine(string.Create(c, $"{definition.Code,-36} {scales.Count,6} {count / clock.Elapsed.TotalSeconds,12:N0} {perResponse,12:F1}"));
        }
        return Task.FromResult(0);
    }

    private static decimal Pick(InstrumentDefinition definition, ScaleItem item, Random random)
    {
        var points = definition.FindScale(item.Scale)!;
        return points[random.Next(points.Count)].Value;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EduCycle.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
