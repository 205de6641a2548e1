using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Features.Instruments.Catalog;
using EduCycle.Web.Features.Instruments.Testing;
using EduCycle.Web.Tests.Infrastructure;

namespace EduCycle.Web.Tests.Instruments.Testing;

/// <summary>A test region with one assignment of an instrument to person P1, and a clock the test moves.</summary>
internal sealed class TestFixture : IAsyncDisposable
{
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(90);

    public required EduCycleApp App { get; init; }
    public required TestRegion Region { get; init; }
    public required int AssignmentId { get; init; }
    public SettableClock Clock { get; } = new(new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero));
    public Actor Person => Teacher(Region.P(1).Id);
    public Actor Organiser => new(DataScope.System() with { UserName = "methodist" }, new HashSet<string> { Roles.RegionalMethodist });

    public Actor Teacher(int personId) =>
        new(new DataScope(ScopeKind.Self, $"u{personId}", $"teacher{personId}", null, null, personId, new DateOnly(2025, 3, 10)),
            new HashSet<string> { Roles.Teacher });

    /// <summary>A campaign of <paramref name="instrument"/> v1 assigned to person P1.</summary>
    public static async Task<TestFixture> CreateAsync(string provider, string instrument)
    {
        var app = new EduCycleApp(provider);
        var region = await app.SeedRegionAsync();
        await using var db = app.Db();
        var campaign = new Campaign
        {
            InstrumentCode = instrument, InstrumentVersion = 1, Name = "Кадровый резерв 2025",
            PeriodFrom = new DateOnly(2025, 3, 1), PeriodTo = new DateOnly(2025, 3, 31), Deadline = new DateOnly(2025, 3, 31), CreatedBy = "system",
        };
        var assignment = new Assignment { Campaign = campaign, PersonId = region.P(1).Id, Status = AssignmentStatus.Assigned, AssignedBy = "system" };
        db.Assignments.Add(assignment);
        await db.SaveChangesAsync();
        return new TestFixture { App = app, Region = region, AssignmentId = assignment.Id };
    }

    /// <summary>One operation on a fresh context acting in <paramref name="actor"/>'s scope.</summary>
    public async Task<T> Run<T>(Actor actor, Func<TestSessions, Task<T>> operation)
    {
        await using var db = App.Db(actor.Scope);
        return await operation(new TestSessions(db, new InstrumentCatalog(db, new InstrumentDefinitionCache(), Clock), Clock, new TestTimeLimit(Limit)));
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
