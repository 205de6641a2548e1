using System.Text.Json;
using EduCycle.Engine.Instruments;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Instruments.Catalog;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Instruments.Testing;

/// <summary>An attempt with its drawn variant: score and show the questions of <see cref="Variant"/>.<c>Definition</c>.</summary>
public sealed record TestSession(
    int AttemptId, int Number, TestAttemptStatus Status, DateTime StartedAt, DateTime DeadlineAt, DateTime? FinishedAt,
    TestVariant Variant, IReadOnlyDictionary<string, JsonElement> Answers, double? Total, double? Maximum, double? Percent,
    bool Reopened)
{
    public int QuestionCount => Variant.QuestionCodes.Count;
}

/// <summary>
/// Timed online tests (seed 004: the cadre-reserve test, 45 questions per variant): the assigned person starts an
/// attempt, a random variant is drawn and kept by its seed, answers are saved until the deadline set by the server
/// clock, and finishing scores the variant. One attempt per assignment unless an organiser or expert re-opens it.
/// </summary>
public sealed class TestSessions(EduCycleDbContext db, InstrumentCatalog catalog, TimeProvider clock, TestTimeLimit limit)
{
    public const string AttemptUsedTitle = "Попытка уже использована";
    public const string TimeOverTitle = "Время на тест истекло: ответы не сохранены";

    /// <summary>The latest attempt, for the assigned person or an organiser or expert; <c>null</c> when none or not visible.</summary>
    public async Task<TestSession?> GetAsync(Actor actor, int assignmentId, CancellationToken ct = default)
    {
        var assignment = await db.Assignments.AsNoTracking().Include(a => a.Campaign).FirstOrDefaultAsync(a => a.Id == assignmentId, ct);
        if (assignment is null || !(actor.CanFill(assignment) || actor.IsAny(Actor.Organisers) || actor.IsAny(Actor.Experts))) return null;
        var attempt = await LatestAsync(assignmentId, ct);
        return attempt is null ? null : await SessionAsync(assignment, attempt, ct);
    }

    /// <summary>Starts an attempt with a random variant, or resumes the one in progress.</summary>
    public async Task<Outcome<TestSession>> StartAsync(Actor actor, int assignmentId, CancellationToken ct = default)
    {
        var (assignment, definition, refusal) = await OpenAsync(actor, assignmentId, ct);
        if (refusal is not null) return refusal;
        var latest = await LatestAsync(assignmentId, ct);
        if (latest is { Status: TestAttemptStatus.InProgress })
        {
            if (!IsOver(latest)) return await SessionAsync(assignment!, latest, ct);
            await CompleteAsync(assignment!, latest, definition!, actor.Name, ct);
            return Refusal.Conflict(AttemptUsedTitle);
        }
        if (latest is { ReopenedAt: null }) return Refusal.Conflict(AttemptUsedTitle);

        var variant = TestVariants.Draw(definition!, Random.Shared.Next());
        var now = clock.GetUtcNow().UtcDateTime;
        var attempt = new TestAttempt
        {
            AssignmentId = assignmentId,
            PersonId = assignment!.PersonId,
            Number = (latest?.Number ?? 0) + 1,
            Seed = variant.Seed,
            QuestionCodesJson = JsonSerializer.Serialize(variant.QuestionCodes),
            StartedAt = now,
            DeadlineAt = now + limit.Duration,
            AnswersJson = Serialize(definition!, new Dictionary<string, JsonElement>()),
            Status = TestAttemptStatus.InProgress,
        };
        db.TestAttempts.Add(attempt);
        if (assignment.Status == AssignmentStatus.Assigned) assignment.Status = AssignmentStatus.Draft;
        await db.SaveChangesAsync(ct);
        return new TestSession(attempt.Id, attempt.Number, attempt.Status, attempt.StartedAt, attempt.DeadlineAt, null,
            variant, new Dictionary<string, JsonElement>(), null, null, null, false);
    }

    /// <summary>Replaces the saved answers of the attempt in progress; refused after the deadline or with unknown questions or options.</summary>
    public async Task<Outcome<TestSession>> SaveAnswersAsync(Actor actor, int assignmentId, IReadOnlyDictionary<string, JsonElement> answers, CancellationToken ct = default)
    {
        var (assignment, definition, refusal) = await OpenAsync(actor, assignmentId, ct);
        if (refusal is not null) return refusal;
        var attempt = await LatestAsync(assignmentId, ct);
        if (attempt is not { Status: TestAttemptStatus.InProgress }) return Refusal.Conflict("Тест не начат или уже завершён");
        if (IsOver(attempt)) return Refusal.Conflict(TimeOverTitle);

        var variant = TestVariants.Draw(definition!, attempt.Seed);
        var response = Response(definition!, answers);
        var problems = ResponseValidation.Validate(variant.Definition, response);
        if (problems.HasErrors()) return Refusal.Invalid("Ответы не сохранены", problems);
        attempt.AnswersJson = InstrumentJson.Serialize(response);
        await db.SaveChangesAsync(ct);
        return await SessionAsync(assignment!, attempt, ct);
    }

    /// <summary>Finishes and scores the attempt; after the deadline it ends as expired with the answers saved before it.</summary>
    public async Task<Outcome<TestSession>> FinishAsync(Actor actor, int assignmentId, CancellationToken ct = default)
    {
        var (assignment, definition, refusal) = await OpenAsync(actor, assignmentId, ct);
        if (refusal is not null) return refusal;
        var attempt = await LatestAsync(assignmentId, ct);
        if (attempt is not { Status: TestAttemptStatus.InProgress }) return Refusal.Conflict("Тест не начат или уже завершён");
        var scored = await CompleteAsync(assignment!, attempt, definition!, actor.Name, ct);
        if (scored is not null) return scored;
        return await SessionAsync(assignment!, attempt, ct);
    }

    /// <summary>Allows the person one more attempt after a finished or expired one.</summary>
    public async Task<Outcome<TestSession>> ReopenAsync(Actor actor, int assignmentId, CancellationToken ct = default)
    {
        if (!actor.IsAny(Actor.Organisers) && !actor.IsAny(Actor.Experts))
            return Refusal.Forbidden("Открыть повторную попытку может организатор или эксперт");
        var assignment = await db.Assignments.Include(a => a.Campaign).FirstOrDefaultAsync(a => a.Id == assignmentId, ct);
        if (assignment is null) return Refusal.NotFound();
        if (assignment.Status == AssignmentStatus.Locked) return Refusal.Conflict(Assessments.AssessmentWorkflow.LockedTitle);
        var attempt = await LatestAsync(assignmentId, ct);
        if (attempt is null or { Status: TestAttemptStatus.InProgress }) return Refusal.Conflict("Нет завершённой попытки");
        if (attempt.ReopenedAt is not null) return Refusal.Conflict("Повторная попытка уже открыта");
        attempt.ReopenedAt = clock.GetUtcNow().UtcDateTime;
        attempt.ReopenedBy = actor.Name;
        assignment.Status = AssignmentStatus.Draft;
        await db.SaveChangesAsync(ct);
        return await SessionAsync(assignment, attempt, ct);
    }

    private async Task<(Assignment? Assignment, InstrumentDefinition? Definition, Refusal? Refusal)> OpenAsync(Actor actor, int assignmentId, CancellationToken ct)
    {
        var assignment = await db.Assignments.Include(a => a.Campaign).FirstOrDefaultAsync(a => a.Id == assignmentId, ct);
        if (assignment is null) return (null, null, Refusal.NotFound());
        if (!actor.CanFill(assignment)) return (null, null, Refusal.Forbidden("Тест проходит сам назначенный работник"));
        if (assignment.Status == AssignmentStatus.Locked) return (null, null, Refusal.Conflict(Assessments.AssessmentWorkflow.LockedTitle));
        var definition = await catalog.GetDefinitionAsync(assignment.Campaign.InstrumentCode, assignment.Campaign.InstrumentVersion, ct);
        if (definition is not { Kind: InstrumentKind.Test }) return (null, null, Refusal.Conflict("Назначенный инструмент не является тестом"));
        return (assignment, definition, null);
    }

    /// <summary>Scores the saved answers against the attempt's variant and sets the assignment's result; <c>null</c> when scored.</summary>
    private async Task<Refusal?> CompleteAsync(Assignment assignment, TestAttempt attempt, InstrumentDefinition definition, string by, CancellationToken ct)
    {
        var variant = TestVariants.Draw(definition, attempt.Seed);
        var outcome = InstrumentScorer.Score(variant.Definition, InstrumentJson.ParseResponse(attempt.AnswersJson));
        if (!outcome.Succeeded) return Refusal.Invalid("Тест не завершён", outcome.Problems);
        var result = outcome.Result!;
        var now = clock.GetUtcNow().UtcDateTime;
        attempt.Status = IsOver(attempt) ? TestAttemptStatus.Expired : TestAttemptStatus.Finished;
        attempt.FinishedAt = now;
        attempt.Total = (double?)result.Total;
        attempt.Maximum = (double?)result.Maximum;
        attempt.Percent = (double?)result.Percent;
        assignment.Status = AssignmentStatus.Submitted;
        assignment.SubmittedAt = now;
        assignment.SubmittedBy = by;
        assignment.ResultJson = InstrumentJson.Serialize(result);
        assignment.ResultTotal = (double?)result.Total;
        assignment.ResultBand = result.FinalBand;
        await db.SaveChangesAsync(ct);
        return null;
    }

    private bool IsOver(TestAttempt attempt) => clock.GetUtcNow().UtcDateTime >= attempt.DeadlineAt;

    private Task<TestAttempt?> LatestAsync(int assignmentId, CancellationToken ct) =>
        db.TestAttempts.Where(x => x.AssignmentId == assignmentId).OrderByDescending(x => x.Number).FirstOrDefaultAsync(ct);

    private async Task<TestSession> SessionAsync(Assignment assignment, TestAttempt attempt, CancellationToken ct)
    {
        var definition = (await catalog.GetDefinitionAsync(assignment.Campaign.InstrumentCode, assignment.Campaign.InstrumentVersion, ct))!;
        return new TestSession(attempt.Id, attempt.Number, attempt.Status, attempt.StartedAt, attempt.DeadlineAt, attempt.FinishedAt,
            TestVariants.Draw(definition, attempt.Seed), InstrumentJson.ParseResponse(attempt.AnswersJson).Answers,
            attempt.Total, attempt.Maximum, attempt.Percent, attempt.ReopenedAt is not null);
    }

    private static InstrumentResponse Response(InstrumentDefinition definition, IReadOnlyDictionary<string, JsonElement> answers) =>
        new() { Instrument = definition.Code, Version = definition.Version, Answers = answers };

    private static string Serialize(InstrumentDefinition definition, IReadOnlyDictionary<string, JsonElement> answers) =>
        InstrumentJson.Serialize(Response(definition, answers));
}
