using EduCycle.Engine.Development;
using EduCycle.Web.Features.Development.Diagnostics.Topics;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Tests.Infrastructure;
using static EduCycle.Web.Tests.Development.Diagnostics.DiagnosticsTestData;

namespace EduCycle.Web.Tests.Development.Diagnostics;

public sealed class DeficitTopicCatalogTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Regional_roles_add_topics_with_unique_codes(string provider)
    {
        await using var data = await CreateAsync(provider);
        await using var db = data.Db(Methodist.Scope);
        var catalog = new DeficitTopicCatalog(db);
        var request = new TopicRequest("subj-math-stereometry", "Стереометрия в профильном ЕГЭ", CompetencyGroup.Subject, data.MathId);

        Assert.Equal(RefusalKind.Forbidden, (await catalog.AddAsync(data.MunicipalA, request, Ct)).Refusal!.Kind);
        var added = (await catalog.AddAsync(Methodist, request, Ct)).Value!;
        Assert.Equal(("subj-math-stereometry", "Математика"), (added.Code, added.SubjectName));
        Assert.Equal("Тема с кодом «t-math» уже есть", (await catalog.AddAsync(Methodist, request with { Code = "t-math" }, Ct)).Refusal!.Title);
        Assert.Equal("предмет 999999 не найден",
            Assert.Single((await catalog.AddAsync(Methodist, request with { Code = "x", SubjectId = 999999 }, Ct)).Refusal!.Problems).Message);
        Assert.Equal(3, (await catalog.ListAsync(Ct)).Count);
    }
}
