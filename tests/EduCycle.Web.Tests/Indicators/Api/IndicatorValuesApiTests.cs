using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Tests.Indicators.Pack;
using EduCycle.Web.Tests.Infrastructure;

namespace EduCycle.Web.Tests.Indicators.Api;

/// <summary><c>/api/v1/indicators/{code}/values</c> and <c>/records</c> on <see cref="PackDataset"/>, as a municipal operator of М1.</summary>
public sealed class IndicatorValuesApiTests(PackDatasetFixture fixture) : IClassFixture<PackDatasetFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Client, PackDataset Data, EduCycleApp App)> OperatorOfM1Async(string provider)
    {
        var (app, data) = await fixture.StartedAsync(provider);
        var client = await app.ClientAsAsync(new TestUser("op-m1", Roles.MunicipalOperator, MunicipalityId: data["M1"].Id));
        return (client, data, app);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Values_of_a_municipality_are_the_hand_computed_ones(string provider)
    {
        var (client, data, _) = await OperatorOfM1Async(provider);

        var rows = await client.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/P01/values?unit={data["M1"].Code}&period=2025/26", Ct);

        // М1: Иванова, Петров (S1), Волкова, Лебедева (S2), Семёнова (K) diagnosed of 8 staff.
        var row = Assert.Single(rows.EnumerateArray());
        Assert.Equal("77-01", row.GetProperty("unitCode").GetString());
        Assert.Equal("2025/26", row.GetProperty("period").GetString());
        Assert.Equal(5, row.GetProperty("numerator").GetDouble());
        Assert.Equal(8, row.GetProperty("denominator").GetDouble());
        Assert.Equal(62.5, row.GetProperty("value").GetDouble(), 6);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Records_of_a_municipal_value_name_the_people_counted(string provider)
    {
        var (client, data, _) = await OperatorOfM1Async(provider);

        var body = await client.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/P01/records?unit={data["M1"].Code}&period=2025", Ct);

        Assert.Equal("staff.diagnosed", body.GetProperty("element").GetString());
        Assert.Equal(5, body.GetProperty("count").GetInt32());
        Assert.Equal(["Волкова", "Иванова", "Лебедева", "Петров", "Семёнова"],
            body.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("name").GetString()!.Split(' ')[0]));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Unknown_or_foreign_units_are_not_found_and_a_bad_period_is_named(string provider)
    {
        var (client, data, _) = await OperatorOfM1Async(provider);

        var unknown = await client.GetAsync("/api/v1/indicators/P01/values?unit=NO-SUCH&period=2025/26", Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Нет доступного вам региона, муниципалитета или организации с кодом «NO-SUCH»", await unknown.Content.ReadAsStringAsync(Ct));

        // S3 belongs to М2: the operator of М1 cannot ask for it, neither for values nor for its records.
        var foreign = await client.GetAsync($"/api/v1/indicators/P01/values?unit={data["S3"].Code}&period=2025/26", Ct);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await client.GetAsync($"/api/v1/indicators/P01/records?unit={data["S3"].Code}&period=2025/26", Ct)).StatusCode);

        var badPeriod = await client.GetAsync($"/api/v1/indicators/P01/values?unit={data["M1"].Code}&period=прошлый", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badPeriod.StatusCode);
        var problem = await badPeriod.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("2025/26", problem.GetProperty("errors").GetProperty("period")[0].GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_teacher_is_forbidden(string provider)
    {
        var (app, data) = await fixture.StartedAsync(provider);
        var teacher = await app.ClientAsAsync(new TestUser("teacher-ivanova", Roles.Teacher,
            OrganisationId: data["S1"].Id, PersonId: data.People["Иванова"].Id));

        Assert.Equal(HttpStatusCode.Forbidden,
            (await teacher.GetAsync($"/api/v1/indicators/P01/values?unit={data["M1"].Code}&period=2025/26", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await teacher.GetAsync($"/api/v1/indicators/P01/records?unit={data["S1"].Code}&period=2025/26", Ct)).StatusCode);
    }
}
