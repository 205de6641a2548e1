using EduCycle.Engine.Calendar;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Instruments;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Monitoring.Calendar;

/// <summary>Generating the monitoring calendar of a school year from the plan items, and marking events.</summary>
public sealed class MonitoringCalendar(EduCycleDbContext db)
{
    /// <summary>Operators and methodical services keep the calendar of their municipality or of the region.</summary>
    public static readonly string[] Editors = [Roles.RegionalOperator, Roles.RegionalMethodist, Roles.MunicipalOperator, Roles.MunicipalMethodist];

    /// <summary>
    /// Creates the missing events of <paramref name="year"/>: every municipal plan item for each municipality in the actor's scope,
    /// and (for the region) every region-level item once. Existing events are left as they are, so it can run any number of times.
    /// </summary>
    /// <returns>How many events were created.</returns>
    public async Task<Outcome<int>> GenerateAsync(Actor actor, SchoolYear year, CancellationToken ct = default)
    {
        if (!actor.IsAny(Editors)) return Refusal.Forbidden("Составлять календарь мониторинга могут операторы и методические службы");
        var municipalities = actor.Scope.Kind switch
        {
            ScopeKind.Region => await db.Municipalities.Select(m => m.Id).ToListAsync(ct),
            ScopeKind.Municipality when actor.Scope.MunicipalityId is { } own => [own],
            _ => [],
        };
        var items = await db.MonitoringPlanItems.AsNoTracking()
            .Where(p => p.OnlySchoolYear == null || p.OnlySchoolYear == year.StartYear).ToListAsync(ct);
        var existing = (await db.MonitoringEvents.Where(e => e.SchoolYear == year.StartYear)
                .Select(e => new { e.MunicipalityId, e.PlanItemId, e.Occurrence }).ToListAsync(ct))
            .Select(e => (e.MunicipalityId, e.PlanItemId, e.Occurrence)).ToHashSet();
        var created = 0;
        foreach (var item in items)
        {
            IEnumerable<int?> units = item.Level == PlanLevel.Region
                ? actor.Scope.Kind == ScopeKind.Region ? [null] : []
                : municipalities.Select(m => (int?)m);
            var windows = PlanTiming.Windows(item.Timing, year);
            foreach (var unit in units)
            foreach (var (window, occurrence) in windows.Select((w, i) => (w, i)))
            {
                if (existing.Contains((unit, item.Id, occurrence))) continue;
                db.MonitoringEvents.Add(new MonitoringEvent
                {
                    PlanItemId = item.Id,
                    SchoolYear = year.StartYear,
                    MunicipalityId = unit,
                    Occurrence = occurrence,
                    StartDate = window.Start,
                    DueDate = window.Due,
                });
                created++;
            }
        }
        await db.SaveChangesAsync(ct);
        return created;
    }

    /// <summary>Moves an event to <paramref name="status"/>; «выполнено» records the done date (today unless given).</summary>
    public async Task<Outcome<CalendarRow>> SetStatusAsync(Actor actor, int eventId, EventStatusChange change, CancellationToken ct = default)
    {
        if (!actor.IsAny(Editors)) return Refusal.Forbidden("Отмечать мероприятия мониторинга могут операторы и методические службы");
        var e = await db.MonitoringEvents.FirstOrDefaultAsync(x => x.Id == eventId, ct);
        if (e is null) return Refusal.NotFound();
        if (!Enum.IsDefined(change.Status)) return Refusal.Invalid("Состояние мероприятия не изменено", "status", "Неизвестное состояние мероприятия");
        if (change.Status == MonitoringEventStatus.Cancelled && string.IsNullOrWhiteSpace(change.Note))
            return Refusal.Invalid("Мероприятие не отменено", "note", "Укажите причину отмены в примечании");
        if (change.DoneDate is { } done && done > actor.Scope.Today)
            return Refusal.Invalid("Мероприятие не отмечено", "doneDate", "Дата выполнения не может быть позже сегодняшней");
        e.Status = change.Status;
        e.DoneDate = change.Status == MonitoringEventStatus.Done ? change.DoneDate ?? actor.Scope.Today : null;
        if (change.Note is not null) e.Note = string.IsNullOrWhiteSpace(change.Note) ? null : change.Note.Trim();
        await db.SaveChangesAsync(ct);
        return (await CalendarQueries.Rows(db, new CalendarFilter(e.SchoolYear) { EventId = e.Id }).FirstAsync(ct));
    }
}

/// <summary>A status change of a calendar event: <c>{status, doneDate, note}</c>.</summary>
public sealed record EventStatusChange(MonitoringEventStatus Status, DateOnly? DoneDate = null, string? Note = null);
