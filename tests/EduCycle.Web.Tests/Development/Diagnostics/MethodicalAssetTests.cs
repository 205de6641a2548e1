using EduCycle.Engine.Calendar;
using EduCycle.Engine.Development;
using EduCycle.Web.Features.Development.Diagnostics.Asset;
using EduCycle.Web.Features.Development.Diagnostics.Results;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Tests.Infrastructure;
using static EduCycle.Web.Tests.Development.Diagnostics.DiagnosticsTestData;

namespace EduCycle.Web.Tests.Development.Diagnostics;

public sealed class MethodicalAssetTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly SchoolYear Year = new(2025);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Candidates_passed_both_groups_on_their_latest_attempt_and_the_municipality_confirms_them(string provider)
    {
        await using var data = await CreateAsync(provider);
        await using (var db = data.Db(Methodist.Scope))
        {
            var results = new DiagnosticResultService(db, TimeProvider.System);
            async Task<int> Enter(int person, decimal subject, decimal methodical, int? previous = null)
            {
                var entry = new ResultEntry(data.Region.P(person).Id, data.MathId, new DateOnly(2025, 9, previous is null ? 10 : 20),
                    [new GroupScore(CompetencyGroup.Subject, subject), new GroupScore(CompetencyGroup.Methodical, methodical)], []);
                var stored = previous is { } p ? await results.RepeatAsync(Methodist, p, entry, Ct) : await results.RecordAsync(Methodist, data.CampaignId, entry, Ct);
                Assert.Null(stored.Refusal);
                return stored.Value!.Id;
            }
            await Enter(1, 96m, 50m);                        // A1: both at least 50 → candidate
            var head = await Enter(2, 49.99m, 80m);          // A1: subject unsatisfactory …
            await Enter(2, 50m, 80m, previous: head);        // … until the repeat: candidate on the latest attempt
            await Enter(6, 99m, 40m);                        // B1 (moved from A1 in 2023): municipality B, not A
            await Enter(4, 99m, 99m);                        // B1: municipality B
        }

        await using var asA = data.Db(data.MunicipalA.Scope);
        var asset = new MethodicalAssetService(asA, TimeProvider.System);
        var rows = await asset.ListAsync(data.Region.A.Id, Year, Ct);
        Assert.Equal([data.Region.P(1).Id, data.Region.P(2).Id], rows.Select(r => r.PersonId).Order());
        Assert.All(rows, r => Assert.True(r.IsCandidate && !r.IsMember));
        Assert.Equal(50m, rows.Single(r => r.PersonId == data.Region.P(2).Id).SubjectPercent);

        var confirmed = await asset.ConfirmAsync(data.MunicipalA, data.Region.A.Id, Year, data.Region.P(1).Id, Ct);
        Assert.True(confirmed.Value!.IsMember);
        Assert.Equal("mun-a", confirmed.Value.ConfirmedBy);
        Assert.Equal(RefusalKind.Invalid, (await asset.ConfirmAsync(data.MunicipalA, data.Region.A.Id, Year, data.Region.P(4).Id, Ct)).Refusal!.Kind);
        Assert.Equal(RefusalKind.Forbidden, (await asset.ConfirmAsync(data.MunicipalB, data.Region.A.Id, Year, data.Region.P(2).Id, Ct)).Refusal!.Kind);
        Assert.Equal(RefusalKind.Forbidden, (await asset.ConfirmAsync(Methodist, data.Region.A.Id, Year, data.Region.P(2).Id, Ct)).Refusal!.Kind);
        Assert.Equal([true, false], (await asset.ListAsync(data.Region.A.Id, Year, Ct)).OrderBy(r => r.PersonId).Select(r => r.IsMember));

        Assert.True((await asset.RemoveAsync(data.MunicipalA, data.Region.A.Id, Year, data.Region.P(1).Id, Ct)).Value);
        Assert.All(await asset.ListAsync(data.Region.A.Id, Year, Ct), r => Assert.False(r.IsMember));
        Assert.Empty(await asset.ListAsync(data.Region.A.Id, Year.Previous(), Ct));
    }
}
