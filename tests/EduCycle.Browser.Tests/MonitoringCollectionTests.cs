using EduCycle.Engine.Calendar;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Features.Monitoring;
using EduCycle.Web.Features.Monitoring.Collection;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace EduCycle.Browser.Tests;

/// <summary>
/// Issue 5's collection forms in Chromium: the head of A1 submits the annual form with more diagnosed teachers than teachers and
/// is refused with the rule's message, corrects it and submits; the municipal operator of A finds it in the request's grid,
/// approves it, and the head then sees it locked.
/// </summary>
public sealed class MonitoringCollectionTests
{
    [Fact]
    public async Task A_head_is_refused_an_inconsistent_form_submits_a_corrected_one_and_the_municipality_approves_it()
    {
        await using var browser = await BrowserApp.StartAsync();
        var r = await browser.App.SeedRegionAsync();
        int requestId, submissionId;
        await using (var db = browser.App.Db())
        {
            var today = db.Scope.Today;
            var formId = await db.CollectionForms.Where(f => f.Code == "methodical-work-annual").Select(f => f.Id).SingleAsync();
            var region = new Actor(db.Scope, new HashSet<string> { Roles.RegionalOperator });
            requestId = (await new CollectionService(db, TimeProvider.System).CreateRequestAsync(region,
                new NewCollectionRequest(formId, SchoolYear.Containing(today).StartYear, today.AddDays(20), r.A.Id))).Value;
            submissionId = await db.CollectionSubmissions.Where(s => s.RequestId == requestId && s.OrganisationId == r.A1.Id).Select(s => s.Id).SingleAsync();
            db.CollectedValues.AddRange(
                new CollectedValue { SubmissionId = submissionId, ElementCode = "orgs.productive_methodical_system", Value = 1 },
                new CollectedValue { SubmissionId = submissionId, ElementCode = "orgs.education_projects", Value = 0 });
            await db.SaveChangesAsync();
        }
        await browser.App.TokenForAsync(new TestUser("head-a1", Roles.Head, OrganisationId: r.A1.Id, PersonId: r.P(2).Id));
        await browser.App.TokenForAsync(new TestUser("municipal-a", Roles.MunicipalOperator, MunicipalityId: r.A.Id));

        var page = await browser.NewPageAsync();
        await browser.LogInAsync(page, "head-a1", TestUser.Password);
        await BrowserApp.GotoInteractiveAsync(page, $"/monitoring/submissions/{submissionId}");
        await Assertions.Expect(page.Locator("[data-testid=submission-status]")).ToHaveTextAsync("Черновик");
        await FillAsync(page, "staff.total_reported", "20");
        await FillAsync(page, "staff.diagnosed_reported", "25");
        await FillAsync(page, "staff.targeted_methodical_help", "4");
        await FillAsync(page, "events.network_held", "2");
        await page.Locator("[data-testid=submission-submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=submission-error]"))
            .ToHaveTextAsync("Форма не отправлена: Число прошедших диагностику не может превышать численность педагогических работников");
        await Assertions.Expect(page.Locator("[data-testid=submission-status]")).ToHaveTextAsync("Черновик");

        await FillAsync(page, "staff.diagnosed_reported", "15");
        await page.Locator("[data-testid=submission-submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=submission-status]")).ToHaveTextAsync("На проверке");
        await Assertions.Expect(page.Locator("[data-testid=submission-submit]")).ToHaveCountAsync(0);

        var municipal = await browser.NewPageAsync();
        await browser.LogInAsync(municipal, "municipal-a", TestUser.Password);
        await BrowserApp.GotoInteractiveAsync(municipal, $"/monitoring/collection/{requestId}");
        var row = municipal.Locator("[data-testid=grid-table] tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Орг-MARKA1");
        await Assertions.Expect(row).ToContainTextAsync("На проверке");
        await row.ClickAsync();
        await municipal.WaitForURLAsync($"**/monitoring/submissions/{submissionId}");
        await municipal.Locator("[data-testid=submission-approve]").ClickAsync();
        await Assertions.Expect(municipal.Locator("[data-testid=submission-status]")).ToHaveTextAsync("Утверждено");

        await BrowserApp.GotoInteractiveAsync(page, $"/monitoring/submissions/{submissionId}");
        await Assertions.Expect(page.Locator("[data-testid=submission-status]")).ToHaveTextAsync("Утверждено");
        await Assertions.Expect(page.Locator("[data-testid=submission-save]")).ToHaveCountAsync(0);
        await using var check = browser.App.Db();
        Assert.Equal(15m, await check.CollectedValues.Where(v => v.SubmissionId == submissionId && v.ElementCode == "staff.diagnosed_reported").Select(v => v.Value).SingleAsync());
        Assert.Equal(SubmissionStatus.Approved, await check.CollectionSubmissions.Where(s => s.Id == submissionId).Select(s => s.Status).SingleAsync());
    }

    private static async Task FillAsync(IPage page, string code, string text)
    {
        var field = page.Locator($"[data-testid=\"field-{code}\"] input, input[data-testid=\"field-{code}\"]");
        await field.FillAsync(text);
        await field.BlurAsync();
        await Assertions.Expect(field).ToHaveValueAsync(text);
    }
}
