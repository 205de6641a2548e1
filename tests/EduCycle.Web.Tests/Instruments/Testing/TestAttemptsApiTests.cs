using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EduCycle.Engine.Instruments;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Tests.Infrastructure;

namespace EduCycle.Web.Tests.Instruments.Testing;

public sealed class TestAttemptsApiTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_api_never_shows_the_keys_and_scores_the_drawn_variant(string provider)
    {
        await using var fixture = await TestFixture.CreateAsync(provider, "cadre-reserve-test");
        var r = fixture.Region;
        var teacher = await fixture.App.ClientAsAsync(new TestUser("teacher-1", Roles.Teacher, OrganisationId: r.A1.Id, PersonId: r.P(1).Id));
        var url = $"/api/v1/assignments/{fixture.AssignmentId}/test";

        var started = await teacher.PostAsync(url + "/start", null);
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        var body = await started.Content.ReadAsStringAsync();
        Assert.DoesNotContain("\"key\"", body, StringComparison.OrdinalIgnoreCase);
        var questions = JsonDocument.Parse(body).RootElement.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("code").GetString()!).ToList();
        Assert.Equal(45, questions.Distinct().Count());

        // Every drawn question answered with its key from the shipped bank: 45 of 45 (one point each).
        var bank = RepositoryInstruments.Load("cadre-reserve-test");
        var keys = bank.AllItems().OfType<TestQuestionItem>().ToDictionary(q => q.Code, q => q.Key!);
        Assert.Equal(HttpStatusCode.OK, (await teacher.PutAsJsonAsync(url + "/answers", questions.ToDictionary(q => q, q => keys[q]))).StatusCode);
        var finished = JsonDocument.Parse(await (await teacher.PostAsync(url + "/finish", null)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(45, finished.GetProperty("total").GetDouble());
        Assert.Equal(45, finished.GetProperty("maximum").GetDouble());

        Assert.Equal(HttpStatusCode.Conflict, (await teacher.PostAsync(url + "/start", null)).StatusCode);
        var stranger = await fixture.App.ClientAsAsync(new TestUser("teacher-4", Roles.Teacher, OrganisationId: r.B1.Id, PersonId: r.P(4).Id));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url)).StatusCode);
    }

}
