using EduCycle.Engine.Calendar;
using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Enrolments;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Features.Registry.Queries;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Routes;

/// <summary>
/// Drafting, editing and moving individual educational routes (ИОМ). Every read goes through the scope filters,
/// so a route outside the user's scope is "not found"; writes also check the role (<see cref="RouteAccess"/>).
/// Each command saves once: nothing is half-written.
/// </summary>
public sealed class RouteService(EduCycleDbContext db, TimeProvider clock)
{
    private const int MaxTitle = 1000;
    private const int MaxEvidence = 2000;
    private const int MaxReason = 2000;

    public async Task<RouteDetails?> GetAsync(Actor actor, int id, CancellationToken ct = default) =>
        await RouteQueries.DetailsAsync(db, id, RouteAccess.Of(actor), ct);

    /// <summary>
    /// Drafts a route for a person from their open deficits and the catalogue (<see cref="RouteDrafter"/>). Deficits
    /// nothing addresses become self-education items. The route answers the person's latest diagnostic attempt and runs
    /// to the end of the school year (of the next one when fewer than 90 days are left).
    /// </summary>
    public async Task<Outcome<int>> DraftAsync(Actor actor, int personId, CancellationToken ct = default)
    {
        var prepared = await PreviewAsync(actor, personId, ct);
        if (prepared.Refusal is { } refusal) return refusal;
        var preview = prepared.Value!;
        if (preview.OpenRouteId is { } open)
            return Refusal.Conflict($"У педагога уже есть маршрут № {open} в состоянии «{RouteStateMachine.Name(preview.OpenRouteStatus!.Value)}»");
        if (preview.Deficits.Count == 0) return Refusal.Invalid("Маршрут не составлен: у педагога нет открытых дефицитов", []);
        var (draft, today) = (preview.Draft, actor.Scope.Today);

        var end = PlannedEnd(today);
        var basedOn = await db.DiagnosticResults.Where(r => r.PersonId == personId)
            .OrderByDescending(r => r.TakenOn).ThenByDescending(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var route = new IndividualRoute
        {
            PersonId = personId,
            OrganisationId = preview.OrganisationId,
            BasedOnResultId = basedOn,
            Status = RouteStatus.Draft,
            PlannedFrom = today,
            PlannedTo = end,
            CreatedAt = now,
            CreatedBy = actor.Name,
            History = [new RouteStatusChange { From = null, To = RouteStatus.Draft, At = now, By = actor.Name }],
        };
        var order = 0;
        foreach (var item in draft.Items)
            route.Items.Add(new RouteItem
            {
                Order = ++order,
                Kind = item.Kind,
                TopicId = item.Deficits[0].TopicId,
                Group = item.Deficits[0].Group,
                ProgrammeId = item.ProgrammeId,
                EventId = item.EventId,
                Title = Clip(item.Title, MaxTitle),
                PlannedFrom = item.Date,
                PlannedTo = item.Date,
                Status = RouteItemStatus.Planned,
            });
        foreach (var deficit in draft.Uncovered)
            route.Items.Add(new RouteItem
            {
                Order = ++order,
                Kind = RouteItemKind.SelfEducation,
                TopicId = deficit.TopicId,
                Group = deficit.Group,
                Title = Clip($"Самообразование по теме «{deficit.TopicName}»", MaxTitle),
                PlannedFrom = today,
                PlannedTo = end,
                Status = RouteItemStatus.Planned,
            });
        db.Routes.Add(route);
        await db.SaveChangesAsync(ct);
        return route.Id;
    }

    /// <summary>What a draft for the person would hold, without saving it: the page shows it before the editor saves.</summary>
    public async Task<Outcome<DraftPreview>> PreviewAsync(Actor actor, int personId, CancellationToken ct = default)
    {
        if (!RouteAccess.Of(actor).CanEdit) return Forbidden();
        var today = actor.Scope.Today;
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new
            {
                p.Id,
                Name = p.LastName + " " + p.FirstName + (p.MiddleName == null ? "" : " " + p.MiddleName),
                Subjects = p.Subjects.Select(s => s.SubjectId).ToList(),
                Workplace = db.Employments.ValidAt(today).Where(e => e.PersonId == p.Id).OrderByDescending(e => e.IsMain).ThenBy(e => e.Id)
                    .Select(e => new { e.OrganisationId, e.Organisation!.ShortName, e.Organisation.IsRural }).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (person is null) return Refusal.NotFound();
        if (person.Workplace is null) return Refusal.Invalid("Маршрут не составлен: у педагога нет места работы на сегодня", []);
        var open = await db.Routes.Where(r => r.PersonId == personId
                && (r.Status == RouteStatus.Draft || r.Status == RouteStatus.Approved || r.Status == RouteStatus.InProgress))
            .Select(r => new { r.Id, r.Status }).FirstOrDefaultAsync(ct);
        var deficits = await RouteCatalogue.OpenDeficitsAsync(db, personId, ct);
        var topics = deficits.Select(d => d.TopicId).ToList();
        var draft = RouteDrafter.Draft(deficits, new RouteTeacher(person.Subjects, person.Workplace.IsRural),
            await RouteCatalogue.ProgrammesAsync(db, topics, today, ct), await RouteCatalogue.EventsAsync(db, topics, today, ct));
        return new DraftPreview(person.Id, person.Name, person.Workplace.OrganisationId, person.Workplace.ShortName, person.Workplace.IsRural,
            deficits, draft, today, PlannedEnd(today), open?.Id, open?.Status);
    }

    /// <summary>A route runs to the end of the school year, or of the next one when fewer than 90 days are left.</summary>
    private static DateOnly PlannedEnd(DateOnly today)
    {
        var end = SchoolYear.Containing(today).End;
        return end.DayNumber - today.DayNumber < 90 ? end.AddYears(1) : end;
    }

    /// <summary>
    /// Moves a route to another state (<see cref="RouteStateMachine"/>) and records who, when and why. Completing needs
    /// the repeat diagnostic the route closes with: the given attempt, or the person's latest one taken after the
    /// attempt the route answered (after the route's start when it answered none).
    /// </summary>
    public async Task<Outcome<RouteStatus>> TransitionAsync(Actor actor, int id, TransitionRequest request, CancellationToken ct = default)
    {
        if (!RouteAccess.Of(actor).CanEdit) return Forbidden();
        var route = await db.Routes.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (route is null) return Refusal.NotFound();
        if (!Enum.IsDefined(request.To)) return Refusal.Invalid($"Неизвестное состояние маршрута «{request.To}»", []);
        if (RouteStateMachine.Refusal(route.Status, request.To, request.Reason) is { } refused) return Refusal.Invalid(refused, []);
        if (request.Reason is { Length: > MaxReason }) return Refusal.Invalid("Переход не выполнен", "reason", $"причина длиннее {MaxReason} знаков");

        if (request.To == RouteStatus.Completed)
        {
            var after = route.BasedOnResultId is { } basedOn
                ? await db.DiagnosticResults.Where(r => r.Id == basedOn).Select(r => r.TakenOn).FirstAsync(ct)
                : route.PlannedFrom.AddDays(-1);
            var candidates = await RouteQueries.ClosingCandidatesAsync(db, route.PersonId, after, ct);
            var closing = request.ClosingResultId is { } chosen ? candidates.FirstOrDefault(c => c.ResultId == chosen) : candidates.FirstOrDefault();
            if (closing is null)
                return Refusal.Invalid(request.ClosingResultId is null
                    ? $"Маршрут завершается повторной диагностикой: у педагога нет результата диагностики после {after:dd.MM.yyyy}"
                    : $"Результат диагностики {request.ClosingResultId} не принадлежит педагогу или получен не после {after:dd.MM.yyyy}", []);
            route.ClosingResultId = closing.ResultId;
        }

        db.RouteStatusChanges.Add(new RouteStatusChange
        {
            RouteId = route.Id,
            From = route.Status,
            To = request.To,
            At = clock.GetUtcNow().UtcDateTime,
            By = actor.Name,
            Reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim(),
        });
        route.Status = request.To;
        await db.SaveChangesAsync(ct);
        return route.Status;
    }

    /// <summary>Changes a draft route's period and note.</summary>
    public async Task<Outcome<int>> UpdatePeriodAsync(Actor actor, int id, RoutePeriodInput input, CancellationToken ct = default)
    {
        if (await EditableAsync(actor, id, ct) is not { } route) return await EditRefusalAsync(actor, id, ct);
        if (input.PlannedTo < input.PlannedFrom) return Refusal.Invalid("Маршрут не сохранён", "plannedTo", "срок окончания раньше начала");
        if (input.Note is { Length: > 4000 }) return Refusal.Invalid("Маршрут не сохранён", "note", "примечание длиннее 4000 знаков");
        (route.PlannedFrom, route.PlannedTo, route.Note) = (input.PlannedFrom, input.PlannedTo, string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim());
        await db.SaveChangesAsync(ct);
        return route.Id;
    }

    public async Task<Outcome<int>> AddItemAsync(Actor actor, int routeId, RouteItemInput input, CancellationToken ct = default)
    {
        if (await EditableAsync(actor, routeId, ct) is not { } route) return await EditRefusalAsync(actor, routeId, ct);
        if (Validate(input) is { } invalid) return invalid;
        int? topicGroup = null;
        if (input.TopicId is { } topicId)
        {
            topicGroup = await db.DeficitTopics.Where(t => t.Id == topicId).Select(t => (int?)t.Group).FirstOrDefaultAsync(ct);
            if (topicGroup is null) return Refusal.Invalid("Пункт не добавлен", "topicId", $"тема дефицита {topicId} не найдена");
        }
        var order = await db.RouteItems.Where(i => i.RouteId == routeId).MaxAsync(i => (int?)i.Order, ct) ?? 0;
        var item = new RouteItem
        {
            RouteId = route.Id,
            Order = order + 1,
            Kind = input.Kind,
            TopicId = input.TopicId,
            Group = (CompetencyGroup?)topicGroup,
            Title = input.Title!.Trim(),
            PlannedFrom = input.PlannedFrom,
            PlannedTo = input.PlannedTo,
            Status = RouteItemStatus.Planned,
        };
        db.RouteItems.Add(item);
        await db.SaveChangesAsync(ct);
        return item.Id;
    }

    /// <summary>Changes a draft route item's kind, title and dates (its deficit topic and catalogue option stay).</summary>
    public async Task<Outcome<int>> UpdateItemAsync(Actor actor, int itemId, RouteItemInput input, CancellationToken ct = default)
    {
        var item = await db.RouteItems.FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null) return Refusal.NotFound();
        if (await EditableAsync(actor, item.RouteId, ct) is null) return await EditRefusalAsync(actor, item.RouteId, ct);
        if (Validate(input) is { } invalid) return invalid;
        (item.Kind, item.Title, item.PlannedFrom, item.PlannedTo) = (input.Kind, input.Title!.Trim(), input.PlannedFrom, input.PlannedTo);
        await db.SaveChangesAsync(ct);
        return item.Id;
    }

    public async Task<Outcome<int>> RemoveItemAsync(Actor actor, int itemId, CancellationToken ct = default)
    {
        var item = await db.RouteItems.FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null) return Refusal.NotFound();
        if (await EditableAsync(actor, item.RouteId, ct) is null) return await EditRefusalAsync(actor, item.RouteId, ct);
        db.RouteItems.Remove(item);
        await db.SaveChangesAsync(ct);
        return item.Id;
    }

    /// <summary>
    /// Records an item's progress while the route is in progress. The teacher may only mark their own items done, with
    /// evidence; editors may also start or skip an item. Done needs evidence and a date not in the future.
    /// </summary>
    public async Task<Outcome<int>> MarkItemAsync(Actor actor, int itemId, RouteItemProgress progress, CancellationToken ct = default)
    {
        var item = await db.RouteItems.FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null) return Refusal.NotFound();
        var route = await db.Routes.AsNoTracking().Where(r => r.Id == item.RouteId).Select(r => new { r.PersonId, r.Status }).FirstAsync(ct);
        var access = RouteAccess.Of(actor);
        if (!access.CanEdit && !access.IsTeacherOf(route.PersonId))
            return Refusal.Forbidden("Отмечать выполнение могут педагог — по своему маршруту — и те, кто составляет маршруты");
        if (!access.CanEdit && progress.Status != RouteItemStatus.Done)
            return Refusal.Forbidden("Педагог может только отметить пункт выполненным");
        if (route.Status != RouteStatus.InProgress)
            return Refusal.Invalid($"Выполнение отмечается, пока маршрут выполняется; маршрут в состоянии «{RouteStateMachine.Name(route.Status)}»", []);
        if (!Enum.IsDefined(progress.Status)) return Refusal.Invalid("Отметка не сохранена", "status", "неизвестное состояние пункта");
        var today = actor.Scope.Today;
        var evidence = string.IsNullOrWhiteSpace(progress.Evidence) ? null : progress.Evidence.Trim();
        if (progress.Status == RouteItemStatus.Done)
        {
            if (evidence is null) return Refusal.Invalid("Отметка не сохранена", "evidence", "укажите подтверждение выполнения: номер удостоверения, ссылку или документ");
            if (progress.DoneOn is { } doneOn && doneOn > today) return Refusal.Invalid("Отметка не сохранена", "doneOn", "дата выполнения позже сегодняшней");
        }
        if (evidence is { Length: > MaxEvidence }) return Refusal.Invalid("Отметка не сохранена", "evidence", $"подтверждение длиннее {MaxEvidence} знаков");
        item.Status = progress.Status;
        item.DoneOn = progress.Status == RouteItemStatus.Done ? progress.DoneOn ?? today : null;
        item.Evidence = evidence;
        await db.SaveChangesAsync(ct);
        return item.Id;
    }

    /// <summary>Sends the teacher to the programme of an item of an approved or running route: a planned enrolment on the item's dates.</summary>
    public async Task<Outcome<int>> EnrolAsync(Actor actor, int itemId, CancellationToken ct = default)
    {
        if (!RouteAccess.Of(actor).CanEdit) return Forbidden();
        var item = await db.RouteItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null) return Refusal.NotFound();
        var route = await db.Routes.AsNoTracking().Where(r => r.Id == item.RouteId).Select(r => new { r.PersonId, r.OrganisationId, r.Status }).FirstAsync(ct);
        if (route.Status is not (RouteStatus.Approved or RouteStatus.InProgress))
            return Refusal.Invalid($"На обучение записывают по утверждённому маршруту; маршрут в состоянии «{RouteStateMachine.Name(route.Status)}»", []);
        if (item.ProgrammeId is not { } programmeId) return Refusal.Invalid("Запись не создана", "itemId", "пункт маршрута — не программа ДПП");
        if (item.PlannedFrom is not { } from || item.PlannedTo is not { } to)
            return Refusal.Invalid("Запись не создана", "plannedFrom", "укажите в пункте даты обучения");
        if (await db.Enrolments.AnyAsync(e => e.RouteItemId == itemId, ct)) return Refusal.Conflict("По этому пункту педагог уже записан на обучение");
        var enrolment = new Enrolment
        {
            PersonId = route.PersonId,
            ProgrammeId = programmeId,
            OrganisationId = route.OrganisationId,
            RouteItemId = itemId,
            StartDate = from,
            EndDate = to,
            Status = EnrolmentStatus.Planned,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = actor.Name,
        };
        db.Enrolments.Add(enrolment);
        await db.SaveChangesAsync(ct);
        return enrolment.Id;
    }

    private async Task<IndividualRoute?> EditableAsync(Actor actor, int routeId, CancellationToken ct) =>
        RouteAccess.Of(actor).CanEdit
            ? await db.Routes.FirstOrDefaultAsync(r => r.Id == routeId && r.Status == RouteStatus.Draft, ct)
            : null;

    private async Task<Refusal> EditRefusalAsync(Actor actor, int routeId, CancellationToken ct)
    {
        var status = await db.Routes.Where(r => r.Id == routeId).Select(r => (RouteStatus?)r.Status).FirstOrDefaultAsync(ct);
        if (status is null) return Refusal.NotFound();
        if (!RouteAccess.Of(actor).CanEdit) return Forbidden();
        return Refusal.Invalid($"Пункты меняются только в черновике; маршрут в состоянии «{RouteStateMachine.Name(status.Value)}» — верните его на доработку", []);
    }

    private static Refusal? Validate(RouteItemInput input)
    {
        const string title = "Пункт маршрута не сохранён";
        if (!Enum.IsDefined(input.Kind)) return Refusal.Invalid(title, "kind", "неизвестный вид пункта");
        if (string.IsNullOrWhiteSpace(input.Title)) return Refusal.Invalid(title, "title", "не указано название пункта");
        if (input.Title.Trim().Length > MaxTitle) return Refusal.Invalid(title, "title", $"название длиннее {MaxTitle} знаков");
        if (input.PlannedFrom is { } from && input.PlannedTo is { } to && to < from)
            return Refusal.Invalid(title, "plannedTo", "срок окончания раньше начала");
        return null;
    }

    private static Refusal Forbidden() => Refusal.Forbidden($"Составлять и изменять маршруты могут: {RouteAccess.EditorsText}");

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
