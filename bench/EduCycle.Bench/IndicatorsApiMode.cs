using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Indicators.Definitions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EduCycle.Bench;

/// <summary>
/// <c>indicators-api --database NAME [--provider postgres|sqlite] [--clients 20] [--seconds 20] [--unit 47-14] [--period 2025/26]</c>:
/// the web application in process on a kept dataset (see <c>indicators --keep</c>); <c>--clients</c> concurrent clients, signed in
/// by the demo regional operator's access token, call <c>GET /api/v1/indicators/{code}/values?unit=…</c> across the pack for
/// <c>--seconds</c>; prints p50/p95/p99 latency and throughput. Any response other than 200 fails the run.
/// </summary>
internal sealed class IndicatorsApiMode : IBenchMode
{
    public string Name => "indicators-api";

    public string Usage => "--database NAME [--provider postgres|sqlite] [--clients 20] [--seconds 20] [--unit 47-14] [--period 2025/26]";

    public async Task<int> RunAsync(BenchArguments arguments, CancellationToken ct)
    {
        var provider = arguments.Providers(BenchDatabase.Postgres).Single();
        var database = BenchDatabase.Existing(provider, arguments.Has("database") ? arguments.Get("database", "")
            : throw new ArgumentException("--database: the name of a kept dataset (indicators --keep)."));
        var clients = arguments.Get("clients", 20);
        var duration = TimeSpan.FromSeconds(arguments.Get("seconds", 20));
        var unit = arguments.Get("unit", DemoUsers.DemoMunicipalityCode);
        var period = arguments.Get("period", "2025/26");

        await using var app = new IndicatorsWebApp(database.Settings);
        var (token, codes) = await SignInAsync(app, period, ct);
        using var http = app.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        string Url(int i) => $"/api/v1/indicators/{codes[i % codes.Count]}/values?unit={Uri.EscapeDataString(unit)}&period={Uri.EscapeDataString(period)}";

        for (var i = 0; i < codes.Count; i++)
            (await http.GetAsync(Url(i), ct)).EnsureSuccessStatusCode();

        var deadline = Stopwatch.StartNew();
        var latencies = await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var mine = new List<double>();
            for (var i = client; deadline.Elapsed < duration; i++)
            {
                var one = Stopwatch.StartNew();
                using var response = await http.GetAsync(Url(i), ct);
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync(ct);
                mine.Add(one.Elapsed.TotalMilliseconds);
            }
            return mine;
        }, ct)));
        var elapsed = deadline.Elapsed;
        var all = latencies.SelectMany(l => l).Order().ToList();
        double At(double q) => all[Math.Min(all.Count - 1, (int)Math.Ceiling(q * all.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{database.Description}: {clients} clients, {elapsed.TotalSeconds:F1} s, {codes.Count} indicators of unit {unit} ({period}): " +
            $"{all.Count:N0} requests, {all.Count / elapsed.TotalSeconds:F1} req/s; latency ms p50 {At(0.50):F1}, p95 {At(0.95):F1}, p99 {At(0.99):F1}, max {all[^1]:F1}"));
        return 0;
    }

    /// <summary>A personal access token of the demo regional operator and the codes of the indicators in force.</summary>
    private static async Task<(string Token, IReadOnlyList<string> Codes)> SignInAsync(IndicatorsWebApp app, string period, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByNameAsync("region") ?? throw new InvalidOperationException("No demo user «region»: prepare the dataset with the indicators mode.");
        var token = await scope.ServiceProvider.GetRequiredService<PersonalAccessTokens>().CreateAsync(user.Id, "bench", null, ct);
        if (!Engine.Calendar.SchoolYear.TryParse(period, out var year)) throw new ArgumentException("--period: a school year such as 2025/26.");
        var definitions = await new IndicatorCatalog(scope.ServiceProvider.GetRequiredService<EduCycleDbContext>()).InForceAsync(year.StartYear, ct);
        return (token.Token, definitions.Select(d => d.Code).ToList());
    }
}
