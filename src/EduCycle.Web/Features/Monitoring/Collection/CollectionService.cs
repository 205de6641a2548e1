using EduCycle.Engine.Calendar;
using EduCycle.Engine.Instruments;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Features.Registry;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Monitoring.Collection;

/// <summary>A new request: <c>{formId, schoolYear, deadline, municipalityId, kinds}</c> (kinds: schools when empty).</summary>
public sealed record NewCollectionRequest(int FormId, int SchoolYear, DateOnly Deadline, int? MunicipalityId, IReadOnlyList<OrganisationKind>? Kinds = null);

/// <summary>Values of a submission by element code; null clears a field.</summary>
public sealed record SubmissionValues(IReadOnlyDictionary<string, decimal?> Values);

public sealed record ReasonRequest(string? Reason);

/// <summary>
/// The collection workflow: send a form, fill and submit (all-or-nothing validation), approve (locks), return, re-open (audited).
/// Every operation runs under the caller's scope: a record outside it is «не найдено».
/// </summary>
public sealed class CollectionService(EduCycleDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Outcome<int>> CreateRequestAsync(Actor actor, NewCollectionRequest request, CancellationToken ct = default)
    {
        if (!actor.IsAny(CollectionAccess.Organisers)) return Refusal.Forbidden("Направлять формы сбора могут региональный и муниципальный операторы");
        var problems = new List<InstrumentProblem>();
        if (!await db.CollectionForms.AnyAsync(f => f.Id == request.FormId, ct)) problems.Add(InstrumentProblem.Error("formId", "Форма сбора не найдена"));
        if (request.SchoolYear is < 2000 or > 2100) problems.Add(InstrumentProblem.Error("schoolYear", "Учебный год: укажите год его начала (например, 2025)"));
        else if (request.Deadline < new SchoolYear(request.SchoolYear).Start)
            problems.Add(InstrumentProblem.Error("deadline", "Срок сдачи не может быть раньше начала учебного года"));
        if (actor.Scope.Kind != ScopeKind.Region && request.MunicipalityId != actor.Scope.MunicipalityId)
            problems.Add(InstrumentProblem.Error("municipalityId", "Муниципальный оператор направляет форму только организациям своего муниципалитета"));
        else if (request.MunicipalityId is { } m && !await db.Municipalities.AnyAsync(x => x.Id == m, ct))
            problems.Add(InstrumentProblem.Error("municipalityId", "Муниципалитет не найден"));
        if (problems.Count > 0) return Refusal.Invalid("Запрос не создан", problems);

        var kinds = request.Kinds is { Count: > 0 } k ? k.ToList() : [OrganisationKind.School];
        var today = actor.Scope.Today;
        var organisations = await db.OrganisationPlacements
            .Where(p => p.ValidFrom <= today && (p.ValidTo == null || p.ValidTo > today))
            .Where(p => request.MunicipalityId == null || p.MunicipalityId == request.MunicipalityId)
            .Join(db.Organisations.Where(o => kinds.Contains(o.Kind)), p => p.OrganisationId, o => o.Id, (p, o) => o.Id)
            .Distinct().ToListAsync(ct);
        if (organisations.Count == 0) return Refusal.Invalid("Запрос не создан", "municipalityId", "В выбранной территории нет организаций выбранных типов");
        var created = new CollectionRequest
        {
            FormId = request.FormId,
            SchoolYear = request.SchoolYear,
            Deadline = request.Deadline,
            MunicipalityId = request.MunicipalityId,
            CreatedAt = Now,
            CreatedBy = actor.Name,
            Submissions = organisations.Select(id => new CollectionSubmission { OrganisationId = id }).ToList(),
        };
        db.CollectionRequests.Add(created);
        await db.SaveChangesAsync(ct);
        return created.Id;
    }

    public async Task<SubmissionDetails?> GetAsync(Actor actor, int submissionId, CancellationToken ct = default)
    {
        var s = await db.CollectionSubmissions.AsNoTracking().Include(x => x.Values).Include(x => x.Request).Include(x => x.Organisation)
            .FirstOrDefaultAsync(x => x.Id == submissionId, ct);
        if (s is null || !actor.IsAny(CollectionAccess.Readers)) return null;
        var form = await FormAsync(s.Request!.FormId, ct);
        var values = s.Values.ToDictionary(v => v.ElementCode, v => v.Value, StringComparer.Ordinal);
        var approver = actor.IsAny(CollectionAccess.Approvers);
        return new SubmissionDetails(
            s.Id, s.RequestId, form, new SchoolYear(s.Request.SchoolYear).ToString(), s.Request.Deadline, s.OrganisationId, s.Organisation!.ShortName,
            s.Status, s.Values.Count > 0, s.SubmittedAt, s.SubmittedBy, s.ApprovedAt, s.ApprovedBy, s.ReturnReason, s.ReopenedAt, s.ReopenedBy, s.ReopenReason,
            form.Fields.Select(f => new FieldValue(f, values.GetValueOrDefault(f.Code))).ToList(),
            CanEdit: actor.CanFill(s),
            CanApprove: approver && s.Status == SubmissionStatus.Submitted,
            CanReopen: approver && s.Status == SubmissionStatus.Approved);
    }

    /// <summary>Saves a draft: fields are checked for type and range (not for completeness); nothing is saved if one is wrong.</summary>
    public Task<Outcome<int>> SaveDraftAsync(Actor actor, int submissionId, SubmissionValues input, CancellationToken ct = default) =>
        WriteAsync(actor, submissionId, input, submitting: false, ct);

    /// <summary>Submits: every required field, range and consistency rule must hold, or nothing changes.</summary>
    public Task<Outcome<int>> SubmitAsync(Actor actor, int submissionId, SubmissionValues? input, CancellationToken ct = default) =>
        WriteAsync(actor, submissionId, input, submitting: true, ct);

    private async Task<Outcome<int>> WriteAsync(Actor actor, int submissionId, SubmissionValues? input, bool submitting, CancellationToken ct)
    {
        var s = await db.CollectionSubmissions.Include(x => x.Values).Include(x => x.Request).FirstOrDefaultAsync(x => x.Id == submissionId, ct);
        if (s is null) return Refusal.NotFound();
        if (!actor.IsAny(CollectionAccess.Fillers) || actor.Scope.OrganisationId != s.OrganisationId)
            return Refusal.Forbidden("Заполняет форму руководитель организации");
        if (!actor.CanFill(s))
            return Refusal.Conflict(s.Status == SubmissionStatus.Approved
                ? "Форма утверждена и закрыта для изменений; изменить её можно только после повторного открытия"
                : "Форма отправлена на проверку; изменить её можно после возврата на доработку");
        var form = await FormAsync(s.Request!.FormId, ct);
        var values = input?.Values.ToDictionary(StringComparer.Ordinal)
                     ?? s.Values.ToDictionary(v => v.ElementCode, v => v.Value, StringComparer.Ordinal);
        var problems = SubmissionValidator.Check(form, values, submitting);
        if (problems.Count > 0) return Refusal.Invalid(submitting ? "Форма не отправлена" : "Черновик не сохранён", problems);

        var stored = s.Values.ToDictionary(v => v.ElementCode, StringComparer.Ordinal);
        foreach (var field in form.Fields)
        {
            var value = values.GetValueOrDefault(field.Code);
            if (stored.TryGetValue(field.Code, out var row)) row.Value = value;
            else s.Values.Add(new CollectedValue { ElementCode = field.Code, Value = value });
        }
        if (submitting) (s.Status, s.SubmittedAt, s.SubmittedBy) = (SubmissionStatus.Submitted, Now, actor.Name);
        await db.SaveChangesAsync(ct);
        return s.Id;
    }

    public Task<Outcome<int>> ApproveAsync(Actor actor, int submissionId, CancellationToken ct = default) =>
        DecideAsync(actor, submissionId, SubmissionStatus.Submitted, "Утвердить можно только отправленную форму", s =>
        {
            (s.Status, s.ApprovedAt, s.ApprovedBy, s.ReturnReason) = (SubmissionStatus.Approved, Now, actor.Name, null);
            return null;
        }, ct);

    public Task<Outcome<int>> ReturnAsync(Actor actor, int submissionId, string? reason, CancellationToken ct = default) =>
        DecideAsync(actor, submissionId, SubmissionStatus.Submitted, "Вернуть на доработку можно только отправленную форму", s =>
        {
            if (string.IsNullOrWhiteSpace(reason)) return Refusal.Invalid("Форма не возвращена", "reason", "Укажите причину возврата на доработку");
            (s.Status, s.ReturnReason) = (SubmissionStatus.Returned, reason.Trim());
            return null;
        }, ct);

    /// <summary>Re-opens an approved submission for correction; the reason and who did it stay on the record and in the audit log.</summary>
    public Task<Outcome<int>> ReopenAsync(Actor actor, int submissionId, string? reason, CancellationToken ct = default) =>
        DecideAsync(actor, submissionId, SubmissionStatus.Approved, "Повторно открыть можно только утверждённую форму", s =>
        {
            if (string.IsNullOrWhiteSpace(reason)) return Refusal.Invalid("Форма не открыта повторно", "reason", "Укажите причину повторного открытия");
            (s.Status, s.ReopenedAt, s.ReopenedBy, s.ReopenReason, s.ReturnReason) = (SubmissionStatus.Returned, Now, actor.Name, reason.Trim(), reason.Trim());
            (s.ApprovedAt, s.ApprovedBy) = (null, null);
            return null;
        }, ct);

    private async Task<Outcome<int>> DecideAsync(Actor actor, int submissionId, SubmissionStatus from, string wrongState,
        Func<CollectionSubmission, Refusal?> decide, CancellationToken ct)
    {
        var s = await db.CollectionSubmissions.FirstOrDefaultAsync(x => x.Id == submissionId, ct);
        if (s is null) return Refusal.NotFound();
        if (!actor.IsAny(CollectionAccess.Approvers)) return Refusal.Forbidden("Проверяют формы муниципальный и региональный операторы");
        if (s.Status != from) return Refusal.Conflict(wrongState);
        if (decide(s) is { } refusal) return refusal;
        await db.SaveChangesAsync(ct);
        return s.Id;
    }

    public async Task<FormDefinition> FormAsync(int formId, CancellationToken ct = default)
    {
        var form = await db.CollectionForms.AsNoTracking().Include(f => f.Fields).Include(f => f.Rules).AsSplitQuery().FirstAsync(f => f.Id == formId, ct);
        var codes = form.Fields.Select(f => f.ElementCode).ToList();
        var elements = await db.CollectedElements.AsNoTracking().Where(e => codes.Contains(e.Code)).ToDictionaryAsync(e => e.Code, ct);
        return new FormDefinition(form.Id, form.Code, form.Name,
            form.Fields.OrderBy(f => f.Order).Select(f =>
            {
                var e = elements[f.ElementCode];
                return new FormField(e.Code, e.Name, e.Unit, f.IsRequired, e.MinValue, e.MaxValue, e.IsInteger, e.Description);
            }).ToList(),
            form.Rules.OrderBy(r => r.Id).Select(r => new FormRule(r.LeftCode, r.Operator, r.RightCode, r.Message)).ToList());
    }
}

public sealed record FieldValue(FormField Field, decimal? Value);

public sealed record SubmissionDetails(
    int Id, int RequestId, FormDefinition Form, string SchoolYear, DateOnly Deadline, int OrganisationId, string Organisation,
    SubmissionStatus Status, bool Started, DateTime? SubmittedAt, string? SubmittedBy, DateTime? ApprovedAt, string? ApprovedBy,
    string? ReturnReason, DateTime? ReopenedAt, string? ReopenedBy, string? ReopenReason, IReadOnlyList<FieldValue> Values,
    bool CanEdit, bool CanApprove, bool CanReopen);
