using EduCycle.Web.Data;
using EduCycle.Web.Features.Instruments;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Programmes;

/// <summary>An expertise of a programme (an instrument campaign's assignment with the programme as its subject).</summary>
public sealed record ExpertiseRow(
    int AssignmentId, string CampaignName, string InstrumentCode, AssignmentStatus Status, double? Total, string? Band,
    DateTime? SubmittedAt, DateTime? ReviewedAt, DateTime? LockedAt)
{
    public bool Locked => LockedAt is not null;
}

public static class ProgrammeExpertise
{
    /// <summary>The programme's expertises the user may see (programme assignments are visible in the region's scope).</summary>
    public static Task<List<ExpertiseRow>> ForProgrammeAsync(EduCycleDbContext db, int programmeId, CancellationToken ct = default) =>
        db.Assignments.AsNoTracking().Where(a => a.ProgrammeId == programmeId)
            .OrderByDescending(a => a.Campaign.PeriodFrom).ThenBy(a => a.Id)
            .Select(a => new ExpertiseRow(a.Id, a.Campaign.Name, a.Campaign.InstrumentCode, a.Status, a.ResultTotal, a.ResultBand,
                a.SubmittedAt, a.ReviewedAt, a.LockedAt))
            .ToListAsync(ct);
}
