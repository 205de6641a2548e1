using EduCycle.Engine.Instruments;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Features.Instruments.Catalog;
using EduCycle.Web.Features.Instruments.Pages.Catalog;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Instruments.Pages;

/// <summary>The card's «Новая версия» editor: checking saves nothing; creating saves the next version or nothing.</summary>
public sealed class NewVersionDraftTests
{
    private const string Code = "mms-young-teachers";

    [Fact]
    public void Check_reports_a_format_error_and_errors_come_before_warnings()
    {
        var broken = new NewVersionDraft(Code, "{ \"code\": ", new(2026, 1, 1));
        broken.Check();
        Assert.NotNull(broken.Problems);
        Assert.True(Assert.Single(broken.Problems).IsError);

        var json = InstrumentJson.Serialize(RepositoryInstruments.Load("school-work-directions-checklist"));
        var checklist = new NewVersionDraft("school-work-directions-checklist", json, new(2026, 1, 1));
        checklist.Check();
        Assert.Contains(checklist.Problems!, p => !p.IsError && p.Path == "scoring.maximum");
        Assert.DoesNotContain(checklist.Problems!, p => p.IsError);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Create_saves_the_next_version_or_nothing(string provider)
    {
        await using var app = new EduCycleApp(provider);
        string json;
        await using (var db = app.Db())
            json = (await Catalog(db).GetJsonAsync(Code, 1))!;

        // Bands 17–22 / 12–16 / up to 11 made overlapping: 12–17 overlaps 17–22 — an error, nothing saved.
        var overlapping = new NewVersionDraft(Code, json.Replace("\"to\": 16", "\"to\": 17"), new(2026, 9, 1));
        Assert.NotEqual(json, overlapping.Json);
        await using (var db = app.Db())
            Assert.Null(await overlapping.CreateAsync(Catalog(db), "methodist"));
        Assert.Contains(overlapping.Problems!, p => p.IsError && p.Path == "scoring.bands");

        var renamed = new NewVersionDraft(Code, json.Replace("\"name\": \"", "\"name\": \"(2026) "), new(2026, 9, 1));
        InstrumentVersionRow? created;
        await using (var db = app.Db())
            created = await renamed.CreateAsync(Catalog(db), "methodist");

        Assert.NotNull(created);
        Assert.Equal(2, created.Version);
        Assert.Equal(new DateOnly(2026, 9, 1), created.ValidFrom);
        Assert.Equal("methodist", created.CreatedBy);
        Assert.StartsWith("(2026) ", created.Name);
        await using (var db = app.Db())
        {
            Assert.Equal(2, await db.InstrumentVersions.CountAsync(v => v.Code == Code));
            Assert.Equal(InstrumentOrigin.Edited, (await db.InstrumentVersions.SingleAsync(v => v.Code == Code && v.Version == 2)).Origin);
        }
    }

    private static InstrumentCatalog Catalog(EduCycleDbContext db) => new(db, new InstrumentDefinitionCache(), TimeProvider.System);
}
