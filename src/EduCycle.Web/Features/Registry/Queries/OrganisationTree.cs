using EduCycle.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Registry.Queries;

public enum TreeLevel
{
    Region,
    District,
    Municipality,
}

/// <summary>A node of the hierarchy with the organisations placed under it and the people they employ on the date.</summary>
public sealed record TreeNode(TreeLevel Level, int Id, string Name, int Organisations, int Staff, IReadOnlyList<TreeNode> Children)
{
    public string Key => $"{Level}:{Id}";
}

/// <summary>
/// Region → educational district → municipality, as placed on a date. Organisation counts are summed up
/// the tree (an organisation has one place); staff is counted per level, so a person working in two
/// municipalities of a district counts once for the district. Outside the region scope only nodes with
/// visible organisations are shown.
/// </summary>
public static class OrganisationTree
{
    public static async Task<IReadOnlyList<TreeNode>> LoadAsync(EduCycleDbContext db, DateOnly asOf, IReadOnlyList<OrganisationKind> kinds, CancellationToken ct = default)
    {
        var organisations = db.Organisations.AsQueryable();
        if (kinds.Count > 0)
        {
            var kindList = kinds.ToList();
            organisations = organisations.Where(o => kindList.Contains(o.Kind));
        }
        var placed =
            from p in db.OrganisationPlacements.ValidAt(asOf)
            join o in organisations on p.OrganisationId equals o.Id
            join m in db.Municipalities on p.MunicipalityId equals m.Id
            select new { p.OrganisationId, MunicipalityId = m.Id, m.DistrictId, m.RegionId };
        var staff =
            from e in db.Employments.ValidAt(asOf)
            join x in placed on e.OrganisationId equals x.OrganisationId
            select new { e.PersonId, x.MunicipalityId, x.DistrictId, x.RegionId };

        var organisationsByMunicipality = await placed.GroupBy(x => x.MunicipalityId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var staffByMunicipality = await staff.GroupBy(x => x.MunicipalityId)
            .Select(g => new { g.Key, Count = g.Select(x => x.PersonId).Distinct().Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var staffByDistrict = await staff.Where(x => x.DistrictId != null).GroupBy(x => x.DistrictId!.Value)
            .Select(g => new { g.Key, Count = g.Select(x => x.PersonId).Distinct().Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var staffByRegion = await staff.GroupBy(x => x.RegionId)
            .Select(g => new { g.Key, Count = g.Select(x => x.PersonId).Distinct().Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => new { r.Id, r.Name }).ToListAsync(ct);
        var districts = await db.EducationalDistricts.AsNoTracking().OrderBy(d => d.Name).Select(d => new { d.Id, d.RegionId, d.Name }).ToListAsync(ct);
        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Name)
            .Select(m => new { m.Id, m.RegionId, m.DistrictId, m.Name }).ToListAsync(ct);

        var showEmpty = db.Scope.SeesAll;
        var municipalityNodes = municipalities
            .Select(m => (m.RegionId, m.DistrictId, Node: new TreeNode(TreeLevel.Municipality, m.Id, m.Name,
                organisationsByMunicipality.GetValueOrDefault(m.Id), staffByMunicipality.GetValueOrDefault(m.Id), [])))
            .Where(m => showEmpty || m.Node.Organisations > 0)
            .ToList();

        var tree = new List<TreeNode>();
        foreach (var region in regions)
        {
            var children = new List<TreeNode>();
            foreach (var district in districts.Where(d => d.RegionId == region.Id))
            {
                var members = municipalityNodes.Where(m => m.DistrictId == district.Id).Select(m => m.Node).ToList();
                if (members.Count == 0) continue;
                children.Add(new TreeNode(TreeLevel.District, district.Id, district.Name,
                    members.Sum(m => m.Organisations), staffByDistrict.GetValueOrDefault(district.Id), members));
            }
            children.AddRange(municipalityNodes.Where(m => m.RegionId == region.Id && m.DistrictId is null).Select(m => m.Node));
            if (children.Count == 0 && !showEmpty) continue;
            tree.Add(new TreeNode(TreeLevel.Region, region.Id, region.Name,
                children.Sum(c => c.Organisations), staffByRegion.GetValueOrDefault(region.Id), children));
        }
        return tree;
    }
}
