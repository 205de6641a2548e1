using EduCycle.Engine.Calendar;
using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Communities;
using EduCycle.Web.Features.Development.Programmes;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Routes;

/// <summary>The drafter's inputs read from the database: a teacher's open deficits and the catalogue options that address them.</summary>
public static class RouteCatalogue
{
    public static async Task<IReadOnlyList<RouteDeficit>> OpenDeficitsAsync(EduCycleDbContext db, int personId, CancellationToken ct = default) =>
        await db.Deficits.AsNoTracking().Where(d => d.PersonId == personId && d.ResolvedOn == null)
            .Select(d => new RouteDeficit(d.TopicId, d.Topic!.Group, d.Topic.Name, d.Topic.SubjectId))
            .ToListAsync(ct);

    /// <summary>Programmes addressing any of the topics, with the topics among them each addresses.</summary>
    public static async Task<IReadOnlyList<ProgrammeOption>> ProgrammesAsync(EduCycleDbContext db, IReadOnlyCollection<int> topicIds, DateOnly today, CancellationToken ct = default)
    {
        var year = SchoolYear.Containing(today).StartYear;
        var rows = await db.Programmes.AsNoTracking()
            .Where(p => p.Topics.Any(t => topicIds.Contains(t.TopicId)))
            .Select(p => new
            {
                p.Id, p.Name, p.Hours, p.Kind, p.SubjectId, p.Targeted, p.Form, p.OfferedFrom, p.OfferedTo,
                Topics = p.Topics.Where(t => topicIds.Contains(t.TopicId)).Select(t => t.TopicId).ToList(),
            })
            .ToListAsync(ct);
        return rows.Select(p => new ProgrammeOption(p.Id, $"{p.Name} ({(p.Kind == ProgrammeKind.Retraining ? "ПП" : "ПК")}, {p.Hours} ч)",
                p.Topics, p.SubjectId, p.Targeted, p.Form == StudyForm.Distance,
                (p.OfferedFrom is null || p.OfferedFrom <= year) && (p.OfferedTo is null || p.OfferedTo >= year)))
            .ToList();
    }

    /// <summary>Events open to routes, from today on, addressing any of the topics.</summary>
    public static async Task<IReadOnlyList<EventOption>> EventsAsync(EduCycleDbContext db, IReadOnlyCollection<int> topicIds, DateOnly today, CancellationToken ct = default)
    {
        var rows = await db.MethodicalEvents.AsNoTracking()
            .Where(e => e.OpenForRoutes && e.Date >= today && e.Topics.Any(t => topicIds.Contains(t.TopicId)))
            .Select(e => new { e.Id, e.Name, e.Form, e.SubjectId, e.Date, Topics = e.Topics.Where(t => topicIds.Contains(t.TopicId)).Select(t => t.TopicId).ToList() })
            .ToListAsync(ct);
        return rows.Select(e => new EventOption(e.Id, e.Name, KindOf(e.Form), e.Topics, e.SubjectId, e.Date)).ToList();
    }

    /// <summary>
    /// The route item kind of an event form: seminars, webinars, conferences and round tables are attended as seminars;
    /// a methodical day is the work of a methodical association.
    /// </summary>
    public static RouteItemKind KindOf(EventForm form) => form switch
    {
        EventForm.MasterClass => RouteItemKind.MasterClass,
        EventForm.OpenLesson => RouteItemKind.OpenLesson,
        EventForm.Internship => RouteItemKind.Internship,
        EventForm.MethodicalDay => RouteItemKind.MethodicalAssociation,
        _ => RouteItemKind.Seminar,
    };
}
