using EduCycle.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Registry.Queries;

public sealed record MunicipalityRow(int Id, string Code, string Name, MunicipalityKind Kind, int? DistrictId, string? DistrictName);

public sealed record SubjectRow(int Id, string Code, string Name);

/// <summary>Reference lists for filters: municipalities the user sees (all for the region scope), subjects.</summary>
public static class ReferenceLists
{
    public static async Task<IReadOnlyList<MunicipalityRow>> MunicipalitiesAsync(EduCycleDbContext db, DateOnly asOf, CancellationToken ct = default)
    {
        var municipalities = db.Municipalities.AsQueryable();
        if (!db.Scope.SeesAll)
        {
            var visible = db.OrganisationPlacements.ValidAt(asOf).Where(p => db.Organisations.Any(o => o.Id == p.OrganisationId));
            municipalities = municipalities.Where(m => visible.Any(p => p.MunicipalityId == m.Id));
        }
        return await municipalities.OrderBy(m => m.Name)
            .Select(m => new MunicipalityRow(m.Id, m.Code, m.Name, m.Kind, m.DistrictId, m.District!.Name))
            .ToListAsync(ct);
    }

    public static async Task<IReadOnlyList<SubjectRow>> SubjectsAsync(EduCycleDbContext db, CancellationToken ct = default) =>
        await db.Subjects.OrderBy(s => s.Name).Select(s => new SubjectRow(s.Id, s.Code, s.Name)).ToListAsync(ct);
}
