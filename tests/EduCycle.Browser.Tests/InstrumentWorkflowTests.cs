using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EduCycle.Browser.Tests;

/// <summary>
/// Issue 3's workflow in Chromium: the regional operator assigns the municipal methodical services' checklist
/// (young teachers and mentoring, seed 004 §2) to municipality A; A's methodical service fills it with one evidence
/// file and submits; a regional methodist reviews it with one item changed; both assessments and the reconciled band show.
/// </summary>
public sealed class InstrumentWorkflowTests
{
    private const string High = "высокая эффективность деятельности муниципальных методических служб";
    private const string Medium = "средняя эффективность деятельности муниципальных методических служб";

    [Fact]
    public async Task Assign_fill_with_evidence_submit_review_and_reconcile()
    {
        await using var browser = await BrowserApp.StartAsync();
        var r = await browser.App.SeedRegionAsync();
        await browser.App.TokenForAsync(new TestUser("operator", Roles.RegionalOperator));
        await browser.App.TokenForAsync(new TestUser("mms-alpha", Roles.MunicipalMethodist, MunicipalityId: r.A.Id));
        await browser.App.TokenForAsync(new TestUser("expert", Roles.RegionalMethodist));

        var page = await browser.NewPageAsync();
        await browser.LogInAsync(page, "operator", TestUser.Password);
        await BrowserApp.GotoInteractiveAsync(page, "/campaigns");
        await page.Locator("[data-testid=campaign-instrument]").SelectOptionAsync("mms-young-teachers|1");
        var name = page.Locator("input[data-testid=campaign-name], [data-testid=campaign-name] input");
        await Assertions.Expect(name).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^Региональные показатели"));
        await name.FillAsync("Мониторинг ММС 2025/26");
        await name.BlurAsync();
        await page.Locator($"[data-testid=subject-{r.A.Id}]").CheckAsync();
        await page.Locator("[data-testid=campaign-create]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=campaigns-table]")).ToContainTextAsync("Мониторинг ММС 2025/26");

        // A's service: items 1–6 at 2 and 7–11 at 1 → 12 + 5 = 17, the lower edge of the high band (17–22).
        page = await browser.NewPageAsync();
        await browser.LogInAsync(page, "mms-alpha", TestUser.Password);
        await BrowserApp.GotoInteractiveAsync(page, "/assignments");
        await page.Locator("[data-testid=assignment-link]").First.ClickAsync();
        await page.Locator("[data-testid=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Assertions.Expect(page.Locator("[data-testid=item-11]")).ToBeVisibleAsync();
        for (var item = 1; item <= 11; item++)
            await page.Locator($"[data-testid=answer-{item}-{(item <= 6 ? 2 : 1)}]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=form-total]")).ToContainTextAsync("17");
        await Assertions.Expect(page.Locator("[data-testid=form-band]")).ToContainTextAsync(High);
        await page.Locator("[data-testid=evidence-upload-1]").SetInputFilesAsync(new FilePayload
        {
            Name = "plan-nastavnichestva.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n% demo evidence\n"),
        });
        await Assertions.Expect(page.Locator("[data-testid=evidence-1]")).ToContainTextAsync("plan-nastavnichestva.pdf");
        await page.Locator("[data-testid=self-submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=assignment-status]")).ToHaveTextAsync("отправлено на экспертизу");
        var assignmentUrl = page.Url;

        // The expert disagrees on item 1 (2 → 1): 16, the medium band (12–16).
        page = await browser.NewPageAsync();
        await browser.LogInAsync(page, "expert", TestUser.Password);
        await BrowserApp.GotoInteractiveAsync(page, assignmentUrl);
        await page.GetByText("Экспертная оценка", new() { Exact = true }).First.ClickAsync();
        // The self-assessment panel also shows 17 (read-only): wait until the expert's own form has replaced it.
        await Assertions.Expect(page.Locator("[data-testid=expert-submit]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=form-total]")).ToContainTextAsync("17");
        await page.Locator("[data-testid=answer-1-1]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=form-total]")).ToContainTextAsync("16");
        await page.Locator("[data-testid=expert-submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=assignment-message]")).ToHaveTextAsync("Оценка отправлена.");
        await page.GetByText("Сравнение и итог", new() { Exact = true }).First.ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=comparison-diff]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=comparison-self-band]")).ToContainTextAsync(High);
        await Assertions.Expect(page.Locator("[data-testid=comparison-expert-band]")).ToContainTextAsync(Medium);
        await page.Locator("[data-testid=reconcile]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=assignment-result]")).ToContainTextAsync("16 — " + Medium);
        await Assertions.Expect(page.Locator("[data-testid=comparison-final-band]")).ToContainTextAsync(Medium);
    }

    [Fact]
    public async Task A_teacher_assigned_the_cadre_reserve_test_finds_it_among_their_assessments()
    {
        await using var browser = await BrowserApp.StartAsync();
        var r = await browser.App.SeedRegionAsync();
        await browser.App.TokenForAsync(new TestUser("operator", Roles.RegionalOperator));
        await browser.App.TokenForAsync(new TestUser("teacher-1", Roles.Teacher, OrganisationId: r.A1.Id, PersonId: r.P(1).Id));

        var page = await browser.NewPageAsync();
        await browser.LogInAsync(page, "operator", TestUser.Password);
        await BrowserApp.GotoInteractiveAsync(page, "/campaigns");
        await page.Locator("[data-testid=campaign-instrument]").SelectOptionAsync("cadre-reserve-test|1");
        await page.Locator("[data-testid=campaign-municipality-filter]").SelectOptionAsync(r.A.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("[data-testid=campaign-organisation-filter]").SelectOptionAsync(r.A1.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // A1's staff today: P1 and P2 (P6 left in 2023).
        await Assertions.Expect(page.Locator("input[data-testid^=subject-]")).ToHaveCountAsync(2);
        await page.Locator($"[data-testid=subject-{r.P(1).Id}]").CheckAsync();
        await page.Locator("[data-testid=campaign-create]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=campaigns-table]")).ToContainTextAsync("cadre-reserve-test v1");

        page = await browser.NewPageAsync();
        await browser.LogInAsync(page, "teacher-1", TestUser.Password);
        await BrowserApp.GotoInteractiveAsync(page, "/assignments");
        await page.Locator("[data-testid=assignment-link]").First.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=assignment-test-link]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_test_whose_time_runs_out_finishes_by_itself_in_the_page()
    {
        await using var browser = await BrowserApp.StartAsync(new Dictionary<string, string> { ["Instruments:TestMinutes"] = "0.1" });
        var r = await browser.App.SeedRegionAsync();
        await browser.App.TokenForAsync(new TestUser("teacher-1", Roles.Teacher, OrganisationId: r.A1.Id, PersonId: r.P(1).Id));
        var assignmentId = await AssignCadreReserveTestAsync(browser, r);

        var page = await browser.NewPageAsync();
        await browser.LogInAsync(page, "teacher-1", TestUser.Password);
        await BrowserApp.GotoInteractiveAsync(page, $"/assignments/{assignmentId}/test");
        await page.Locator("[data-testid=test-start]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=test-remaining]")).ToBeVisibleAsync();

        // Six seconds later the page's own countdown finishes the attempt: nothing answered, 0 of the 45 questions.
        var result = page.Locator("[data-testid=test-result]");
        await Assertions.Expect(result).ToContainTextAsync("время истекло", new() { Timeout = 30_000 });
        await Assertions.Expect(result).ToContainTextAsync("0 из 45");
        await Assertions.Expect(page.Locator("[data-testid=test-finish]")).ToHaveCountAsync(0);
    }

    private static async Task<int> AssignCadreReserveTestAsync(BrowserApp browser, TestRegion r)
    {
        var client = await browser.App.ClientAsAsync(new TestUser("operator", Roles.RegionalOperator));
        client.BaseAddress = new Uri(browser.BaseUrl);
        var today = DateOnly.FromDateTime(DateTime.Today);
        var response = await client.PostAsJsonAsync("/api/v1/campaigns", new
        {
            name = "Тест кадрового резерва", instrumentCode = "cadre-reserve-test", instrumentVersion = 1,
            periodFrom = today, periodTo = today.AddDays(7), deadline = today.AddDays(7), subjects = new[] { new { personId = r.P(1).Id } },
        });
        response.EnsureSuccessStatusCode();
        await using var db = browser.App.Db();
        return await db.Assignments.Where(a => a.PersonId == r.P(1).Id).Select(a => a.Id).SingleAsync();
    }
}
