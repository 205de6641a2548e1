using System.Net;
using System.Net.Http.Headers;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EduCycle.Web.Tests.Identity;

public sealed class AccessTokenTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_token_works_until_revoked_and_stores_only_its_hash(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var token = await app.TokenForAsync(new TestUser("script-user", Roles.RegionalOperator));
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/profile")).StatusCode);

        await using (var db = app.Db())
        {
            var row = await db.PersonalAccessTokens.SingleAsync();
            Assert.DoesNotContain(token, row.TokenHash, StringComparison.Ordinal);
            Assert.Equal(64, row.TokenHash.Length);
            Assert.NotNull(row.LastUsedAt);
            await using var scope = app.Services.CreateAsyncScope();
            Assert.True(await scope.ServiceProvider.GetRequiredService<PersonalAccessTokens>().RevokeAsync(row.UserId, row.Id));
        }

        var after = await client.GetAsync("/profile");
        Assert.NotEqual(HttpStatusCode.OK, after.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Expired_forged_and_foreign_tokens_are_refused(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var token = await app.TokenForAsync(new TestUser("owner", Roles.Teacher));
        await using var scope = app.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<PersonalAccessTokens>();
        string ownerId;
        await using (var db = app.Db()) ownerId = (await db.PersonalAccessTokens.SingleAsync()).UserId;

        var expired = await tokens.CreateAsync(ownerId, "old", DateTime.UtcNow.AddMinutes(-1));
        Assert.Null(await tokens.ResolveAsync(expired.Token));
        Assert.Null(await tokens.ResolveAsync(token + "x"));
        Assert.Equal(ownerId, await tokens.ResolveAsync(token));

        await app.TokenForAsync(new TestUser("other", Roles.Teacher));
        string otherId;
        await using (var db = app.Db()) otherId = (await db.Users.SingleAsync(u => u.UserName == "other")).Id;
        var ownersTokenId = (await tokens.ListAsync(ownerId)).First().Id;
        Assert.False(await tokens.RevokeAsync(otherId, ownersTokenId));
        Assert.Equal(ownerId, await tokens.ResolveAsync(token));
    }
}
