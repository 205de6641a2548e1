using EduCycle.Engine.Instruments;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Instruments.Campaigns;
using EduCycle.Web.Features.Instruments.Catalog;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Instruments.Assessments;

public sealed record AssessmentView(
    AssessmentRole Role, AssessmentStatus Status, string InstrumentCode, int InstrumentVersion, string ResponseJson, string? ResultJson,
    double? Total, string? Band, string? FinalBand, DateTime SavedAt, string SavedBy, DateTime? SubmittedAt, string? SubmittedBy);

/// <summary>An item whose points differ between the self-assessment and the expert assessment.</summary>
public sealed record ItemDifference(string ItemCode, decimal? SelfPoints, decimal? ExpertPoints);

/// <summary>An assignment with both assessments side by side and the reconciled result.</summary>
public sealed record AssignmentDetails(
    AssignmentRow Assignment, AssessmentView? Self, AssessmentView? Expert, IReadOnlyList<ItemDifference> Differences,
    string? ResultJson, string? ReconcileComment, bool CanFill, bool CanReview);

/// <summary>The reconciled band: the expert's unless <see cref="Band"/> overrides it, with a written <see cref="Comment"/>.</summary>
public sealed record ReconcileRequest(string? Band = null, string? Comment = null);

/// <summary>
/// Filling and review of an assignment: Assigned → Draft → Submitted (self) → expert review → Reviewed
/// (reconciled) → Locked. Every write is all or nothing, scored by the campaign's version, and refused once locked.
/// </summary>
public sealed class AssessmentWorkflow(EduCycleDbContext db, InstrumentCatalog catalog, CampaignService campaigns, TimeProvider clock)
{
    public const string LockedTitle = "Результат заблокирован: изменения невозможны";

    public async Task<AssignmentDetails?> GetAsync(Actor actor, int assignmentId, CancellationToken ct = default)
    {
        var row = await campaigns.Rows(db.Assignments.AsNoTracking().Where(a => a.Id == assignmentId)).FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var assignment = await db.Assignments.AsNoTracking().FirstAsync(a => a.Id == assignmentId, ct);
        var views = await db.Assessments.AsNoTracking().Where(x => x.AssignmentId == assignmentId).ToListAsync(ct);
        var self = views.FirstOrDefault(v => v.Role == AssessmentRole.Self);
        var expert = views.FirstOrDefault(v => v.Role == AssessmentRole.Expert);
        return new AssignmentDetails(row, View(self), View(expert), Differences(self, expert), assignment.ResultJson, assignment.ReconcileComment,
            actor.CanFill(assignment), actor.IsAny(Actor.Experts));
    }

    /// <summary>Saves answers without requiring the required items; unknown items and out-of-scale answers are still refused.</summary>
    public async Task<Outcome<AssessmentView>> SaveDraftAsync(Actor actor, int assignmentId, AssessmentRole role, string responseJson, CancellationToken ct = default)
    {
        var (assignment, definition, refusal) = await OpenForWritingAsync(actor, assignmentId, role, ct);
        if (refusal is not null) return refusal;
        var (response, problems) = Parse(responseJson, role);
        if (response is not null) problems = ResponseValidation.Validate(WithNothingRequired(definition!), response);
        if (problems.HasErrors()) return Refusal.Invalid("Черновик не сохранён", problems);

        var record = await RecordAsync(assignment!, role, definition!, ct);
        if (record.Status == AssessmentStatus.Submitted) return Refusal.Conflict("Оценка уже отправлена");
        record.ResponseJson = responseJson;
        record.SavedAt = clock.GetUtcNow().UtcDateTime;
        record.SavedBy = actor.Name;
        if (role == AssessmentRole.Self && assignment!.Status == AssignmentStatus.Assigned) assignment.Status = AssignmentStatus.Draft;
        await db.SaveChangesAsync(ct);
        return View(record)!;
    }

    /// <summary>Validates and scores the saved draft with the campaign's version; refused with every problem, nothing changed.</summary>
    public async Task<Outcome<AssessmentView>> SubmitAsync(Actor actor, int assignmentId, AssessmentRole role, CancellationToken ct = default)
    {
        var (assignment, definition, refusal) = await OpenForWritingAsync(actor, assignmentId, role, ct);
        if (refusal is not null) return refusal;
        var record = await db.Assessments.FirstOrDefaultAsync(x => x.AssignmentId == assignmentId && x.Role == role, ct);
        if (record is null) return Refusal.Invalid("Оценка не отправлена", "answers", "нет сохранённых ответов: сначала сохраните черновик");
        if (record.Status == AssessmentStatus.Submitted) return Refusal.Conflict("Оценка уже отправлена");
        var (response, problems) = Parse(record.ResponseJson, role);
        if (response is null) return Refusal.Invalid("Оценка не отправлена", problems);
        var outcome = InstrumentScorer.Score(definition!, response);
        if (!outcome.Succeeded) return Refusal.Invalid("Оценка не отправлена: исправьте ответы", outcome.Problems);

        var now = clock.GetUtcNow().UtcDateTime;
        Store(record, outcome.Result!);
        record.Status = AssessmentStatus.Submitted;
        record.SubmittedAt = now;
        record.SubmittedBy = actor.Name;
        if (role == AssessmentRole.Self)
        {
            assignment!.Status = AssignmentStatus.Submitted;
            assignment.SubmittedAt = now;
            assignment.SubmittedBy = actor.Name;
            SetResult(assignment, outcome.Result!);
        }
        await db.SaveChangesAsync(ct);
        return View(record)!;
    }

    /// <summary>The final result is the expert's, or the expert's with another band when overridden with a comment.</summary>
    public async Task<Outcome<AssignmentDetails>> ReconcileAsync(Actor actor, int assignmentId, ReconcileRequest request, CancellationToken ct = default)
    {
        if (!actor.IsAny(Actor.Experts)) return Refusal.Forbidden("Согласовать результат может эксперт (региональный методист, куратор, региональный оператор)");
        var assignment = await db.Assignments.Include(a => a.Campaign).FirstOrDefaultAsync(a => a.Id == assignmentId, ct);
        if (assignment is null) return Refusal.NotFound();
        if (assignment.Status == AssignmentStatus.Locked) return Refusal.Conflict(LockedTitle);
        if (assignment.Status == AssignmentStatus.Reviewed) return Refusal.Conflict("Результат уже согласован");
        var expert = await db.Assessments.FirstOrDefaultAsync(x => x.AssignmentId == assignmentId && x.Role == AssessmentRole.Expert, ct);
        if (expert is not { Status: AssessmentStatus.Submitted }) return Refusal.Conflict("Сначала отправьте экспертную оценку");

        var definition = (await catalog.GetDefinitionAsync(expert.InstrumentCode, expert.InstrumentVersion, ct))!;
        var response = InstrumentJson.ParseResponse(expert.ResponseJson);
        if (request.Band is { Length: > 0 } band) response = response with { Override = new BandOverride { Band = band, Comment = request.Comment } };
        var outcome = InstrumentScorer.Score(definition, response);
        if (!outcome.Succeeded) return Refusal.Invalid("Результат не согласован", outcome.Problems);

        SetResult(assignment, outcome.Result!);
        assignment.ReconcileComment = request.Comment;
        assignment.Status = AssignmentStatus.Reviewed;
        assignment.ReviewedAt = clock.GetUtcNow().UtcDateTime;
        assignment.ReviewedBy = actor.Name;
        await db.SaveChangesAsync(ct);
        return (await GetAsync(actor, assignmentId, ct))!;
    }

    /// <summary>Locks a reconciled result: every later write is refused.</summary>
    public async Task<Outcome<AssignmentDetails>> LockAsync(Actor actor, int assignmentId, CancellationToken ct = default)
    {
        if (!actor.IsAny(Actor.Experts)) return Refusal.Forbidden("Заблокировать результат может эксперт (региональный методист, куратор, региональный оператор)");
        var assignment = await db.Assignments.FirstOrDefaultAsync(a => a.Id == assignmentId, ct);
        if (assignment is null) return Refusal.NotFound();
        if (assignment.Status == AssignmentStatus.Locked) return Refusal.Conflict(LockedTitle);
        if (assignment.Status != AssignmentStatus.Reviewed) return Refusal.Conflict("Заблокировать можно только согласованный результат");
        assignment.Status = AssignmentStatus.Locked;
        assignment.LockedAt = clock.GetUtcNow().UtcDateTime;
        assignment.LockedBy = actor.Name;
        await db.SaveChangesAsync(ct);
        return (await GetAsync(actor, assignmentId, ct))!;
    }

    /// <summary>The assignment and its campaign's definition when <paramref name="actor"/> may write <paramref name="role"/> now.</summary>
    private async Task<(Assignment? Assignment, InstrumentDefinition? Definition, Refusal? Refusal)> OpenForWritingAsync(
        Actor actor, int assignmentId, AssessmentRole role, CancellationToken ct)
    {
        var assignment = await db.Assignments.Include(a => a.Campaign).FirstOrDefaultAsync(a => a.Id == assignmentId, ct);
        if (assignment is null) return (null, null, Refusal.NotFound());
        if (assignment.Status == AssignmentStatus.Locked) return (null, null, Refusal.Conflict(LockedTitle));
        if (role == AssessmentRole.Self)
        {
            if (!actor.CanFill(assignment)) return (null, null, Refusal.Forbidden("Самооценку заполняет сам объект оценки"));
            if (assignment.Status > AssignmentStatus.Draft) return (null, null, Refusal.Conflict("Самооценка уже отправлена"));
        }
        else
        {
            if (!actor.IsAny(Actor.Experts)) return (null, null, Refusal.Forbidden("Экспертную оценку заполняет эксперт (региональный методист, куратор, региональный оператор)"));
            if (assignment.Status < AssignmentStatus.Submitted) return (null, null, Refusal.Conflict("Экспертная оценка возможна после отправки самооценки"));
            if (assignment.Status > AssignmentStatus.Submitted) return (null, null, Refusal.Conflict("Результат уже согласован"));
        }
        var definition = await catalog.GetDefinitionAsync(assignment.Campaign.InstrumentCode, assignment.Campaign.InstrumentVersion, ct);
        return (assignment, definition, null);
    }

    private static (InstrumentResponse? Response, IReadOnlyList<InstrumentProblem> Problems) Parse(string json, AssessmentRole role)
    {
        try
        {
            var response = InstrumentJson.ParseResponse(json);
            if (role == AssessmentRole.Self && response.Override is not null)
                return (null, [InstrumentProblem.Error("override", "в самооценке нельзя устанавливать другой уровень")]);
            return (response, []);
        }
        catch (InstrumentException e)
        {
            return (null, e.Problems);
        }
    }

    private async Task<Assessment> RecordAsync(Assignment assignment, AssessmentRole role, InstrumentDefinition definition, CancellationToken ct)
    {
        var record = await db.Assessments.FirstOrDefaultAsync(x => x.AssignmentId == assignment.Id && x.Role == role, ct);
        if (record is not null) return record;
        record = new Assessment
        {
            AssignmentId = assignment.Id,
            Role = role,
            InstrumentCode = definition.Code,
            InstrumentVersion = definition.Version,
            ResponseJson = "{}",
            Status = AssessmentStatus.Draft,
            SavedBy = "",
        };
        db.Assessments.Add(record);
        return record;
    }

    internal static void Store(Assessment record, InstrumentResult result)
    {
        record.ResultJson = InstrumentJson.Serialize(result);
        record.Total = (double?)result.Total;
        record.Band = result.Band;
        record.FinalBand = result.FinalBand;
    }

    internal static void SetResult(Assignment assignment, InstrumentResult result)
    {
        assignment.ResultJson = InstrumentJson.Serialize(result);
        assignment.ResultTotal = (double?)result.Total;
        assignment.ResultBand = result.FinalBand;
        assignment.ResultEffective = result.Threshold?.Effective;
    }

    /// <summary>The same definition with no item required: a draft may be incomplete.</summary>
    private static InstrumentDefinition WithNothingRequired(InstrumentDefinition definition) =>
        definition with { Sections = definition.Sections.Select(Optional).ToList() };

    private static Section Optional(Section section) => section with
    {
        Items = section.Items.Select(i => i with { Required = false }).ToList(),
        Sections = section.Sections.Select(Optional).ToList(),
    };

    private static IReadOnlyList<ItemDifference> Differences(Assessment? self, Assessment? expert)
    {
        if (self?.ResultJson is null || expert?.ResultJson is null) return [];
        var a = Items(self.ResultJson);
        var b = Items(expert.ResultJson);
        return a.Keys.Union(b.Keys)
            .Select(code => new ItemDifference(code, a.GetValueOrDefault(code), b.GetValueOrDefault(code)))
            .Where(d => d.SelfPoints != d.ExpertPoints)
            .ToList();
    }

    private static Dictionary<string, decimal?> Items(string resultJson)
    {
        using var document = System.Text.Json.JsonDocument.Parse(resultJson);
        return document.RootElement.GetProperty("items").EnumerateArray().ToDictionary(
            i => i.GetProperty("code").GetString()!,
            i => i.TryGetProperty("points", out var points) && points.ValueKind == System.Text.Json.JsonValueKind.Number ? points.GetDecimal() : (decimal?)null);
    }

    private static AssessmentView? View(Assessment? x) => x is null ? null : new(
        x.Role, x.Status, x.InstrumentCode, x.InstrumentVersion, x.ResponseJson, x.ResultJson, x.Total, x.Band, x.FinalBand,
        x.SavedAt, x.SavedBy, x.SubmittedAt, x.SubmittedBy);
}
