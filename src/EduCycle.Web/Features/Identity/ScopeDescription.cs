using EduCycle.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Identity;

/// <summary>Says in Russian what part of the data a scope covers («Приозерский муниципальный район»).</summary>
public static class ScopeDescription
{
    public static async Task<string> DescribeAsync(EduCycleDbContext db, DataScope scope, CancellationToken ct = default) => scope.Kind switch
    {
        ScopeKind.Region => "весь регион",
        ScopeKind.Municipality => await db.Municipalities.Where(m => m.Id == scope.MunicipalityId).Select(m => m.Name).SingleOrDefaultAsync(ct) ?? "муниципалитет",
        ScopeKind.Organisation => await db.Organisations.Where(o => o.Id == scope.OrganisationId).Select(o => o.ShortName).SingleOrDefaultAsync(ct) ?? "организация",
        ScopeKind.Assigned => $"назначенные организации: {await db.Organisations.CountAsync(ct)}",
        ScopeKind.Self => "только собственные данные",
        _ => "",
    };
}
