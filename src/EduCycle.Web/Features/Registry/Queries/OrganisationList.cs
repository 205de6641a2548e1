using EduCycle.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Registry.Queries;

public enum OrganisationSort
{
    Name,
    Municipality,
    Students,
}

/// <summary>Filters of the organisations list; an organisation is listed where it is placed on <see cref="AsOf"/>.</summary>
public sealed record OrganisationFilter(DateOnly AsOf)
{
    public int? MunicipalityId { get; init; }
    public int? DistrictId { get; init; }
    public IReadOnlyList<OrganisationKind> Kinds { get; init; } = [];
    public bool? IsRural { get; init; }
    public string? Search { get; init; }
    public OrganisationSort Sort { get; init; }
    public bool Descending { get; init; }
}

public sealed record OrganisationRow
{
    public required int Id { get; init; }
    public required string ExternalCode { get; init; }
    public required string ShortName { get; init; }
    public required string FullName { get; init; }
    public required OrganisationKind Kind { get; init; }
    public required bool IsRural { get; init; }
    public required int StudentCount { get; init; }
    public required int MunicipalityId { get; init; }
    public required string MunicipalityName { get; init; }
    /// <summary>People employed there on the as-of date.</summary>
    public required int StaffCount { get; init; }
}

/// <summary>The organisations list (pages, export, API): one SQL query per page, counts as correlated subqueries.</summary>
public static class OrganisationList
{
    public static Task<int> CountAsync(EduCycleDbContext db, OrganisationFilter filter, CancellationToken ct = default) =>
        Matching(db, filter).CountAsync(ct);

    public static async Task<Paged<OrganisationRow>> PageAsync(EduCycleDbContext db, OrganisationFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        var total = await CountAsync(db, filter, ct);
        return await Rows(db, filter).PageAsync(total, page, pageSize, ct);
    }

    /// <summary>All matching rows, sorted; enumerate it to stream.</summary>
    public static IQueryable<OrganisationRow> Rows(EduCycleDbContext db, OrganisationFilter filter)
    {
        var employed = db.Employments.ValidAt(filter.AsOf);
        return Sorted(Matching(db, filter), filter).Select(x => new OrganisationRow
        {
            Id = x.Organisation.Id,
            ExternalCode = x.Organisation.ExternalCode,
            ShortName = x.Organisation.ShortName,
            FullName = x.Organisation.FullName,
            Kind = x.Organisation.Kind,
            IsRural = x.Organisation.IsRural,
            StudentCount = x.Organisation.StudentCount,
            MunicipalityId = x.Municipality.Id,
            MunicipalityName = x.Municipality.Name,
            StaffCount = employed.Where(e => e.OrganisationId == x.Organisation.Id).Select(e => e.PersonId).Distinct().Count(),
        });
    }

    private sealed class Placed
    {
        public required Organisation Organisation { get; init; }
        public required Municipality Municipality { get; init; }
    }

    private static IQueryable<Placed> Matching(EduCycleDbContext db, OrganisationFilter filter)
    {
        var query =
            from o in db.Organisations
            join p in db.OrganisationPlacements.ValidAt(filter.AsOf) on o.Id equals p.OrganisationId
            join m in db.Municipalities on p.MunicipalityId equals m.Id
            select new Placed { Organisation = o, Municipality = m };
        if (filter.MunicipalityId is { } municipality) query = query.Where(x => x.Municipality.Id == municipality);
        if (filter.DistrictId is { } district) query = query.Where(x => x.Municipality.DistrictId == district);
        if (filter.Kinds.Count > 0)
        {
            var kinds = filter.Kinds.ToList();
            query = query.Where(x => kinds.Contains(x.Organisation.Kind));
        }
        if (filter.IsRural is { } rural) query = query.Where(x => x.Organisation.IsRural == rural);
        foreach (var term in NameSearch.Terms(filter.Search))
        {
            var (typed, lower, capitalised) = NameSearch.Spellings(term);
            query = query.Where(x => x.Organisation.ShortName.Contains(typed) || x.Organisation.FullName.Contains(typed)
                || x.Organisation.ShortName.Contains(lower) || x.Organisation.FullName.Contains(lower)
                || x.Organisation.ShortName.Contains(capitalised) || x.Organisation.FullName.Contains(capitalised)
                || x.Organisation.ExternalCode == typed);
        }
        return query;
    }

    private static IOrderedQueryable<Placed> Sorted(IQueryable<Placed> query, OrganisationFilter filter) => (filter.Sort, filter.Descending) switch
    {
        (OrganisationSort.Municipality, false) => query.OrderBy(x => x.Municipality.Name).ThenBy(x => x.Organisation.ShortName).ThenBy(x => x.Organisation.Id),
        (OrganisationSort.Municipality, true) => query.OrderByDescending(x => x.Municipality.Name).ThenBy(x => x.Organisation.ShortName).ThenBy(x => x.Organisation.Id),
        (OrganisationSort.Students, false) => query.OrderBy(x => x.Organisation.StudentCount).ThenBy(x => x.Organisation.Id),
        (OrganisationSort.Students, true) => query.OrderByDescending(x => x.Organisation.StudentCount).ThenBy(x => x.Organisation.Id),
        (_, false) => query.OrderBy(x => x.Organisation.ShortName).ThenBy(x => x.Organisation.Id),
        (_, true) => query.OrderByDescending(x => x.Organisation.ShortName).ThenBy(x => x.Organisation.Id),
    };
}
