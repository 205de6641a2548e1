using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace EduCycle.Web.Features.Identity;

public static class IdentityEndpoints
{
    public static WebApplication MapIdentity(this WebApplication app)
    {
        var account = app.MapGroup("/account");
        account.MapPost("/login", LoginAsync).AllowAnonymous();
        account.MapPost("/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/login");
        });
        return app;
    }

    private static async Task<IResult> LoginAsync(
        [FromForm] string userName, [FromForm] string password, [FromForm] string? returnUrl,
        SignInManager<AppUser> signIn, IOptions<DemoSettings> demo)
    {
        var target = string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') || returnUrl.StartsWith("//", StringComparison.Ordinal)
            ? "/" : returnUrl;
        var back = $"/login?returnUrl={Uri.EscapeDataString(target)}&error=";
        var user = await signIn.UserManager.FindByNameAsync(userName.Trim());
        if (user is null) return TypedResults.LocalRedirect(back + "invalid");
        if (user.IsDemo && !demo.Value.Enabled) return TypedResults.LocalRedirect(back + "demo");
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: true, lockoutOnFailure: true);
        if (result.IsLockedOut) return TypedResults.LocalRedirect(back + "locked");
        return TypedResults.LocalRedirect(result.Succeeded ? target : back + "invalid");
    }
}
