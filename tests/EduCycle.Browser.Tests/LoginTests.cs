using EduCycle.Web.Features.Identity;
using EduCycle.Web.Tests.Infrastructure;

namespace EduCycle.Browser.Tests;

public sealed class LoginTests
{
    [Fact]
    public async Task A_municipal_operator_signs_in_and_sees_their_scope_on_the_profile()
    {
        await using var browser = await BrowserApp.StartAsync();
        var r = await browser.App.SeedRegionAsync();
        await browser.App.TokenForAsync(new TestUser("mo-alpha", Roles.MunicipalOperator, MunicipalityId: r.A.Id));

        var page = await browser.NewPageAsync();
        await browser.LogInAsync(page, "mo-alpha", TestUser.Password);
        await page.GotoAsync("/profile");
        var scope = await page.Locator("[data-testid=profile-scope]").InnerTextAsync();
        Assert.Contains("Альфинский район", scope, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_shows_the_russian_error()
    {
        await using var browser = await BrowserApp.StartAsync();
        await browser.App.TokenForAsync(new TestUser("someone", Roles.Teacher));
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("#userName", "someone");
        await page.FillAsync("#password", "wrong password");
        await page.ClickAsync("button[type=submit]");
        Assert.Contains("Неверное имя пользователя или пароль", await page.Locator("[data-testid=login-error]").InnerTextAsync(), StringComparison.Ordinal);
    }
}
