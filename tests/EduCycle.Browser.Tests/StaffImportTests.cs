using System.Text;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Registry.Import;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace EduCycle.Browser.Tests;

/// <summary>
/// A municipal operator opens the staff list, imports a file with one bad row (the error is shown and nothing is
/// imported), fixes the row, imports again, and the new workers appear in the staff list.
/// </summary>
public sealed class StaffImportTests
{
    [Fact]
    public async Task A_bad_row_stops_the_import_and_the_fixed_file_adds_the_workers_to_the_staff_list()
    {
        await using var browser = await BrowserApp.StartAsync();
        var r = await browser.App.SeedRegionAsync();
        await browser.App.TokenForAsync(new TestUser("mo-alpha", Roles.MunicipalOperator, MunicipalityId: r.A.Id));
        var page = await browser.NewPageAsync();
        await browser.LogInAsync(page, "mo-alpha", TestUser.Password);

        // Municipality A today: P1, P2 at A1 and P3 at A2.
        await page.GotoAsync("/people");
        await Assertions.Expect(page.Locator("[data-testid=people-total]")).ToHaveTextAsync("3");

        await BrowserApp.GotoInteractiveAsync(page, "/import");
        await page.Locator("[data-testid=import-kind]").SelectOptionAsync(nameof(ImportKind.Staff));
        await UploadAsync(page, StaffCsv(r.A1.ExternalCode, secondBirthDate: "31.02.1990"));
        var errors = page.Locator("[data-testid=import-errors]");
        await Assertions.Expect(errors).ToContainTextAsync("3");
        await Assertions.Expect(errors).ToContainTextAsync(StaffColumns.BirthDate.Header);
        await using (var db = browser.App.Db())
            Assert.Equal(6, await db.People.CountAsync());

        await UploadAsync(page, StaffCsv(r.A1.ExternalCode, secondBirthDate: "28.02.1990"));
        await Assertions.Expect(page.Locator("[data-testid=import-created]")).ToHaveTextAsync("2");

        await page.GotoAsync("/people");
        await Assertions.Expect(page.Locator("[data-testid=people-total]")).ToHaveTextAsync("5");
        await page.GotoAsync("/people?search=Импортова");
        await Assertions.Expect(page.Locator("[data-testid=people-table]")).ToContainTextAsync("Импортова Ольга");
    }

    private static async Task UploadAsync(IPage page, byte[] file)
    {
        await page.Locator("[data-testid=import-file]").SetInputFilesAsync(new FilePayload { Name = "staff.csv", MimeType = "text/csv", Buffer = file });
        var submit = page.Locator("[data-testid=import-submit]");
        await Assertions.Expect(submit).ToBeEnabledAsync();
        await submit.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=import-result]")).ToBeVisibleAsync();
    }

    /// <summary>Two new teachers of the school; the second one's birth date is the variable (file row 3).</summary>
    private static byte[] StaffCsv(string organisationCode, string secondBirthDate)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(';', StaffColumns.All.Select(c => c.Header)));
        text.AppendLine(Row("111-222-333 44", "Импортова", "Ольга", "12.04.1988", organisationCode, StaffColumns.All));
        text.AppendLine(Row("111-222-333 55", "Загрузкин", "Пётр", secondBirthDate, organisationCode, StaffColumns.All));
        return new UTF8Encoding(true).GetBytes(text.ToString());
    }

    private static string Row(string snils, string lastName, string firstName, string birthDate, string organisationCode, IReadOnlyList<ImportColumn> columns) =>
        string.Join(';', columns.Select(c => c.Header switch
        {
            var h when h == StaffColumns.Snils.Header => snils,
            var h when h == StaffColumns.LastName.Header => lastName,
            var h when h == StaffColumns.FirstName.Header => firstName,
            var h when h == StaffColumns.MiddleName.Header => "Ивановна",
            var h when h == StaffColumns.BirthDate.Header => birthDate,
            var h when h == StaffColumns.Sex.Header => lastName.EndsWith('а') ? "ж" : "м",
            var h when h == StaffColumns.EducationLevel.Header => "высшее",
            var h when h == StaffColumns.ExperienceSince.Header => "01.09.2012",
            var h when h == StaffColumns.Category.Header => "первая",
            var h when h == StaffColumns.CategoryDate.Header => "15.03.2023",
            var h when h == StaffColumns.OrganisationCode.Header => organisationCode,
            var h when h == StaffColumns.Position.Header => "учитель",
            var h when h == StaffColumns.IsMain.Header => "да",
            var h when h == StaffColumns.StartDate.Header => "01.09.2024",
            var h when h == StaffColumns.Subjects.Header => "math",
            _ => "",
        }));
}
