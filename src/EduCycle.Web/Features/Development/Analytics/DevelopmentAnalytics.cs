using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Communities;
using EduCycle.Web.Features.Development.Mentoring;
using EduCycle.Web.Features.Development.Routes;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Features.Registry.Queries;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Analytics;

/// <summary>
/// The methodist's and the municipality's views of professional development (issue 4 §8). Every figure is grouped in SQL
/// over the scope-filtered sets, so a user only ever counts the teachers and schools their scope shows.
/// </summary>
public static class DevelopmentAnalytics
{
    public const string NoSubject = "Предмет не указан";

    private sealed class EntryRow
    {
        public int ResultId { get; init; }
        public int PersonId { get; init; }
        public int? SubjectId { get; init; }
        public int OrganisationId { get; init; }
        public int MunicipalityId { get; init; }
    }

    private sealed class PlacedOrganisation
    {
        public int Id { get; init; }
        public required string ShortName { get; init; }
        public int MunicipalityId { get; init; }
        public required string Municipality { get; init; }
    }

    /// <summary>Visible organisations with their current municipality, narrowed to the filter's municipality and school.</summary>
    private static IQueryable<PlacedOrganisation> Placed(EduCycleDbContext db, AnalyticsFilter filter) =>
        from o in db.Organisations
        join pl in db.OrganisationPlacements.ValidAt(db.Scope.Today) on o.Id equals pl.OrganisationId
        where filter.MunicipalityId == null || pl.MunicipalityId == filter.MunicipalityId
        where filter.OrganisationId == null || o.Id == filter.OrganisationId
        select new PlacedOrganisation { Id = o.Id, ShortName = o.ShortName, MunicipalityId = pl.MunicipalityId, Municipality = pl.Municipality!.Name };

    /// <summary>Entry attempts of the year's campaigns, taken in visible schools, placed by the school's current municipality.</summary>
    private static IQueryable<EntryRow> EntryResults(EduCycleDbContext db, AnalyticsFilter filter)
    {
        var (yearStart, yearEnd) = (filter.Year.Start, filter.Year.End);
        return from r in db.DiagnosticResults
               where r.Attempt == 1 && r.Campaign!.StartDate >= yearStart && r.Campaign.StartDate <= yearEnd
               join o in Placed(db, filter) on r.OrganisationId equals o.Id
               select new EntryRow { ResultId = r.Id, PersonId = r.PersonId, SubjectId = r.SubjectId, OrganisationId = r.OrganisationId, MunicipalityId = o.MunicipalityId };
    }

    /// <summary>Per diagnostic attempt, which competency groups its named deficits fall in (one row per attempt, flags 0/1).</summary>
    private sealed class DeficitFlags
    {
        public int ResultId { get; init; }
        public int Subject { get; init; }
        public int Methodical { get; init; }
        public int Psycho { get; init; }
        public int Communicative { get; init; }
        public int Universal { get; init; }
    }

    private static IQueryable<DeficitFlags> FlagsByResult(EduCycleDbContext db) =>
        from d in db.Deficits
        where d.ResultId != null
        join t in db.DeficitTopics on d.TopicId equals t.Id
        group t.Group by d.ResultId!.Value into g
        select new DeficitFlags
        {
            ResultId = g.Key,
            Subject = g.Max(x => x == CompetencyGroup.Subject ? 1 : 0),
            Methodical = g.Max(x => x == CompetencyGroup.Methodical ? 1 : 0),
            Psycho = g.Max(x => x == CompetencyGroup.PsychoPedagogical ? 1 : 0),
            Communicative = g.Max(x => x == CompetencyGroup.Communicative ? 1 : 0),
            Universal = g.Max(x => x == CompetencyGroup.Universal ? 1 : 0),
        };

    public static async Task<List<HeatCell>> HeatMapAsync(EduCycleDbContext db, AnalyticsFilter filter, CancellationToken ct = default)
    {
        var cells = await (
                from r in EntryResults(db, filter)
                join s in db.DiagnosticGroupScores on r.ResultId equals s.ResultId
                join f in FlagsByResult(db) on r.ResultId equals f.ResultId into flags
                from f in flags.DefaultIfEmpty()
                select new
                {
                    r.PersonId, r.SubjectId, s.Group, Percent = (double)s.Percent,
                    Deficit = s.Group == CompetencyGroup.Subject ? (int?)f.Subject : s.Group == CompetencyGroup.Methodical ? (int?)f.Methodical
                        : s.Group == CompetencyGroup.PsychoPedagogical ? (int?)f.Psycho : s.Group == CompetencyGroup.Communicative ? (int?)f.Communicative : (int?)f.Universal,
                })
            .GroupBy(x => new { x.SubjectId, x.Group })
            .Select(g => new
            {
                g.Key.SubjectId, g.Key.Group,
                Diagnosed = g.Select(x => x.PersonId).Distinct().Count(),
                WithDeficit = g.Where(x => x.Deficit == 1).Select(x => x.PersonId).Distinct().Count(),
                Mean = g.Average(x => x.Percent),
            })
            .ToListAsync(ct);
        var subjects = await db.Subjects.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return cells
            .Select(c => new HeatCell(c.SubjectId, c.SubjectId is { } id ? subjects[id] : NoSubject, c.Group, c.Diagnosed, c.WithDeficit, Math.Round(c.Mean, 1)))
            .OrderBy(c => c.Subject, StringComparer.Ordinal).ThenBy(c => c.Group).ToList();
    }

    public static Task<List<AreaDeficits>> ByMunicipalityAsync(EduCycleDbContext db, AnalyticsFilter filter, CancellationToken ct = default) =>
        ByAreaAsync(db, filter, byOrganisation: false, ct);

    public static Task<List<AreaDeficits>> BySchoolAsync(EduCycleDbContext db, AnalyticsFilter filter, CancellationToken ct = default) =>
        ByAreaAsync(db, filter, byOrganisation: true, ct);

    private static async Task<List<AreaDeficits>> ByAreaAsync(EduCycleDbContext db, AnalyticsFilter filter, bool byOrganisation, CancellationToken ct)
    {
        var rows =
            from r in EntryResults(db, filter)
            join f in FlagsByResult(db) on r.ResultId equals f.ResultId into flags
            from f in flags.DefaultIfEmpty()
            select new
            {
                Key = byOrganisation ? r.OrganisationId : r.MunicipalityId,
                r.PersonId,
                Any = (int?)f.ResultId,
                Subject = (int?)f.Subject,
                Methodical = (int?)f.Methodical,
                Psycho = (int?)f.Psycho,
                Communicative = (int?)f.Communicative,
                Universal = (int?)f.Universal,
            };
        var grouped = await rows.GroupBy(x => x.Key).Select(g => new
        {
            g.Key,
            Diagnosed = g.Select(x => x.PersonId).Distinct().Count(),
            Any = g.Where(x => x.Any != null).Select(x => x.PersonId).Distinct().Count(),
            Subject = g.Where(x => x.Subject == 1).Select(x => x.PersonId).Distinct().Count(),
            Methodical = g.Where(x => x.Methodical == 1).Select(x => x.PersonId).Distinct().Count(),
            Psycho = g.Where(x => x.Psycho == 1).Select(x => x.PersonId).Distinct().Count(),
            Communicative = g.Where(x => x.Communicative == 1).Select(x => x.PersonId).Distinct().Count(),
            Universal = g.Where(x => x.Universal == 1).Select(x => x.PersonId).Distinct().Count(),
        }).ToListAsync(ct);
        var names = await NamesAsync(db, grouped.Select(g => g.Key).ToList(), byOrganisation, ct);
        return grouped
            .Select(g => new AreaDeficits(g.Key, names[g.Key], g.Diagnosed, g.Any, new Dictionary<CompetencyGroup, int>
            {
                [CompetencyGroup.Subject] = g.Subject, [CompetencyGroup.Methodical] = g.Methodical,
                [CompetencyGroup.PsychoPedagogical] = g.Psycho, [CompetencyGroup.Communicative] = g.Communicative,
                [CompetencyGroup.Universal] = g.Universal,
            }))
            .OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
    }

    private sealed class Workplace
    {
        public int PersonId { get; init; }
        public required string FullName { get; init; }
        public int OrganisationId { get; init; }
        public required string Organisation { get; init; }
        public int MunicipalityId { get; init; }
        public required string Municipality { get; init; }
    }

    /// <summary>Visible teachers' main workplaces on the date, with the school's current municipality.</summary>
    private static IQueryable<Workplace> Workplaces(EduCycleDbContext db, AnalyticsFilter filter, DateOnly asOf) =>
        from e in db.Employments.ValidAt(asOf)
        where e.IsMain
        join p in db.People on e.PersonId equals p.Id
        join o in Placed(db, filter) on e.OrganisationId equals o.Id
        select new Workplace
        {
            PersonId = p.Id, FullName = p.LastName + " " + p.FirstName + (p.MiddleName == null ? "" : " " + p.MiddleName),
            OrganisationId = o.Id, Organisation = o.ShortName, MunicipalityId = o.MunicipalityId, Municipality = o.Municipality,
        };

    /// <summary>
    /// Teachers with deficits identified in the year and not yet removed, who have no route other than a cancelled one
    /// planned to run into the year.
    /// </summary>
    public static IQueryable<TeacherWithoutRoute> WithoutRoute(EduCycleDbContext db, AnalyticsFilter filter)
    {
        var (yearStart, yearEnd) = (filter.Year.Start, filter.Year.End);
        return from w in Workplaces(db, filter, filter.AsOf(db.Scope.Today))
               join d in db.Deficits on w.PersonId equals d.PersonId
               where d.IdentifiedOn >= yearStart && d.IdentifiedOn <= yearEnd && d.ResolvedOn == null
               where !db.Routes.Any(r => r.PersonId == w.PersonId && r.Status != RouteStatus.Cancelled && r.PlannedTo >= yearStart)
               group d by new { w.PersonId, w.FullName, w.Organisation, w.Municipality } into g
               orderby g.Key.Municipality, g.Key.Organisation, g.Key.FullName
               select new TeacherWithoutRoute(g.Key.PersonId, g.Key.FullName, g.Key.Organisation, g.Key.Municipality, g.Count(), g.Min(d => d.IdentifiedOn));
    }

    /// <summary>Approved or running routes whose planned end has passed (as of today, whatever the year).</summary>
    public static IQueryable<OverdueRoute> Overdue(EduCycleDbContext db, AnalyticsFilter filter)
    {
        var today = db.Scope.Today;
        return from r in db.Routes
               where (r.Status == RouteStatus.Approved || r.Status == RouteStatus.InProgress) && r.PlannedTo < today
               join p in db.People on r.PersonId equals p.Id
               join o in Placed(db, filter) on r.OrganisationId equals o.Id
               orderby r.PlannedTo, p.LastName, p.FirstName
               select new OverdueRoute(r.Id, p.Id, p.LastName + " " + p.FirstName + (p.MiddleName == null ? "" : " " + p.MiddleName),
                   o.ShortName, o.Municipality, r.Status, r.PlannedTo, today.DayNumber - r.PlannedTo.DayNumber,
                   r.Items.Count, r.Items.Count(i => i.Status == RouteItemStatus.Done));
    }

    /// <summary>
    /// Young teachers (under 35 on the year's reference date, position «учитель») by municipality or school, and whether a
    /// mentoring pair as mentee or a membership in a «Школа молодого педагога» overlaps the year.
    /// </summary>
    public static async Task<List<YoungCoverage>> YoungCoverageAsync(EduCycleDbContext db, AnalyticsFilter filter, bool bySchool, CancellationToken ct = default)
    {
        var (yearStart, yearEnd) = (filter.Year.Start, filter.Year.End);
        var asOf = filter.AsOf(db.Scope.Today);
        var bornAfter = asOf.AddYears(-35);
        var young =
            from w in Workplaces(db, filter, asOf)
            join e in db.Employments.ValidAt(asOf) on w.PersonId equals e.PersonId
            where e.IsMain && e.OrganisationId == w.OrganisationId && e.Position == Position.Teacher
            join p in db.People on w.PersonId equals p.Id
            where p.BirthDate > bornAfter
            select new
            {
                Key = bySchool ? w.OrganisationId : w.MunicipalityId,
                w.PersonId,
                Mentor = db.MentoringPairs.Any(m => m.MenteeId == w.PersonId && m.From <= yearEnd && m.To >= yearStart),
                School = db.CommunityMemberships.Any(m => m.PersonId == w.PersonId && m.ValidFrom <= yearEnd && (m.ValidTo == null || m.ValidTo >= yearStart)
                    && db.Communities.Any(c => c.Id == m.CommunityId && c.Kind == CommunityKind.YoungTeachersSchool)),
            };
        var grouped = await young.GroupBy(x => x.Key).Select(g => new
        {
            g.Key,
            Young = g.Select(x => x.PersonId).Distinct().Count(),
            Mentor = g.Where(x => x.Mentor).Select(x => x.PersonId).Distinct().Count(),
            School = g.Where(x => x.School).Select(x => x.PersonId).Distinct().Count(),
            Covered = g.Where(x => x.Mentor || x.School).Select(x => x.PersonId).Distinct().Count(),
        }).ToListAsync(ct);
        var names = await NamesAsync(db, grouped.Select(g => g.Key).ToList(), bySchool, ct);
        return grouped.Select(g => new YoungCoverage(g.Key, names[g.Key], g.Young, g.Mentor, g.School, g.Covered))
            .OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
    }

    private static Task<Dictionary<int, string>> NamesAsync(EduCycleDbContext db, List<int> ids, bool organisations, CancellationToken ct) =>
        organisations
            ? db.Organisations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, ct)
            : db.Municipalities.Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, ct);
}
