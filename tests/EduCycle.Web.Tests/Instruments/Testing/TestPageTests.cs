using System.Net;
using EduCycle.Engine.Instruments;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Instruments.Testing;

/// <summary>The first GET (the prerender) of the test page before, during and after an attempt.</summary>
public sealed class TestPageTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Page_offers_the_start_then_shows_the_drawn_questions_and_the_countdown_then_the_result(string provider)
    {
        await using var f = await TestFixture.CreateAsync(provider, "cadre-reserve-test");
        f.Clock.Now = DateTimeOffset.UtcNow;
        using var client = await f.App.ClientAsAsync(new TestUser("test-page-p1", Roles.Teacher, PersonId: f.Region.P(1).Id));
        var url = $"/assignments/{f.AssignmentId}/test";

        Assert.Contains($"href=\"{url}\"", await GetPageAsync(client, $"/assignments/{f.AssignmentId}"));
        var before = await GetPageAsync(client, url);
        Assert.Contains("data-testid=\"test-start\"", before);
        Assert.Contains("90 мин.", before);

        var session = (await f.Run(f.Person, s => s.StartAsync(f.Person, f.AssignmentId))).Value!;
        var during = await GetPageAsync(client, url);
        Assert.Matches("data-testid=\"test-remaining\">(89:[0-5][0-9]|90:00)<", during);
        foreach (var code in session.Variant.QuestionCodes) Assert.Contains($"answer-{code}-", during);
        await using (var db = f.App.Db())
        {
            var bank = InstrumentJson.ParseDefinition((await db.InstrumentVersions.SingleAsync(v => v.Code == "cadre-reserve-test" && v.Version == 1)).DefinitionJson);
            var notDrawn = bank.AllItems().Select(i => i.Code).Except(session.Variant.QuestionCodes).ToList();
            Assert.Equal(71 - 45, notDrawn.Count);
            foreach (var code in notDrawn) Assert.DoesNotContain($"answer-{code}-", during);
        }

        await f.Run(f.Person, s => s.FinishAsync(f.Person, f.AssignmentId));
        var after = await GetPageAsync(client, url);
        Assert.Contains("Правильных ответов: 0 из 45 (0 %)", after);
        Assert.DoesNotContain("data-testid=\"test-start\"", after);
    }

    private static async Task<string> GetPageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {html}");
        return WebUtility.HtmlDecode(html);
    }
}
