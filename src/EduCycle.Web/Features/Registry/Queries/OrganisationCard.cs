using EduCycle.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Registry.Queries;

public sealed record PlacementRow(int MunicipalityId, string MunicipalityName, DateOnly ValidFrom, DateOnly? ValidTo);

public sealed record YearStatusRow(int SchoolYear, InnovationLevel InnovationLevel, bool IsTutorSchool, bool IsBasicSchool);

public sealed record HeadRow(int PersonId, string FullName, DateOnly Since);

public sealed record PositionCount(Position Position, int Count);

public sealed record CategoryCount(QualificationCategory Category, int Count);

public sealed record VacancyRow(int SchoolYear, string Subject, int Count);

/// <summary>Everything about one organisation; counts are of people employed there on <see cref="AsOf"/>.</summary>
public sealed record OrganisationCard
{
    public required int Id { get; init; }
    public required string ExternalCode { get; init; }
    public required string ShortName { get; init; }
    public required string FullName { get; init; }
    public required OrganisationKind Kind { get; init; }
    public required bool IsRural { get; init; }
    public required int StudentCount { get; init; }
    public double? SocialWellbeingIndex { get; init; }
    public double? ShareSpecialNeeds { get; init; }
    public double? ShareNonNativeRussian { get; init; }
    public required DateOnly AsOf { get; init; }
    /// <summary>The municipality it belongs to on <see cref="AsOf"/> (none before it was opened).</summary>
    public PlacementRow? Placement { get; init; }
    public required IReadOnlyList<PlacementRow> Placements { get; init; }
    public required IReadOnlyList<YearStatusRow> YearStatuses { get; init; }
    public HeadRow? Head { get; init; }
    public required int StaffCount { get; init; }
    public required IReadOnlyList<PositionCount> StaffByPosition { get; init; }
    public required IReadOnlyList<CategoryCount> StaffByCategory { get; init; }
    public required IReadOnlyList<VacancyRow> Vacancies { get; init; }
}

public static class OrganisationCards
{
    /// <summary>The card, or null when the organisation does not exist or is outside the user's scope.</summary>
    public static async Task<OrganisationCard?> LoadAsync(EduCycleDbContext db, int id, DateOnly asOf, CancellationToken ct = default)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return null;

        var placements = await db.OrganisationPlacements.Where(p => p.OrganisationId == id).OrderBy(p => p.ValidFrom)
            .Select(p => new PlacementRow(p.MunicipalityId, p.Municipality!.Name, p.ValidFrom, p.ValidTo)).ToListAsync(ct);
        var statuses = await db.OrganisationYearStatuses.Where(s => s.OrganisationId == id).OrderByDescending(s => s.SchoolYear)
            .Select(s => new YearStatusRow(s.SchoolYear, s.InnovationLevel, s.IsTutorSchool, s.IsBasicSchool)).ToListAsync(ct);

        var employed = db.Employments.ValidAt(asOf).Where(e => e.OrganisationId == id);
        var head = await employed.Where(e => e.Position == Position.Head).OrderBy(e => e.ValidFrom)
            .Select(e => new { e.PersonId, e.Person!.LastName, e.Person.FirstName, e.Person.MiddleName, e.ValidFrom })
            .FirstOrDefaultAsync(ct);
        var staffCount = await employed.Select(e => e.PersonId).Distinct().CountAsync(ct);
        var byPosition = await employed.GroupBy(e => e.Position)
            .Select(g => new PositionCount(g.Key, g.Select(e => e.PersonId).Distinct().Count()))
            .ToListAsync(ct);
        var byCategory = await (from e in employed
                                join p in db.People on e.PersonId equals p.Id
                                group e.PersonId by p.Category into g
                                select new CategoryCount(g.Key, g.Distinct().Count()))
            .ToListAsync(ct);
        var vacancies = await db.Vacancies.Where(v => v.OrganisationId == id)
            .OrderByDescending(v => v.SchoolYear).ThenBy(v => v.Subject!.Name)
            .Select(v => new VacancyRow(v.SchoolYear, v.Subject!.Name, v.Count)).ToListAsync(ct);

        return new OrganisationCard
        {
            Id = organisation.Id,
            ExternalCode = organisation.ExternalCode,
            ShortName = organisation.ShortName,
            FullName = organisation.FullName,
            Kind = organisation.Kind,
            IsRural = organisation.IsRural,
            StudentCount = organisation.StudentCount,
            SocialWellbeingIndex = organisation.SocialWellbeingIndex,
            ShareSpecialNeeds = organisation.ShareSpecialNeeds,
            ShareNonNativeRussian = organisation.ShareNonNativeRussian,
            AsOf = asOf,
            Placement = placements.LastOrDefault(p => p.ValidFrom <= asOf && (p.ValidTo is null || p.ValidTo > asOf)),
            Placements = placements,
            YearStatuses = statuses,
            Head = head is null ? null : new HeadRow(head.PersonId, FullNameOf(head.LastName, head.FirstName, head.MiddleName), head.ValidFrom),
            StaffCount = staffCount,
            StaffByPosition = [.. byPosition.OrderBy(p => p.Position)],
            StaffByCategory = [.. byCategory.OrderByDescending(c => c.Category)],
            Vacancies = vacancies,
        };
    }

    internal static string FullNameOf(string lastName, string firstName, string? middleName) =>
        middleName is null ? $"{lastName} {firstName}" : $"{lastName} {firstName} {middleName}";
}
