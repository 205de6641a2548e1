using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Communities;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Features.Registry.Queries;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Mentoring;

public sealed record MentoringModelRow(int OrganisationId, string Organisation, string Municipality, bool Implements);

/// <summary>Organisations implementing the mentoring target model in a school year (seed 001 ind. 14).</summary>
public static class MentoringModelSchools
{
    public static async Task<List<MentoringModelRow>> ListAsync(EduCycleDbContext db, int schoolYear, int? municipalityId = null, CancellationToken ct = default)
    {
        var asOf = new Engine.Calendar.SchoolYear(schoolYear).Start;
        var today = db.Scope.Today;
        var date = today > asOf && today <= new Engine.Calendar.SchoolYear(schoolYear).End ? today : asOf;
        var placements = db.OrganisationPlacements.ValidAt(date);
        if (municipalityId is { } m) placements = placements.Where(p => p.MunicipalityId == m);
        var rows = await (
                from o in db.Organisations
                where o.Kind != OrganisationKind.FurtherTraining
                join pl in placements on o.Id equals pl.OrganisationId
                select new MentoringModelRow(o.Id, o.ShortName, pl.Municipality!.Name,
                    db.OrganisationYearStatuses.Any(s => s.OrganisationId == o.Id && s.SchoolYear == schoolYear && s.ImplementsMentoringModel)))
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Municipality, StringComparer.Ordinal).ThenBy(r => r.Organisation, StringComparer.Ordinal).ToList();
    }

    /// <summary>The head of the organisation or the municipal / regional operator marks whether it implements the model.</summary>
    public static bool MayMark(Writer writer) =>
        writer.IsHead || writer.RoleNames.Contains(Roles.MunicipalOperator) || writer.RoleNames.Contains(Roles.RegionalOperator);

    public static async Task<WriteResult> MarkAsync(EduCycleDbContext db, Writer writer, int organisationId, int schoolYear, bool implements, CancellationToken ct = default)
    {
        if (!MayMark(writer)) return WriteResult.Fail(Writer.NotAllowed);
        if (await writer.OrganisationRefusalAsync(db, organisationId, ct) is { } refused) return WriteResult.Fail(refused);
        var status = await db.OrganisationYearStatuses.FirstOrDefaultAsync(s => s.OrganisationId == organisationId && s.SchoolYear == schoolYear, ct);
        if (status is null)
        {
            status = new OrganisationYearStatus { OrganisationId = organisationId, SchoolYear = schoolYear };
            db.OrganisationYearStatuses.Add(status);
        }
        status.ImplementsMentoringModel = implements;
        await db.SaveChangesAsync(ct);
        return WriteResult.Saved(organisationId);
    }
}
