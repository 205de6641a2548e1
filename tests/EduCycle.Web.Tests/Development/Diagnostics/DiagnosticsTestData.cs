using System.Text;
using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Diagnostics;
using EduCycle.Web.Features.Development.Diagnostics.Import;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Features.Registry.Import;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Development.Diagnostics;

/// <summary>
/// The <see cref="TestRegion"/> with two deficit topics (maths subject topic, methodical topic) and a regional campaign
/// (subject and methodical groups, maths, levels 95/50) starting 1 September 2025; «today» is 1 October 2025.
/// </summary>
public sealed class DiagnosticsTestData : IAsyncDisposable
{
    public static readonly DateOnly Today = new(2025, 10, 1);
    public static readonly DateOnly Start = new(2025, 9, 1);

    private DiagnosticsTestData(DatabaseSettings database, TestRegion region) => (Database, Region) = (database, region);

    public DatabaseSettings Database { get; }
    public TestRegion Region { get; }
    public int CampaignId { get; private set; }
    public int MathId { get; private set; }
    public int MathTopicId { get; private set; }
    public int MethodTopicId { get; private set; }

    public static async Task<DiagnosticsTestData> CreateAsync(string provider)
    {
        var (database, region) = await TestRegion.CreateAsync(provider);
        var data = new DiagnosticsTestData(database, region);
        await using var db = data.Db(DataScope.System(Today));
        data.MathId = await db.Subjects.Where(s => s.Code == "math").Select(s => s.Id).SingleAsync();
        var mathTopic = new DeficitTopic { Code = "t-math", Name = "Задания ВПР по математике с развёрнутым ответом", Group = CompetencyGroup.Subject, SubjectId = data.MathId };
        var methodTopic = new DeficitTopic { Code = "t-meth", Name = "Формирующее оценивание", Group = CompetencyGroup.Methodical };
        var campaign = new DiagnosticCampaign
        {
            Name = "Входная диагностика учителей математики", StartDate = Start, EndDate = new DateOnly(2026, 5, 31),
            Groups = CompetencyGroups.Subject | CompetencyGroups.Methodical, SufficientLevel = 95m, UnsatisfactoryLevel = 50m,
            CreatedBy = "test", Subjects = [new DiagnosticCampaignSubject { SubjectId = data.MathId }],
        };
        db.AddRange(mathTopic, methodTopic, campaign);
        await db.SaveChangesAsync();
        (data.CampaignId, data.MathTopicId, data.MethodTopicId) = (campaign.Id, mathTopic.Id, methodTopic.Id);
        return data;
    }

    public EduCycleDbContext Db(DataScope scope) => TestDatabases.Open(Database, scope);

    public static Actor Methodist { get; } = new(new DataScope(ScopeKind.Region, "u-methodist", "methodist", null, null, null, Today),
        new HashSet<string> { Roles.RegionalMethodist });

    public Actor MunicipalA => new(new DataScope(ScopeKind.Municipality, "u-mun-a", "mun-a", Region.A.Id, null, null, Today),
        new HashSet<string> { Roles.MunicipalOperator });

    public Actor MunicipalB => new(new DataScope(ScopeKind.Municipality, "u-mun-b", "mun-b", Region.B.Id, null, null, Today),
        new HashSet<string> { Roles.MunicipalMethodist });

    public Actor Teacher(int person) => new(new DataScope(ScopeKind.Self, "u-t", "teacher", null, Region.P(person).OrganisationIdOf(), Region.P(person).Id, Today),
        new HashSet<string> { Roles.Teacher });

    /// <summary>Imports <paramref name="csv"/> into the campaign as <paramref name="actor"/>.</summary>
    public async Task<DiagnosticImportResult> ImportAsync(Actor actor, byte[] csv, bool validRowsOnly = false)
    {
        await using var db = Db(actor.Scope);
        var outcome = await new DiagnosticImport(db, TimeProvider.System)
            .ImportAsync(actor, CampaignId, new MemoryStream(csv), "результаты.csv", new ImportOptions(validRowsOnly), null, TestContext.Current.CancellationToken);
        Assert.Null(outcome.Refusal);
        return outcome.Value!;
    }

    public static readonly string Header = string.Join(';', DiagnosticColumns.All.Select(c => c.Header));

    /// <summary>A CSV file: the header, then rows of code, subject, date, attempt, subject %, methodical %, topics.</summary>
    public static byte[] Csv(params (string Code, string? Subject, string Date, string? Attempt, string? SubjectPercent, string? MethodPercent, string? Topics)[] rows)
    {
        var text = new StringBuilder(Header).Append("\r\n");
        foreach (var r in rows)
        {
            string[] cells = [r.Code, "", r.Subject ?? "", r.Date, r.Attempt ?? "", r.SubjectPercent ?? "", r.MethodPercent ?? "", "", "", "", r.Topics ?? ""];
            text.Append(string.Join(';', cells.Select(c => c.Contains(';') ? $"\"{c}\"" : c))).Append("\r\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public ValueTask DisposeAsync()
    {
        if (!Database.IsPostgres)
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(Database.ConnectionString).DataSource;
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
                if (File.Exists(f)) File.Delete(f);
        }
        return ValueTask.CompletedTask;
    }
}

internal static class TestPersonExtensions
{
    public static int OrganisationIdOf(this EduCycle.Web.Features.Registry.Person person) =>
        person.Employments.OrderBy(e => e.ValidTo == null ? 0 : 1).First().OrganisationId;
}
