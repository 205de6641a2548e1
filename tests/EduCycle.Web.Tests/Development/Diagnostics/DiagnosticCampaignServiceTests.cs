using EduCycle.Engine.Development;
using EduCycle.Web.Features.Development.Diagnostics;
using EduCycle.Web.Features.Development.Diagnostics.Campaigns;
using EduCycle.Web.Features.Development.Diagnostics.Results;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Tests.Infrastructure;
using static EduCycle.Web.Tests.Development.Diagnostics.DiagnosticsTestData;

namespace EduCycle.Web.Tests.Development.Diagnostics;

public sealed class DiagnosticCampaignServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Campaigns_are_checked_limited_by_role_and_keep_their_levels_once_results_exist(string provider)
    {
        await using var data = await CreateAsync(provider);
        var request = new CampaignRequest("Диагностика учителей русского языка", Start, new DateOnly(2026, 5, 31),
            [CompetencyGroup.Subject], [], 95m, 60m, data.Region.A.Id);

        await using (var asB = data.Db(data.MunicipalB.Scope))
        {
            var service = new DiagnosticCampaignService(asB, TimeProvider.System);
            Assert.Equal(RefusalKind.Forbidden, (await service.CreateAsync(data.MunicipalB, request, Ct)).Refusal!.Kind);
            Assert.Equal(RefusalKind.Forbidden, (await service.CreateAsync(data.MunicipalB, request with { MunicipalityId = null }, Ct)).Refusal!.Kind);
        }

        await using var asA = data.Db(data.MunicipalA.Scope);
        var campaigns = new DiagnosticCampaignService(asA, TimeProvider.System);
        var bad = await campaigns.CreateAsync(data.MunicipalA, request with { Name = " ", SufficientLevel = 55m, Groups = [] }, Ct);
        Assert.Equal(
            ["не указано название кампании", "не выбрана ни одна группа компетенций", "неудовлетворительный уровень (60 %) выше достаточного (55 %)"],
            bad.Refusal!.Problems.Select(p => p.Message));

        var created = (await campaigns.CreateAsync(data.MunicipalA, request, Ct)).Value!;
        Assert.Equal(("Альфинский район", 60m), (created.MunicipalityName, created.UnsatisfactoryLevel));

        var entered = await new DiagnosticResultService(asA, TimeProvider.System).RecordAsync(data.MunicipalA, created.Id,
            new ResultEntry(data.Region.P(1).Id, null, new DateOnly(2025, 9, 20), [new GroupScore(CompetencyGroup.Subject, 59.99m)], []), Ct);
        Assert.Equal((DiagnosticOutcome.Unsatisfactory, true), (entered.Value!.Outcome, entered.Value.RepeatRequired));

        var relevelled = await campaigns.UpdateAsync(data.MunicipalA, created.Id, request with { UnsatisfactoryLevel = 50m }, Ct);
        Assert.Equal("по кампании уже внесены результаты: уровни изменить нельзя", Assert.Single(relevelled.Refusal!.Problems).Message);
        var renamed = await campaigns.UpdateAsync(data.MunicipalA, created.Id, request with { Name = "Входная диагностика", SubjectIds = [data.MathId] }, Ct);
        Assert.Equal(("Входная диагностика", "Математика"), (renamed.Value!.Name, Assert.Single(renamed.Value.Subjects)));
        var cleared = await campaigns.UpdateAsync(data.MunicipalA, created.Id, request, Ct);
        Assert.Empty(cleared.Value!.Subjects);
    }
}
