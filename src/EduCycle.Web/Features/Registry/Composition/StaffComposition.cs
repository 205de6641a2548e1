using EduCycle.Engine.Registry;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Registry.Queries;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Registry.Composition;

/// <summary>
/// Staff composition («кадровый состав», seed 001 §1.1) of one municipality or of the whole scope as of a date:
/// workers counted once, at their main workplace valid on that date.
/// </summary>
public sealed record CompositionRow(
    int MunicipalityId,
    string Municipality,
    int Total,
    int HigherEducation,
    int HighestCategory,
    int FirstCategory,
    int AgeUnder25,
    int Age25To34,
    int Age35To59,
    int Age60Plus,
    int ExperienceUnder3,
    int Experience3To10,
    int Experience10To20,
    int ExperienceOver20)
{
    public static CompositionRow Sum(IReadOnlyCollection<CompositionRow> rows, string name) => new(
        0, name,
        rows.Sum(r => r.Total), rows.Sum(r => r.HigherEducation), rows.Sum(r => r.HighestCategory), rows.Sum(r => r.FirstCategory),
        rows.Sum(r => r.AgeUnder25), rows.Sum(r => r.Age25To34), rows.Sum(r => r.Age35To59), rows.Sum(r => r.Age60Plus),
        rows.Sum(r => r.ExperienceUnder3), rows.Sum(r => r.Experience3To10), rows.Sum(r => r.Experience10To20), rows.Sum(r => r.ExperienceOver20));

    /// <summary>Share of <paramref name="part"/> in <see cref="Total"/>, %; null when there is nobody to divide by.</summary>
    public double? Share(int part) => Total == 0 ? null : 100.0 * part / Total;
}

public sealed record VacancyRow(string Subject, int Count);

public static class StaffComposition
{
    /// <summary>One row per municipality, computed in one grouped query (shares are ratios of these sums).</summary>
    public static async Task<List<CompositionRow>> ByMunicipalityAsync(EduCycleDbContext db, DateOnly asOf, CancellationToken ct = default)
    {
        var (under25After, _) = PersonBands.BirthDateRange(AgeBand.Under25, asOf);
        var (under35After, _) = PersonBands.BirthDateRange(AgeBand.From25To34, asOf);
        var (under60After, _) = PersonBands.BirthDateRange(AgeBand.From35To59, asOf);
        var (under3After, _) = PersonBands.ExperienceStartRange(ExperienceBand.Under3, asOf);
        var (under10After, _) = PersonBands.ExperienceStartRange(ExperienceBand.From3To10, asOf);
        var (upTo20After, _) = PersonBands.ExperienceStartRange(ExperienceBand.From10To20, asOf);

        var workers =
            from e in db.Employments.ValidAt(asOf)
            where e.IsMain
            join pl in db.OrganisationPlacements.ValidAt(asOf) on e.OrganisationId equals pl.OrganisationId
            join p in db.People on e.PersonId equals p.Id
            select new { pl.MunicipalityId, p.EducationLevel, p.Category, p.BirthDate, p.ExperienceSince };

        var grouped = await workers
            .GroupBy(w => w.MunicipalityId)
            .Select(g => new
            {
                MunicipalityId = g.Key,
                Total = g.Count(),
                Higher = g.Count(w => w.EducationLevel == EducationLevel.Higher),
                Highest = g.Count(w => w.Category == QualificationCategory.Highest),
                First = g.Count(w => w.Category == QualificationCategory.First),
                Under25 = g.Count(w => w.BirthDate > under25After),
                Under35 = g.Count(w => w.BirthDate > under35After),
                Under60 = g.Count(w => w.BirthDate > under60After),
                Exp3 = g.Count(w => w.ExperienceSince > under3After),
                Exp10 = g.Count(w => w.ExperienceSince > under10After),
                Exp20 = g.Count(w => w.ExperienceSince > upTo20After),
            })
            .ToListAsync(ct);

        var ids = grouped.Select(g => g.MunicipalityId).ToList();
        var names = await db.Municipalities.Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        return grouped
            .Select(g => new CompositionRow(g.MunicipalityId, names[g.MunicipalityId], g.Total, g.Higher, g.Highest, g.First,
                g.Under25, g.Under35 - g.Under25, g.Under60 - g.Under35, g.Total - g.Under60,
                g.Exp3, g.Exp10 - g.Exp3, g.Exp20 - g.Exp10, g.Total - g.Exp20))
            .OrderBy(r => r.Municipality, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("ru-RU"), false))
            .ToList();
    }

    /// <summary>Staffing needs (vacancies) by subject for a school year, largest first.</summary>
    public static async Task<List<VacancyRow>> VacanciesAsync(EduCycleDbContext db, int schoolYear, CancellationToken ct = default)
    {
        var bySubject = await db.Vacancies.Where(v => v.SchoolYear == schoolYear)
            .GroupBy(v => v.SubjectId)
            .Select(g => new { SubjectId = g.Key, Count = g.Sum(v => v.Count) })
            .Join(db.Subjects, g => g.SubjectId, s => s.Id, (g, s) => new VacancyRow(s.Name, g.Count))
            .ToListAsync(ct);
        return bySubject.OrderByDescending(v => v.Count).ThenBy(v => v.Subject, StringComparer.Ordinal).ToList();
    }
}
