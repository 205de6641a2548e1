using System.Text.Json;
using EduCycle.Engine.Instruments;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Instruments.Testing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EduCycle.Web.Features.Instruments.Api;

/// <summary>A question of a drawn variant as the test taker sees it: never its key.</summary>
public sealed record TestQuestionView(string Code, string Text, IReadOnlyList<ChoiceOption> Options);

/// <summary>An attempt as the API shows it: timing, the drawn questions without keys, saved answers and the score once finished.</summary>
public sealed record TestAttemptView(
    int Number, TestAttemptStatus Status, DateTime StartedAt, DateTime DeadlineAt, DateTime? FinishedAt,
    IReadOnlyList<TestQuestionView> Questions, IReadOnlyDictionary<string, JsonElement> Answers, double? Total, double? Maximum, double? Percent)
{
    public static TestAttemptView Of(TestSession session) => new(
        session.Number, session.Status, session.StartedAt, session.DeadlineAt, session.FinishedAt,
        session.Variant.Definition.AllItems().OfType<TestQuestionItem>().Select(q => new TestQuestionView(q.Code, q.Text, q.Options)).ToList(),
        session.Answers, session.Total, session.Maximum, session.Percent);
}

/// <summary>Timed online tests through the API: the same rules as the page (server deadline, one attempt unless re-opened).</summary>
public static class TestAttemptsApi
{
    public static IEndpointRouteBuilder MapTestAttemptsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/assignments/{id:int}/test").WithTags("Онлайн-тестирование");
        api.MapGet("", GetAsync).WithName("GetTestAttempt").WithSummary("Текущая попытка: вопросы варианта (без ключей), ответы, время, результат");
        api.MapPost("/start", (int id, TestSessions tests, HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
            Answer(tests.StartAsync(Actor.From(http.User, db.Scope), id, ct))).WithName("StartTestAttempt").WithSummary("Начать попытку (или продолжить начатую)");
        api.MapPut("/answers", (int id, Dictionary<string, JsonElement> answers, TestSessions tests, HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
            Answer(tests.SaveAnswersAsync(Actor.From(http.User, db.Scope), id, answers, ct))).WithName("SaveTestAnswers").WithSummary("Сохранить ответы до окончания времени");
        api.MapPost("/finish", (int id, TestSessions tests, HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
            Answer(tests.FinishAsync(Actor.From(http.User, db.Scope), id, ct))).WithName("FinishTestAttempt").WithSummary("Завершить попытку и подсчитать результат");
        api.MapPost("/reopen", (int id, TestSessions tests, HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
            Answer(tests.ReopenAsync(Actor.From(http.User, db.Scope), id, ct))).WithName("ReopenTestAttempt").WithSummary("Разрешить ещё одну попытку (организатор или эксперт)");
        return app;
    }

    private static async Task<Results<Ok<TestAttemptView>, ProblemHttpResult>> GetAsync(
        int id, TestSessions tests, HttpContext http, EduCycleDbContext db, CancellationToken ct) =>
        await tests.GetAsync(Actor.From(http.User, db.Scope), id, ct) is { } session
            ? TypedResults.Ok(TestAttemptView.Of(session))
            : ApiProblems.From(Refusal.NotFound());

    private static async Task<Results<Ok<TestAttemptView>, ProblemHttpResult>> Answer(Task<Outcome<TestSession>> operation)
    {
        var outcome = await operation;
        return outcome.Refusal is { } refusal ? ApiProblems.From(refusal) : TypedResults.Ok(TestAttemptView.Of(outcome.Value!));
    }
}
