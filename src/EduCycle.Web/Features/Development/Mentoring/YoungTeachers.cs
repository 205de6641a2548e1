using EduCycle.Engine.Registry;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Communities;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Features.Registry.Queries;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Mentoring;

/// <summary>A young teacher: under 35 (seed 001 ind. 13, 18) or a young specialist (under 3 years of experience).</summary>
public sealed record YoungTeacherRow(
    int PersonId, string Name, int OrganisationId, string Organisation, int MunicipalityId, string Municipality,
    int Age, int ExperienceYears, bool HasMentor, bool InYoungTeachersCommunity)
{
    public bool IsUnderAgeLimit => Age < PersonBands.YoungTeacherAgeLimit;

    public bool IsYoungSpecialist => ExperienceYears < 3;

    /// <summary>In some form of support: an active mentoring pair as mentee or a «Школа молодого педагога» membership.</summary>
    public bool IsSupported => HasMentor || InYoungTeachersCommunity;
}

public sealed record CoverageRow(int Id, string Name, int Young, int Supported)
{
    public double? Percent => Young == 0 ? null : 100.0 * Supported / Young;
}

public sealed record YoungTeachersReport(
    DateOnly AsOf,
    IReadOnlyList<YoungTeacherRow> Teachers,
    IReadOnlyList<CoverageRow> ByMunicipality,
    IReadOnlyList<CoverageRow> ByOrganisation,
    int Mentors,
    int MentorsInCommunity)
{
    public CoverageRow Total => new(0, "Итого", Teachers.Count, Teachers.Count(t => t.IsSupported));
}

/// <summary>
/// Coverage of young teachers by support forms on a date: pedagogical (not managerial) workers at their main workplace
/// who are under 35 or have under 3 years of experience, and whether each has an active mentor or is in a young
/// teachers' community; plus how many active mentors belong to a mentors' community.
/// </summary>
public static class YoungTeachers
{
    public static async Task<YoungTeachersReport> ReportAsync(EduCycleDbContext db, DateOnly asOf, int? municipalityId = null, CancellationToken ct = default)
    {
        var bornAfter = PersonBands.BirthDateRange(AgeBand.From25To34, asOf).BornAfter!.Value;
        var startedAfter = PersonBands.ExperienceStartRange(ExperienceBand.Under3, asOf).SinceAfter!.Value;

        var workers =
            from e in db.Employments.ValidAt(asOf)
            where e.IsMain && e.Position != Position.Head && e.Position != Position.DeputyHead
            join pl in db.OrganisationPlacements.ValidAt(asOf) on e.OrganisationId equals pl.OrganisationId
            join p in db.People on e.PersonId equals p.Id
            where p.BirthDate > bornAfter || p.ExperienceSince > startedAfter
            select new { p, e.OrganisationId, pl.MunicipalityId };
        if (municipalityId is { } m) workers = workers.Where(w => w.MunicipalityId == m);

        var rows = await workers
            .Select(w => new
            {
                w.p.Id,
                Name = w.p.LastName + " " + w.p.FirstName + (w.p.MiddleName == null ? "" : " " + w.p.MiddleName),
                w.p.BirthDate,
                w.p.ExperienceSince,
                w.OrganisationId,
                Organisation = db.Organisations.Where(o => o.Id == w.OrganisationId).Select(o => o.ShortName).FirstOrDefault(),
                w.MunicipalityId,
                Municipality = db.Municipalities.Where(x => x.Id == w.MunicipalityId).Select(x => x.Name).FirstOrDefault(),
                HasMentor = db.MentoringPairs.Any(x => x.MenteeId == w.p.Id && x.Status == MentoringStatus.Active && x.From <= asOf && x.To >= asOf),
                InCommunity = db.CommunityMemberships.ValidAt(asOf).Any(x => x.PersonId == w.p.Id
                    && db.Communities.Any(c => c.Id == x.CommunityId && c.Kind == CommunityKind.YoungTeachersSchool)),
            })
            .AsNoTracking()
            .ToListAsync(ct);

        var teachers = rows.DistinctBy(r => r.Id)
            .Select(r => new YoungTeacherRow(r.Id, r.Name, r.OrganisationId, r.Organisation ?? "", r.MunicipalityId, r.Municipality ?? "",
                PersonBands.FullYears(r.BirthDate, asOf), PersonBands.FullYears(r.ExperienceSince, asOf), r.HasMentor, r.InCommunity))
            .OrderBy(t => t.Municipality, StringComparer.Ordinal).ThenBy(t => t.Organisation, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

        var activeMentors = db.MentoringPairs.Where(x => x.Status == MentoringStatus.Active && x.From <= asOf && x.To >= asOf).Select(x => x.MentorId).Distinct();
        var mentors = await activeMentors.CountAsync(ct);
        var inCommunity = await activeMentors.CountAsync(id => db.CommunityMemberships.ValidAt(asOf).Any(x => x.PersonId == id
            && db.Communities.Any(c => c.Id == x.CommunityId && c.Kind == CommunityKind.MentorsCommunity)), ct);

        return new YoungTeachersReport(asOf, teachers,
            Coverage(teachers, t => t.MunicipalityId, t => t.Municipality),
            Coverage(teachers, t => t.OrganisationId, t => t.Organisation),
            mentors, inCommunity);
    }

    private static List<CoverageRow> Coverage(IEnumerable<YoungTeacherRow> teachers, Func<YoungTeacherRow, int> id, Func<YoungTeacherRow, string> name) =>
        teachers.GroupBy(id)
            .Select(g => new CoverageRow(g.Key, name(g.First()), g.Count(), g.Count(t => t.IsSupported)))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
}
