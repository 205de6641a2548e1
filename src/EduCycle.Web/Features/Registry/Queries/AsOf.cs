namespace EduCycle.Web.Features.Registry.Queries;

/// <summary>"As of date" («на дату»): the history rows valid at a date, [ValidFrom, ValidTo).</summary>
public static class AsOf
{
    public static IQueryable<OrganisationPlacement> ValidAt(this IQueryable<OrganisationPlacement> placements, DateOnly date) =>
        placements.Where(p => p.ValidFrom <= date && (p.ValidTo == null || p.ValidTo > date));

    public static IQueryable<Employment> ValidAt(this IQueryable<Employment> employments, DateOnly date) =>
        employments.Where(e => e.ValidFrom <= date && (e.ValidTo == null || e.ValidTo > date));
}
