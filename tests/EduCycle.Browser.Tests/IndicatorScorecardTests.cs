using EduCycle.Web.Features.Identity;
using EduCycle.Web.Tests.Indicators.Pages;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace EduCycle.Browser.Tests;

/// <summary>
/// Issue 5's acceptance in Chromium: a municipal operator opens the scorecard, sees its municipality red on the
/// hand-checked indicator T90 (50 % against a target of 60 %), drills down to its organisations and to the teacher
/// behind the numerator, and exports the scorecard to XLSX, which holds the value shown.
/// </summary>
public sealed class IndicatorScorecardTests
{
    [Fact]
    public async Task Municipal_operator_sees_a_red_indicator_drills_down_to_the_teacher_and_exports_the_scorecard()
    {
        await using var browser = await BrowserApp.StartAsync();
        var r = await browser.App.SeedRegionAsync();
        await using (var db = browser.App.Db()) await ScorecardCase.SeedAsync(db);
        await browser.App.TokenForAsync(new TestUser("muni-a", Roles.MunicipalOperator, MunicipalityId: r.A.Id));

        var page = await browser.NewPageAsync();
        await browser.LogInAsync(page, "muni-a", TestUser.Password);
        await BrowserApp.GotoInteractiveAsync(page, "/indicators");
        var row = page.Locator($"[data-testid=scorecard] tr[data-indicator={ScorecardCase.Code}]");
        var cell = row.Locator("td[data-unit='99-A']");
        await Assertions.Expect(cell).ToHaveAttributeAsync("data-light", "Off");
        await Assertions.Expect(cell).ToContainTextAsync("50");
        await Assertions.Expect(row.Locator("td[data-unit='99-B']")).ToHaveCountAsync(0);

        await cell.Locator("a").ClickAsync();
        var organisations = page.Locator("[data-testid=values-table]");
        await Assertions.Expect(organisations).ToContainTextAsync("Орг-MARKA1");
        await Assertions.Expect(organisations).ToContainTextAsync("Орг-MARKA2");
        await Assertions.Expect(organisations).Not.ToContainTextAsync("Орг-MARKB1");

        await organisations.Locator("tr", new() { HasText = "Орг-MARKA1" }).Locator("[data-testid=records-link]").ClickAsync();
        var records = page.Locator("[data-testid=records-table] tbody tr");
        await Assertions.Expect(records).ToHaveCountAsync(1);
        await Assertions.Expect(records).ToContainTextAsync("Фамилия1MARKP1 Анна Петровна");

        await BrowserApp.GotoInteractiveAsync(page, "/indicators");
        await Assertions.Expect(cell).ToHaveAttributeAsync("data-light", "Off");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=export-xlsx]").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var buffer = new MemoryStream();
        await using (var stream = await download.CreateReadStreamAsync()) await stream.CopyToAsync(buffer);
        buffer.Position = 0;
        var exported = MiniExcel.Query(buffer, useHeaderRow: true, sheetName: "Показатели").Cast<IDictionary<string, object?>>()
            .Single(x => (string?)x["Код"] == ScorecardCase.Code);
        Assert.Equal(50.0, Convert.ToDouble(exported["Альфинский район"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain("Бетинский район", exported.Keys);
    }
}
