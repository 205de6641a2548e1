using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Mentoring;
using EduCycle.Web.Features.Development.Routes;
using EduCycle.Web.Features.Registry.Queries;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Cabinet;

/// <summary>
/// Reads the teacher's cabinet. Each list is one query restricted to the person, and every query also runs under the
/// scope filters (a teacher's scope is themselves), so nothing of anyone else's can appear.
/// </summary>
public static class CabinetQueries
{
    public static async Task<TeacherCabinet?> LoadAsync(EduCycleDbContext db, int personId, CancellationToken ct = default)
    {
        var today = db.Scope.Today;
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new
            {
                Name = p.LastName + " " + p.FirstName + (p.MiddleName == null ? "" : " " + p.MiddleName),
                p.Category,
                Organisation = db.Employments.ValidAt(today).Where(e => e.PersonId == p.Id).OrderByDescending(e => e.IsMain).ThenBy(e => e.Id)
                    .Select(e => e.Organisation!.ShortName).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (person is null) return null;

        var attestation = await db.AttestationRecords.AsNoTracking().Where(a => a.PersonId == personId)
            .OrderByDescending(a => a.DecidedOn).ThenByDescending(a => a.Id)
            .Select(a => new AttestationRow(a.Category, a.DecidedOn, a.ValidTo, a.ValidTo <= today.AddYears(1)))
            .FirstOrDefaultAsync(ct);

        var results = await db.DiagnosticResults.AsNoTracking().Where(r => r.PersonId == personId)
            .OrderByDescending(r => r.TakenOn).ThenByDescending(r => r.Attempt)
            .Select(r => new
            {
                r.Id, Campaign = r.Campaign!.Name, r.Attempt, r.TakenOn, r.Outcome, r.RepeatRequired, r.ConfirmedForAttestation,
                Scores = r.Scores.OrderBy(s => s.Group).Select(s => new { s.Group, s.Percent }).ToList(),
            })
            .ToListAsync(ct);
        var diagnostics = results.Select(r => new DiagnosticRow(r.Id, r.Campaign, r.Attempt, r.TakenOn, r.Outcome, r.RepeatRequired, r.ConfirmedForAttestation,
            r.Scores.Select(s => new ScoreRow(s.Group, (double)s.Percent)).ToList())).ToList();

        var deficits = await db.Deficits.AsNoTracking().Where(d => d.PersonId == personId)
            .OrderBy(d => d.ResolvedOn != null).ThenBy(d => d.Topic!.Group).ThenBy(d => d.Topic!.Name)
            .Select(d => new DeficitRow(d.Topic!.Name, d.Topic.Group, d.Kind, d.IdentifiedOn, d.ResolvedOn))
            .ToListAsync(ct);

        // The route in work if there is one, otherwise the latest.
        var routeId = await db.Routes.AsNoTracking().Where(r => r.PersonId == personId)
            .OrderBy(r => r.Status == RouteStatus.Completed || r.Status == RouteStatus.Cancelled).ThenByDescending(r => r.CreatedAt)
            .Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
        var route = routeId is { } id ? await RouteQueries.DetailsAsync(db, id, new RouteAccess(false, personId), ct) : null;

        var enrolments = (await db.Enrolments.AsNoTracking().Where(e => e.PersonId == personId).OrderByDescending(e => e.StartDate)
            .Select(e => new
            {
                e.Id, Programme = db.Programmes.Where(p => p.Id == e.ProgrammeId).Select(p => new { p.Name, p.Hours }).First(),
                e.StartDate, e.EndDate, e.Status, e.EntryPercent, e.RepeatPercent, e.CertificateNumber,
            })
            .ToListAsync(ct))
            .Select(e => new EnrolmentRow(e.Id, e.Programme.Name, e.Programme.Hours, e.StartDate, e.EndDate, e.Status,
                (double?)e.EntryPercent, (double?)e.RepeatPercent, e.CertificateNumber))
            .ToList();

        var pairs = await db.MentoringPairs.AsNoTracking().Where(m => m.MenteeId == personId || m.MentorId == personId)
            .OrderByDescending(m => m.From)
            .Select(m => new { m.MentorId, m.MenteeId, m.Form, m.From, m.To, m.Status, m.Plan, Meetings = m.Meetings.Count })
            .ToListAsync(ct);
        var counterparts = await MentoringPairs.CounterpartNamesAsync(db, pairs.Select(m => (m.MentorId, m.MenteeId)), ct);
        var mentoring = pairs.Select(m => new MentoringRow(m.MentorId == personId,
                counterparts.GetValueOrDefault(m.MentorId == personId ? m.MenteeId : m.MentorId), m.Form, m.From, m.To, m.Status, m.Plan, m.Meetings))
            .ToList();

        var communities = await db.CommunityMemberships.AsNoTracking().Where(c => c.PersonId == personId)
            .Join(db.Communities, m => m.CommunityId, c => c.Id, (m, c) => new { m, c })
            .OrderBy(x => x.m.ValidTo != null).ThenBy(x => x.c.Name)
            .Select(x => new CommunityRow(x.c.Name, x.c.Kind, x.m.Role, x.m.ValidFrom, x.m.ValidTo))
            .ToListAsync(ct);

        var events = await db.EventParticipations.AsNoTracking().Where(p => p.PersonId == personId)
            .Join(db.MethodicalEvents, p => p.EventId, e => e.Id, (p, e) => new { p, e })
            .OrderByDescending(x => x.e.Date)
            .Select(x => new EventRow(x.e.Name, x.e.Form, x.e.Date, x.p.Role))
            .ToListAsync(ct);

        return new TeacherCabinet(person.Name, person.Organisation, person.Category, attestation, diagnostics, deficits, route?.Route, route?.Items ?? [],
            enrolments, mentoring, communities, events);
    }
}
