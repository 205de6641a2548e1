using EduCycle.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Monitoring.Calendar;

public sealed record CalendarFilter(int SchoolYear)
{
    public int? MunicipalityId { get; init; }
    public MonitoringEventStatus? Status { get; init; }
    /// <summary>Exactly one of the plan's responsible parties.</summary>
    public string? Responsible { get; init; }
    public bool OverdueOnly { get; init; }
    public int? EventId { get; init; }
}

public sealed record CalendarRow(
    int Id, int SchoolYear, string? Municipality, string PlanCode, string Name, string Periodicity, string Responsible,
    string? ExpectedResult, string Source, DateOnly StartDate, DateOnly DueDate, MonitoringEventStatus Status,
    DateOnly? DoneDate, string? Note, bool IsOverdue);

/// <summary>The calendar under the caller's scope; «просрочено» = due before today (the scope's date) and neither done nor cancelled.</summary>
public static class CalendarQueries
{
    public static IQueryable<CalendarRow> Rows(EduCycleDbContext db, CalendarFilter f)
    {
        var today = db.Scope.Today;
        var q = db.MonitoringEvents.AsNoTracking().Where(e => e.SchoolYear == f.SchoolYear);
        if (f.EventId is { } id) q = q.Where(e => e.Id == id);
        if (f.MunicipalityId is { } m) q = q.Where(e => e.MunicipalityId == m);
        if (f.Status is { } s) q = q.Where(e => e.Status == s);
        if (!string.IsNullOrWhiteSpace(f.Responsible)) q = q.Where(e => e.PlanItem!.Responsible == f.Responsible);
        if (f.OverdueOnly)
            q = q.Where(e => e.DueDate < today && e.Status != MonitoringEventStatus.Done && e.Status != MonitoringEventStatus.Cancelled);
        return q.OrderBy(e => e.DueDate).ThenBy(e => e.Municipality!.Name).ThenBy(e => e.PlanItem!.Order)
            .Select(e => new CalendarRow(
                e.Id, e.SchoolYear, e.Municipality == null ? null : e.Municipality.Name, e.PlanItem!.Code, e.PlanItem.Name,
                e.PlanItem.Periodicity, e.PlanItem.Responsible, e.PlanItem.ExpectedResult, e.PlanItem.Source, e.StartDate, e.DueDate,
                e.Status, e.DoneDate, e.Note,
                e.DueDate < today && e.Status != MonitoringEventStatus.Done && e.Status != MonitoringEventStatus.Cancelled));
    }

    /// <summary>Distinct responsible parties of the plan, for the filter.</summary>
    public static Task<List<string>> ResponsibleAsync(EduCycleDbContext db, CancellationToken ct = default) =>
        db.MonitoringPlanItems.AsNoTracking().Select(p => p.Responsible).Distinct().OrderBy(r => r).ToListAsync(ct);
}
