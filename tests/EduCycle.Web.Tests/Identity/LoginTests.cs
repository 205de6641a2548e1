using System.Net;
using System.Text.RegularExpressions;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EduCycle.Web.Tests.Identity;

public sealed partial class LoginTests
{
    [Fact]
    public async Task Signing_in_with_the_form_gives_a_cookie_session_and_a_wrong_password_does_not()
    {
        await using var app = new EduCycleApp(TestDatabases.Sqlite);
        await app.TokenForAsync(new TestUser("operator", Roles.RegionalOperator));
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        var wrong = await PostLoginAsync(client, "operator", "not-the-password");
        Assert.Contains("error=invalid", wrong.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/profile")).StatusCode);

        var right = await PostLoginAsync(client, "operator", TestUser.Password);
        Assert.Equal("/profile", right.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/profile")).StatusCode);
    }

    [Fact]
    public async Task Demo_accounts_cannot_sign_in_outside_demo_mode()
    {
        await using var app = new EduCycleApp(TestDatabases.Sqlite);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var demo = new AppUser { UserName = "region", DisplayName = "demo", IsDemo = true, ScopeKind = ScopeKind.Region };
            Assert.True((await users.CreateAsync(demo, DemoUsers.Password)).Succeeded);
        }
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var response = await PostLoginAsync(client, "region", DemoUsers.Password);
        Assert.Contains("error=demo", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        await using var app = new EduCycleApp(TestDatabases.Sqlite);
        await app.TokenForAsync(new TestUser("victim", Roles.Teacher));
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        for (var i = 0; i < 5; i++) await PostLoginAsync(client, "victim", "wrong-" + i);
        var response = await PostLoginAsync(client, "victim", TestUser.Password);
        Assert.Contains("error=locked", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string user, string password)
    {
        var page = await client.GetStringAsync("/login?returnUrl=%2Fprofile");
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "The login form has no antiforgery token.");
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = user,
            ["password"] = password,
            ["returnUrl"] = "/profile",
            ["__RequestVerificationToken"] = token,
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
