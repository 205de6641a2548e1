namespace EduCycle.Web.Features.Development.Communities;

/// <summary>Memberships in force on a date, [ValidFrom, ValidTo), as the registry's AsOf reads its history rows.</summary>
public static class MembershipsAsOf
{
    public static IQueryable<CommunityMembership> ValidAt(this IQueryable<CommunityMembership> memberships, DateOnly date) =>
        memberships.Where(m => m.ValidFrom <= date && (m.ValidTo == null || m.ValidTo > date));
}
