using EduCycle.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EduCycle.Browser.Tests;

/// <summary>
/// The real application on Kestrel (a loopback port) with a fresh SQLite database, and Debian's
/// Chromium driven by Playwright. Without Chromium the tests are reported as skipped; CI sets
/// <c>EDUCYCLE_REQUIRE_CHROMIUM=1</c> so that a missing browser fails instead.
/// </summary>
public sealed class BrowserApp : IAsyncDisposable
{
    private readonly EduCycleApp _app;
    private IPlaywright? _playwright;

    private BrowserApp(EduCycleApp app) => _app = app;

    public EduCycleApp App => _app;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = default!;

    public static async Task<BrowserApp> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var chromium = ChromiumPath();
        var app = new EduCycleApp(TestDatabases.Sqlite);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) app.Settings[key] = value;
        app.UseKestrel(0);
        app.StartServer();
        var result = new BrowserApp(app)
        {
            BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First(),
        };
        result._playwright = await Playwright.CreateAsync();
        Assertions.SetDefaultExpectTimeout(30_000);
        result.Browser = await result._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        return result;
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "ru-RU" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        return page;
    }

    /// <summary>Opens a page and waits until its interactive circuit is connected (prerendered HTML ignores events).</summary>
    public static async Task GotoInteractiveAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.Locator("[data-testid=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    public async Task LogInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/login");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
    }

    private static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable("EDUCYCLE_CHROMIUM") ?? "/usr/bin/chromium";
        if (File.Exists(path)) return path;
        if (Environment.GetEnvironmentVariable("EDUCYCLE_REQUIRE_CHROMIUM") == "1")
            throw new InvalidOperationException($"EDUCYCLE_REQUIRE_CHROMIUM=1 but there is no Chromium at {path}.");
        Assert.Skip($"Chromium is not installed at {path}: end-to-end tests were not run (apt-get install chromium; CI does).");
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _app.DisposeAsync();
    }
}
