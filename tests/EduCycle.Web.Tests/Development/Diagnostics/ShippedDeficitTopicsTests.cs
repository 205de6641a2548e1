using EduCycle.Engine.Development;
using EduCycle.Web.Features.Development.Diagnostics;
using EduCycle.Web.Features.Development.Diagnostics.Topics;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Infrastructure;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace EduCycle.Web.Tests.Development.Diagnostics;

public sealed class ShippedDeficitTopicsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Topics_are_upserted_by_code_and_a_second_load_changes_nothing(string provider)
    {
        var folder = Directory.CreateTempSubdirectory("educycle-topics-");
        Directory.CreateDirectory(Path.Combine(folder.FullName, "development"));
        var file = Path.Combine(folder.FullName, "development", ShippedDeficitTopics.FileName);
        await File.WriteAllTextAsync(file, """
            { "topics": [
              { "code": "a", "group": "Methodical", "subject": null, "name": "Формирующее оценивание" },
              { "code": "b", "group": "Subject", "subject": "math", "name": "Задания ВПР с развёрнутым ответом" } ] }
            """, Ct);
        var (database, _) = await TestRegion.CreateAsync(provider);
        await using var db = TestDatabases.Open(database, DataScope.System());
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [MethodologyFolder.PathSetting] = folder.FullName }).Build();
        ShippedDeficitTopics Loader() => new(db, new MethodologyFolder(config, new HostingEnvironment { ContentRootPath = folder.FullName }), NullLogger<ShippedDeficitTopics>.Instance);

        Assert.Equal(2, await Loader().LoadAsync(Ct));
        db.DeficitTopics.Add(new DeficitTopic { Code = "user", Name = "Тема пользователя", Group = CompetencyGroup.Universal });
        await db.SaveChangesAsync(Ct);
        Assert.Equal(0, await Loader().LoadAsync(Ct));

        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file, Ct)).Replace("Формирующее оценивание", "Формирующее оценивание на уроке"), Ct);
        Assert.Equal(1, await Loader().LoadAsync(Ct));

        var topics = await db.DeficitTopics.AsNoTracking().OrderBy(t => t.Code).ToListAsync(Ct);
        Assert.Equal(["a", "b", "user"], topics.Select(t => t.Code));
        Assert.Equal("Формирующее оценивание на уроке", topics[0].Name);
        Assert.Equal(await db.Subjects.Where(s => s.Code == "math").Select(s => (int?)s.Id).SingleAsync(Ct), topics[1].SubjectId);
        folder.Delete(recursive: true);
    }

    [Fact]
    public void The_shipped_file_has_about_forty_topics_in_every_group_with_unique_codes()
    {
        var root = Path.GetDirectoryName(RepositoryInstruments.Folder)!;
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "development", ShippedDeficitTopics.FileName)));
        var topics = json.RootElement.GetProperty("topics").EnumerateArray().ToList();
        Assert.InRange(topics.Count, 35, 60);
        Assert.Equal(topics.Count, topics.Select(t => t.GetProperty("code").GetString()).Distinct().Count());
        Assert.Equal(Enum.GetNames<CompetencyGroup>().Order(), topics.Select(t => t.GetProperty("group").GetString()!).Distinct().Order());
    }
}
