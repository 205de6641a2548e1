using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Registry.Queries;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Routes;

/// <summary>Reads of routes for pages, the API and exports; everything under the caller's scope filters.</summary>
public static class RouteQueries
{
    /// <summary>Routes matching the filter, newest first, as one query (names and counts are subqueries).</summary>
    public static IQueryable<RouteRow> Rows(EduCycleDbContext db, RouteFilter filter)
    {
        var today = db.Scope.Today;
        var routes = db.Routes.AsNoTracking();
        if (filter.Status is { } status) routes = routes.Where(r => r.Status == status);
        if (filter.OrganisationId is { } organisation) routes = routes.Where(r => r.OrganisationId == organisation);
        if (filter.PersonId is { } person) routes = routes.Where(r => r.PersonId == person);
        if (filter.MunicipalityId is { } municipality)
            routes = routes.Where(r => db.OrganisationPlacements.ValidAt(today).Any(p => p.OrganisationId == r.OrganisationId && p.MunicipalityId == municipality));
        if (filter.OverdueOnly)
            routes = routes.Where(r => r.PlannedTo < today && r.Status != RouteStatus.Completed && r.Status != RouteStatus.Cancelled);
        foreach (var term in NameSearch.Terms(filter.Search))
        {
            var (typed, lower, capitalised) = NameSearch.Spellings(term);
            routes = routes.Where(r => db.People.Any(p => p.Id == r.PersonId
                && (p.LastName.Contains(typed) || p.LastName.Contains(lower) || p.LastName.Contains(capitalised)
                    || p.FirstName.Contains(typed) || p.FirstName.Contains(capitalised))));
        }
        return Project(db, routes.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id));
    }

    private static IQueryable<RouteRow> Project(EduCycleDbContext db, IQueryable<IndividualRoute> routes)
    {
        var today = db.Scope.Today;
        return routes.Select(r => new RouteRow(
            r.Id,
            r.PersonId,
            db.People.Where(p => p.Id == r.PersonId)
                .Select(p => p.LastName + " " + p.FirstName + (p.MiddleName == null ? "" : " " + p.MiddleName)).FirstOrDefault() ?? "",
            r.OrganisationId,
            db.Organisations.Where(o => o.Id == r.OrganisationId).Select(o => o.ShortName).FirstOrDefault() ?? "",
            db.OrganisationPlacements.ValidAt(today).Where(p => p.OrganisationId == r.OrganisationId).Select(p => p.Municipality!.Name).FirstOrDefault(),
            r.Status,
            r.PlannedFrom,
            r.PlannedTo,
            r.Items.Count,
            r.Items.Count(i => i.Status == RouteItemStatus.Done),
            r.PlannedTo < today && r.Status != RouteStatus.Completed && r.Status != RouteStatus.Cancelled,
            r.CreatedAt));
    }

    /// <summary>
    /// Teachers with open deficits and no route that is a draft, approved or in progress (completed and cancelled
    /// routes do not count: the deficits are still open).
    /// </summary>
    public static IQueryable<TeacherWithoutRouteRow> WithoutRoute(EduCycleDbContext db, RouteFilter filter)
    {
        var today = db.Scope.Today;
        var people = db.People.AsNoTracking()
            .Where(p => db.Deficits.Any(d => d.PersonId == p.Id && d.ResolvedOn == null))
            .Where(p => !db.Routes.Any(r => r.PersonId == p.Id
                && (r.Status == RouteStatus.Draft || r.Status == RouteStatus.Approved || r.Status == RouteStatus.InProgress)));
        var employed = db.Employments.ValidAt(today);
        if (filter.OrganisationId is { } organisation) people = people.Where(p => employed.Any(e => e.PersonId == p.Id && e.OrganisationId == organisation));
        if (filter.MunicipalityId is { } municipality)
            people = people.Where(p => employed.Any(e => e.PersonId == p.Id
                && db.OrganisationPlacements.ValidAt(today).Any(x => x.OrganisationId == e.OrganisationId && x.MunicipalityId == municipality)));
        foreach (var term in NameSearch.Terms(filter.Search))
        {
            var (typed, lower, capitalised) = NameSearch.Spellings(term);
            people = people.Where(p => p.LastName.Contains(typed) || p.LastName.Contains(lower) || p.LastName.Contains(capitalised)
                || p.FirstName.Contains(typed) || p.FirstName.Contains(capitalised));
        }
        return people.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id)
            .Select(p => new
            {
                Person = p,
                OrganisationId = employed.Where(e => e.PersonId == p.Id).OrderByDescending(e => e.IsMain).ThenBy(e => e.Id)
                    .Select(e => (int?)e.OrganisationId).FirstOrDefault(),
            })
            .Select(x => new TeacherWithoutRouteRow(
                x.Person.Id,
                x.Person.LastName + " " + x.Person.FirstName + (x.Person.MiddleName == null ? "" : " " + x.Person.MiddleName),
                x.OrganisationId,
                db.Organisations.Where(o => o.Id == x.OrganisationId).Select(o => o.ShortName).FirstOrDefault(),
                db.OrganisationPlacements.ValidAt(today).Where(pl => pl.OrganisationId == x.OrganisationId).Select(pl => pl.Municipality!.Name).FirstOrDefault(),
                db.Deficits.Count(d => d.PersonId == x.Person.Id && d.ResolvedOn == null),
                db.DiagnosticResults.Where(r => r.PersonId == x.Person.Id).Max(r => (DateOnly?)r.TakenOn)));
    }

    /// <summary>
    /// The route card; null when the route does not exist or is outside the scope. Its deficits are the teacher's open ones
    /// and those of the diagnostic it answers that were resolved since it started.
    /// </summary>
    public static async Task<RouteDetails?> DetailsAsync(EduCycleDbContext db, int id, RouteAccess access, CancellationToken ct = default)
    {
        var row = await Project(db, db.Routes.AsNoTracking().Where(r => r.Id == id)).FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var route = await db.Routes.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new { r.Note, r.CreatedBy, r.BasedOnResultId, r.ClosingResultId }).FirstAsync(ct);

        var items = await db.RouteItems.AsNoTracking().Where(i => i.RouteId == id).OrderBy(i => i.Order).ThenBy(i => i.Id)
            .Select(i => new RouteItemRow(i.Id, i.Order, i.Kind, i.Title, i.TopicId,
                db.DeficitTopics.Where(t => t.Id == i.TopicId).Select(t => t.Name).FirstOrDefault(), i.Group,
                i.ProgrammeId, i.EventId, i.PlannedFrom, i.PlannedTo, i.Status, i.DoneOn, i.Evidence,
                db.Enrolments.Where(e => e.RouteItemId == i.Id).Select(e => (int?)e.Id).FirstOrDefault()))
            .ToListAsync(ct);

        // A deficit is covered by an item drafted for its topic or by an item whose programme or event addresses it.
        var programmeIds = items.Where(i => i.ProgrammeId != null).Select(i => i.ProgrammeId!.Value).ToList();
        var eventIds = items.Where(i => i.EventId != null).Select(i => i.EventId!.Value).ToList();
        var addressed = (await db.ProgrammeTopics.Where(t => programmeIds.Contains(t.ProgrammeId)).Select(t => t.TopicId).ToListAsync(ct))
            .Concat(await db.EventTopics.Where(t => eventIds.Contains(t.EventId)).Select(t => t.TopicId).ToListAsync(ct))
            .Concat(items.Where(i => i.TopicId != null).Select(i => i.TopicId!.Value))
            .ToHashSet();
        var deficits = (await db.Deficits.AsNoTracking()
            .Where(d => d.PersonId == row.PersonId && (d.ResolvedOn == null
                || (route.BasedOnResultId != null && d.ResultId == route.BasedOnResultId && d.ResolvedOn >= row.PlannedFrom)))
            .OrderBy(d => d.Topic!.Group).ThenBy(d => d.Topic!.Name).ThenBy(d => d.Id)
            .Select(d => new { d.TopicId, d.Topic!.Name, d.Topic.Group, d.IdentifiedOn, d.ResolvedOn })
            .ToListAsync(ct))
            .DistinctBy(d => d.TopicId)
            .Select(d => new RouteDeficitRow(d.TopicId, d.Name, d.Group, d.IdentifiedOn, d.ResolvedOn, addressed.Contains(d.TopicId)))
            .ToList();

        var history = await db.RouteStatusChanges.AsNoTracking().Where(h => h.RouteId == id).OrderBy(h => h.At).ThenBy(h => h.Id)
            .Select(h => new RouteHistoryRow(h.From, h.To, h.At, h.By, h.Reason)).ToListAsync(ct);

        var resultIds = new[] { route.BasedOnResultId, route.ClosingResultId }.OfType<int>().ToList();
        var taken = await db.DiagnosticResults.AsNoTracking().Where(r => resultIds.Contains(r.Id))
            .Select(r => new { r.Id, r.TakenOn }).ToDictionaryAsync(r => r.Id, r => r.TakenOn, ct);
        var scores = await db.DiagnosticGroupScores.AsNoTracking().Where(s => resultIds.Contains(s.ResultId))
            .Select(s => new { s.ResultId, s.Group, s.Percent }).ToListAsync(ct);
        var comparison = route.ClosingResultId is null ? [] : scores.Select(s => s.Group).Distinct().Order()
            .Select(g => new GroupComparison(g,
                Percent(scores.FirstOrDefault(s => s.ResultId == route.BasedOnResultId && s.Group == g)?.Percent),
                Percent(scores.FirstOrDefault(s => s.ResultId == route.ClosingResultId && s.Group == g)?.Percent)))
            .ToList();

        return new RouteDetails(row, route.Note, route.CreatedBy,
            route.BasedOnResultId, route.BasedOnResultId is { } b && taken.TryGetValue(b, out var bt) ? bt : null,
            route.ClosingResultId, route.ClosingResultId is { } c && taken.TryGetValue(c, out var ctk) ? ctk : null,
            deficits, items, history, comparison,
            access.CanEdit ? RouteStateMachine.Next(row.Status) : [],
            CanEdit: access.CanEdit && row.Status == RouteStatus.Draft,
            CanMarkItems: row.Status == RouteStatus.InProgress && (access.CanEdit || access.IsTeacherOf(row.PersonId)));
    }

    /// <summary>The diagnostic attempts of a person taken after a date, newest first: candidates to close a route with.</summary>
    public static async Task<IReadOnlyList<ClosingCandidate>> ClosingCandidatesAsync(EduCycleDbContext db, int personId, DateOnly after, CancellationToken ct = default) =>
        await db.DiagnosticResults.AsNoTracking().Where(r => r.PersonId == personId && r.TakenOn > after)
            .OrderByDescending(r => r.TakenOn).ThenByDescending(r => r.Id)
            .Select(r => new ClosingCandidate(r.Id, r.TakenOn, r.Attempt, r.Campaign!.Name)).ToListAsync(ct);

    private static double? Percent(decimal? value) => value is { } v ? (double)v : null;
}
