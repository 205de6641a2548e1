using System.Text.Json;
using EduCycle.Engine.Instruments;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Features.Instruments.Catalog;
using EduCycle.Web.Features.Instruments.Testing;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Instruments.Testing;

/// <summary>
/// Timed attempts at the cadre-reserve test (seed 004: 45 questions a variant, 1 point each; draw rules
/// constitution 5, education law 15, regional charter 5, anti-corruption 5, Russian 10, history and geography 5)
/// with a 90-minute limit on a clock the test moves.
/// </summary>
public sealed class TestSessionsTests
{
    private const string Code = "cadre-reserve-test";
    private static readonly TimeSpan Limit = TestFixture.Limit;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_variant_has_45_distinct_questions_in_the_seed_split_and_all_keys_score_45_of_45(string provider)
    {
        await using var f = await TestFixture.CreateAsync(provider, Code);
        var session = Value(await f.Run(f.Person, s => s.StartAsync(f.Person, f.AssignmentId)));

        Assert.Equal(45, session.QuestionCount);
        Assert.Equal(45, session.Variant.QuestionCodes.Distinct().Count());
        var perSection = session.Variant.Definition.Sections.ToDictionary(s => s.Code, s => s.Items.OfType<TestQuestionItem>().Count());
        Assert.Equal(new Dictionary<string, int>
        {
            ["constitution"] = 5, ["education-law"] = 15, ["regional-charter"] = 5,
            ["anti-corruption"] = 5, ["russian-language"] = 10, ["regional-history-geography"] = 5,
        }, perSection);
        Assert.Equal(f.Clock.Now.UtcDateTime + Limit, session.DeadlineAt);

        // Resuming returns the same attempt and variant.
        var resumed = Value(await f.Run(f.Person, s => s.StartAsync(f.Person, f.AssignmentId)));
        Assert.Equal(session.AttemptId, resumed.AttemptId);
        Assert.Equal(session.Variant.QuestionCodes, resumed.Variant.QuestionCodes);

        Value(await f.Run(f.Person, s => s.SaveAnswersAsync(f.Person, f.AssignmentId, Answers(session, correct: 45))));
        f.Clock.Advance(TimeSpan.FromMinutes(30));
        var finished = Value(await f.Run(f.Person, s => s.FinishAsync(f.Person, f.AssignmentId)));
        Assert.Equal(TestAttemptStatus.Finished, finished.Status);
        Assert.Equal(45, finished.Total);
        Assert.Equal(45, finished.Maximum);
        Assert.Equal(100, finished.Percent);

        await using var db = f.App.Db();
        var assignment = await db.Assignments.SingleAsync(a => a.Id == f.AssignmentId);
        Assert.Equal(45, assignment.ResultTotal);
        Assert.Equal(AssignmentStatus.Submitted, assignment.Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Thirty_correct_score_30_one_attempt_only_until_reopened(string provider)
    {
        await using var f = await TestFixture.CreateAsync(provider, Code);
        var first = Value(await f.Run(f.Person, s => s.StartAsync(f.Person, f.AssignmentId)));
        Value(await f.Run(f.Person, s => s.SaveAnswersAsync(f.Person, f.AssignmentId, Answers(first, correct: 30))));
        var finished = Value(await f.Run(f.Person, s => s.FinishAsync(f.Person, f.AssignmentId)));
        // 30 keys and 15 wrong options, 1 point each: 30 of 45 = 66.67 %.
        Assert.Equal(30, finished.Total);
        Assert.Equal(66.67, finished.Percent);

        var again = await f.Run(f.Person, s => s.StartAsync(f.Person, f.AssignmentId));
        Assert.Equal(TestSessions.AttemptUsedTitle, again.Refusal?.Title);

        // The person cannot re-open; an organiser can, once.
        Assert.Equal(RefusalKind.Forbidden, (await f.Run(f.Person, s => s.ReopenAsync(f.Person, f.AssignmentId))).Refusal?.Kind);
        Value(await f.Run(f.Organiser, s => s.ReopenAsync(f.Organiser, f.AssignmentId)));
        var second = Value(await f.Run(f.Person, s => s.StartAsync(f.Person, f.AssignmentId)));
        Assert.Equal(2, second.Number);
        Assert.NotEqual(first.AttemptId, second.AttemptId);
        Value(await f.Run(f.Person, s => s.SaveAnswersAsync(f.Person, f.AssignmentId, Answers(second, correct: 40))));
        Assert.Equal(40, Value(await f.Run(f.Person, s => s.FinishAsync(f.Person, f.AssignmentId))).Total);
        Assert.Equal(TestSessions.AttemptUsedTitle, (await f.Run(f.Person, s => s.StartAsync(f.Person, f.AssignmentId))).Refusal?.Title);

        await using var db = f.App.Db();
        Assert.Equal(40, (await db.Assignments.SingleAsync(a => a.Id == f.AssignmentId)).ResultTotal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task After_the_deadline_saving_is_refused_and_finishing_counts_only_earlier_answers(string provider)
    {
        await using var f = await TestFixture.CreateAsync(provider, Code);
        var session = Value(await f.Run(f.Person, s => s.StartAsync(f.Person, f.AssignmentId)));
        Value(await f.Run(f.Person, s => s.SaveAnswersAsync(f.Person, f.AssignmentId, Answers(session, correct: 12))));

        f.Clock.Advance(Limit);
        var late = await f.Run(f.Person, s => s.SaveAnswersAsync(f.Person, f.AssignmentId, Answers(session, correct: 45)));
        Assert.Equal(TestSessions.TimeOverTitle, late.Refusal?.Title);

        var expired = Value(await f.Run(f.Person, s => s.FinishAsync(f.Person, f.AssignmentId)));
        Assert.Equal(TestAttemptStatus.Expired, expired.Status);
        Assert.Equal(12, expired.Total);
        Assert.Equal(45, expired.Maximum);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Another_person_can_neither_start_nor_see_the_attempt(string provider)
    {
        await using var f = await TestFixture.CreateAsync(provider, Code);
        Value(await f.Run(f.Person, s => s.StartAsync(f.Person, f.AssignmentId)));

        var other = f.Teacher(f.Region.P(4).Id);
        Assert.Equal(RefusalKind.NotFound, (await f.Run(other, s => s.StartAsync(other, f.AssignmentId))).Refusal?.Kind);
        Assert.Null(await f.Run(other, s => s.GetAsync(other, f.AssignmentId)));
        Assert.NotNull(await f.Run(f.Person, s => s.GetAsync(f.Person, f.AssignmentId)));
        await using var db = f.App.Db(other.Scope);
        Assert.Equal(0, await db.TestAttempts.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_non_test_instrument_is_refused(string provider)
    {
        await using var f = await TestFixture.CreateAsync(provider, "mms-young-teachers");
        var refused = await f.Run(f.Person, s => s.StartAsync(f.Person, f.AssignmentId));
        Assert.Equal(RefusalKind.Conflict, refused.Refusal?.Kind);
        Assert.Contains("не является тестом", refused.Refusal!.Title, StringComparison.Ordinal);
    }

    /// <summary>The first <paramref name="correct"/> drawn questions answered by their key, the rest by another option.</summary>
    private static Dictionary<string, JsonElement> Answers(TestSession session, int correct) =>
        session.Variant.Definition.AllItems().OfType<TestQuestionItem>().Select((q, i) => (q, i)).ToDictionary(
            x => x.q.Code,
            x => JsonSerializer.SerializeToElement(x.i < correct ? x.q.Key : x.q.Options.First(o => o.Code != x.q.Key).Code));

    private static T Value<T>(Outcome<T> outcome) => outcome.Refusal is { } r ? throw new Xunit.Sdk.XunitException(r.Title) : outcome.Value!;
}
