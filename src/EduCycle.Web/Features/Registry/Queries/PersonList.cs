using EduCycle.Engine.Registry;
using EduCycle.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Registry.Queries;

public enum PersonSort
{
    Name,
    BirthDate,
    Experience,
    Category,
}

/// <summary>
/// Filters of the staff list. A person is listed when employed on <see cref="AsOf"/>; the workplace
/// filters (municipality, organisation, position) must hold for one and the same employment.
/// Age and experience bands are taken on <see cref="AsOf"/>.
/// </summary>
public sealed record PersonFilter(DateOnly AsOf)
{
    public int? MunicipalityId { get; init; }
    public int? OrganisationId { get; init; }
    public Position? Position { get; init; }
    public int? SubjectId { get; init; }
    public QualificationCategory? Category { get; init; }
    public EducationLevel? EducationLevel { get; init; }
    public AgeBand? AgeBand { get; init; }
    public ExperienceBand? ExperienceBand { get; init; }
    public string? Search { get; init; }
    public PersonSort Sort { get; init; }
    public bool Descending { get; init; }
}

/// <summary>The workplace shown for a person: the main employment on the as-of date (or another one if none is main).</summary>
public sealed record Workplace
{
    public required int OrganisationId { get; init; }
    public required string OrganisationName { get; init; }
    public required Position Position { get; init; }
    public required bool IsMain { get; init; }
}

public sealed record PersonRow
{
    public required int Id { get; init; }
    public required string FullName { get; init; }
    public required DateOnly BirthDate { get; init; }
    public required int Age { get; init; }
    public required DateOnly ExperienceSince { get; init; }
    public required int ExperienceYears { get; init; }
    public required QualificationCategory Category { get; init; }
    public required EducationLevel EducationLevel { get; init; }
    public Workplace? Workplace { get; init; }
}

/// <summary>The staff list (pages, export, API): filters translate to SQL, one query per page.</summary>
public static class PersonList
{
    public static Task<int> CountAsync(EduCycleDbContext db, PersonFilter filter, CancellationToken ct = default) =>
        Matching(db, filter).CountAsync(ct);

    public static async Task<Paged<PersonRow>> PageAsync(EduCycleDbContext db, PersonFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        var total = await CountAsync(db, filter, ct);
        return await Rows(db, filter).PageAsync(total, page, pageSize, ct);
    }

    /// <summary>All matching rows, sorted; enumerate it to stream.</summary>
    public static IQueryable<PersonRow> Rows(EduCycleDbContext db, PersonFilter filter)
    {
        var asOf = filter.AsOf;
        var employed = db.Employments.ValidAt(asOf);
        return Sorted(Matching(db, filter), filter).Select(p => new PersonRow
        {
            Id = p.Id,
            FullName = p.MiddleName == null ? p.LastName + " " + p.FirstName : p.LastName + " " + p.FirstName + " " + p.MiddleName,
            BirthDate = p.BirthDate,
            Age = PersonBands.FullYears(p.BirthDate, asOf),
            ExperienceSince = p.ExperienceSince,
            ExperienceYears = PersonBands.FullYears(p.ExperienceSince, asOf),
            Category = p.Category,
            EducationLevel = p.EducationLevel,
            Workplace = employed.Where(e => e.PersonId == p.Id)
                .OrderByDescending(e => e.IsMain).ThenBy(e => e.ValidFrom).ThenBy(e => e.Id)
                .Select(e => new Workplace { OrganisationId = e.OrganisationId, OrganisationName = e.Organisation!.ShortName, Position = e.Position, IsMain = e.IsMain })
                .FirstOrDefault(),
        });
    }

    private static IQueryable<Person> Matching(EduCycleDbContext db, PersonFilter filter)
    {
        var asOf = filter.AsOf;
        var employments = db.Employments.ValidAt(asOf);
        if (filter.OrganisationId is { } organisation) employments = employments.Where(e => e.OrganisationId == organisation);
        if (filter.Position is { } position) employments = employments.Where(e => e.Position == position);
        if (filter.MunicipalityId is { } municipality)
        {
            var placed = db.OrganisationPlacements.ValidAt(asOf).Where(p => p.MunicipalityId == municipality);
            employments = employments.Where(e => placed.Any(p => p.OrganisationId == e.OrganisationId));
        }
        var people = db.People.Where(p => employments.Any(e => e.PersonId == p.Id));

        if (filter.SubjectId is { } subject) people = people.Where(p => p.Subjects.Any(s => s.SubjectId == subject));
        if (filter.Category is { } category) people = people.Where(p => p.Category == category);
        if (filter.EducationLevel is { } level) people = people.Where(p => p.EducationLevel == level);
        if (filter.AgeBand is { } age)
        {
            var (bornAfter, bornOnOrBefore) = PersonBands.BirthDateRange(age, asOf);
            if (bornAfter is { } after) people = people.Where(p => p.BirthDate > after);
            if (bornOnOrBefore is { } onOrBefore) people = people.Where(p => p.BirthDate <= onOrBefore);
        }
        if (filter.ExperienceBand is { } experience)
        {
            var (sinceAfter, sinceOnOrBefore) = PersonBands.ExperienceStartRange(experience, asOf);
            if (sinceAfter is { } after) people = people.Where(p => p.ExperienceSince > after);
            if (sinceOnOrBefore is { } onOrBefore) people = people.Where(p => p.ExperienceSince <= onOrBefore);
        }
        foreach (var term in NameSearch.Terms(filter.Search))
        {
            var (typed, lower, capitalised) = NameSearch.Spellings(term);
            people = people.Where(p =>
                p.LastName.StartsWith(typed) || p.LastName.StartsWith(capitalised) || p.LastName.StartsWith(lower)
                || p.FirstName.StartsWith(typed) || p.FirstName.StartsWith(capitalised) || p.FirstName.StartsWith(lower)
                || (p.MiddleName != null && (p.MiddleName.StartsWith(typed) || p.MiddleName.StartsWith(capitalised) || p.MiddleName.StartsWith(lower))));
        }
        return people;
    }

    /// <summary>More experience means an earlier start, so the experience order runs against the start date.</summary>
    private static IOrderedQueryable<Person> Sorted(IQueryable<Person> people, PersonFilter filter)
    {
        var primary = (filter.Sort, filter.Descending) switch
        {
            (PersonSort.BirthDate, false) => people.OrderBy(p => p.BirthDate),
            (PersonSort.BirthDate, true) => people.OrderByDescending(p => p.BirthDate),
            (PersonSort.Experience, false) => people.OrderByDescending(p => p.ExperienceSince),
            (PersonSort.Experience, true) => people.OrderBy(p => p.ExperienceSince),
            (PersonSort.Category, false) => people.OrderBy(p => p.Category),
            (PersonSort.Category, true) => people.OrderByDescending(p => p.Category),
            (_, false) => people.OrderBy(p => p.LastName),
            (_, true) => people.OrderByDescending(p => p.LastName),
        };
        return primary.ThenBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.MiddleName).ThenBy(p => p.Id);
    }
}
