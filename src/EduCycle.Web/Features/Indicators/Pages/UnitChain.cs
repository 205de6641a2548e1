using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Indicators.Computation;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Indicators.Pages;

/// <summary>A unit and the units above it (its municipality, its region) on the census date of a school year.</summary>
public static class UnitChain
{
    public static async Task<IReadOnlyList<UnitRef>> OfAsync(IndicatorWork work, UnitRef unit, int year, CancellationToken ct = default)
    {
        var db = work.Db;
        var census = PeriodParameters.CensusDate(year);
        var chain = new List<UnitRef> { unit };
        int? municipalityId = unit.Level switch
        {
            UnitLevel.Organisation => await db.OrganisationPlacements.AsNoTracking()
                .Where(p => p.OrganisationId == unit.Id && p.ValidFrom <= census && (p.ValidTo == null || p.ValidTo > census))
                .Select(p => (int?)p.MunicipalityId).FirstOrDefaultAsync(ct),
            UnitLevel.Municipality => unit.Id,
            _ => null,
        };
        if (municipalityId is null) return chain;
        var municipality = await db.Municipalities.AsNoTracking().FirstAsync(m => m.Id == municipalityId, ct);
        if (unit.Level == UnitLevel.Organisation)
            chain.Add(new UnitRef(UnitLevel.Municipality, municipality.Id, municipality.Code, municipality.Name));
        var region = await db.Regions.AsNoTracking().FirstAsync(r => r.Id == municipality.RegionId, ct);
        chain.Add(new UnitRef(UnitLevel.Region, region.Id, region.Code, region.Name));
        return chain;
    }

    /// <summary>The unit a card opens with: the user's own organisation or municipality, else the region.</summary>
    public static async Task<UnitRef?> HomeAsync(IndicatorWork work, CancellationToken ct = default)
    {
        var db = work.Db;
        var scope = db.Scope;
        if (scope.Kind == ScopeKind.Organisation && await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == scope.OrganisationId, ct) is { } o)
            return new UnitRef(UnitLevel.Organisation, o.Id, o.ExternalCode, o.ShortName);
        if (scope.Kind == ScopeKind.Municipality && await db.Municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.Id == scope.MunicipalityId, ct) is { } m)
            return new UnitRef(UnitLevel.Municipality, m.Id, m.Code, m.Name);
        return await db.Regions.AsNoTracking().OrderBy(r => r.Id)
            .Select(r => new UnitRef(UnitLevel.Region, r.Id, r.Code, r.Name)).FirstOrDefaultAsync(ct);
    }
}
