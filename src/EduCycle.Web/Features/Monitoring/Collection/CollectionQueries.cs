using EduCycle.Web.Data;
using EduCycle.Web.Features.Registry;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Monitoring.Collection;

public sealed record RequestRow(
    int Id, string Form, int SchoolYear, DateOnly Deadline, string? Municipality, DateTime CreatedAt, string CreatedBy,
    int Total, int NotStarted, int Drafts, int Submitted, int Approved, int Returned);

public sealed record GridRow(
    int SubmissionId, string Organisation, string? Municipality, SubmissionStatus Status, bool Started,
    DateTime? SubmittedAt, DateTime? ApprovedAt, string? ReturnReason, IReadOnlyDictionary<string, decimal?> Values);

public sealed record ReminderRow(
    int SubmissionId, string Organisation, string? Municipality, SubmissionStatus Status, bool Started, DateOnly Deadline,
    int DaysLeft, string? Head, string? ReturnReason);

/// <summary>Reading requests and submissions under the caller's scope: an operator sees only the organisations it may see.</summary>
public static class CollectionQueries
{
    public static Task<List<RequestRow>> RequestsAsync(EduCycleDbContext db, int? schoolYear, CancellationToken ct = default) =>
        db.CollectionRequests.AsNoTracking()
            .Where(r => schoolYear == null || r.SchoolYear == schoolYear)
            .OrderByDescending(r => r.SchoolYear).ThenByDescending(r => r.Deadline).ThenByDescending(r => r.Id)
            .Select(r => new RequestRow(
                r.Id, r.Form!.Name, r.SchoolYear, r.Deadline, r.Municipality == null ? null : r.Municipality.Name, r.CreatedAt, r.CreatedBy,
                db.CollectionSubmissions.Count(s => s.RequestId == r.Id),
                db.CollectionSubmissions.Count(s => s.RequestId == r.Id && s.Status == SubmissionStatus.Draft && !s.Values.Any()),
                db.CollectionSubmissions.Count(s => s.RequestId == r.Id && s.Status == SubmissionStatus.Draft && s.Values.Any()),
                db.CollectionSubmissions.Count(s => s.RequestId == r.Id && s.Status == SubmissionStatus.Submitted),
                db.CollectionSubmissions.Count(s => s.RequestId == r.Id && s.Status == SubmissionStatus.Approved),
                db.CollectionSubmissions.Count(s => s.RequestId == r.Id && s.Status == SubmissionStatus.Returned)))
            .ToListAsync(ct);

    public static Task<RequestRow?> RequestAsync(EduCycleDbContext db, int requestId, CancellationToken ct = default) =>
        db.CollectionRequests.AsNoTracking().Where(r => r.Id == requestId)
            .Select(r => new RequestRow(
                r.Id, r.Form!.Name, r.SchoolYear, r.Deadline, r.Municipality == null ? null : r.Municipality.Name, r.CreatedAt, r.CreatedBy,
                db.CollectionSubmissions.Count(s => s.RequestId == r.Id),
                db.CollectionSubmissions.Count(s => s.RequestId == r.Id && s.Status == SubmissionStatus.Draft && !s.Values.Any()),
                db.CollectionSubmissions.Count(s => s.RequestId == r.Id && s.Status == SubmissionStatus.Draft && s.Values.Any()),
                db.CollectionSubmissions.Count(s => s.RequestId == r.Id && s.Status == SubmissionStatus.Submitted),
                db.CollectionSubmissions.Count(s => s.RequestId == r.Id && s.Status == SubmissionStatus.Approved),
                db.CollectionSubmissions.Count(s => s.RequestId == r.Id && s.Status == SubmissionStatus.Returned)))
            .FirstOrDefaultAsync(ct);

    /// <summary>The request's grid: organisation × status × values (two queries: the submissions, then all their values).</summary>
    public static async Task<List<GridRow>> GridAsync(EduCycleDbContext db, int requestId, CancellationToken ct = default)
    {
        var today = db.Scope.Today;
        var rows = await db.CollectionSubmissions.AsNoTracking().Where(s => s.RequestId == requestId)
            .OrderBy(s => s.Organisation!.ShortName)
            .Select(s => new
            {
                s.Id,
                s.Organisation!.ShortName,
                Municipality = db.OrganisationPlacements
                    .Where(p => p.OrganisationId == s.OrganisationId && p.ValidFrom <= today && (p.ValidTo == null || p.ValidTo > today))
                    .Select(p => p.Municipality!.Name).FirstOrDefault(),
                s.Status,
                Started = s.Values.Any(),
                s.SubmittedAt,
                s.ApprovedAt,
                s.ReturnReason,
            }).ToListAsync(ct);
        var values = (await db.CollectedValues.AsNoTracking()
                .Where(v => db.CollectionSubmissions.Any(s => s.Id == v.SubmissionId && s.RequestId == requestId))
                .Select(v => new { v.SubmissionId, v.ElementCode, v.Value }).ToListAsync(ct))
            .ToLookup(v => v.SubmissionId);
        return rows.Select(r => new GridRow(r.Id, r.ShortName, r.Municipality, r.Status, r.Started, r.SubmittedAt, r.ApprovedAt, r.ReturnReason,
            values[r.Id].ToDictionary(v => v.ElementCode, v => v.Value, StringComparer.Ordinal))).ToList();
    }

    /// <summary>«Не сдали»: submissions not yet sent (not started, drafts, returned), with days to (positive) or after (negative) the deadline.</summary>
    public static async Task<List<ReminderRow>> RemindersAsync(EduCycleDbContext db, int requestId, CancellationToken ct = default)
    {
        var today = db.Scope.Today;
        var rows = await db.CollectionSubmissions.AsNoTracking()
            .Where(s => s.RequestId == requestId && (s.Status == SubmissionStatus.Draft || s.Status == SubmissionStatus.Returned))
            .OrderBy(s => s.Organisation!.ShortName)
            .Select(s => new
            {
                s.Id,
                s.Organisation!.ShortName,
                Municipality = db.OrganisationPlacements
                    .Where(p => p.OrganisationId == s.OrganisationId && p.ValidFrom <= today && (p.ValidTo == null || p.ValidTo > today))
                    .Select(p => p.Municipality!.Name).FirstOrDefault(),
                s.Status,
                Started = s.Values.Any(),
                s.Request!.Deadline,
                Head = db.Employments
                    .Where(e => e.OrganisationId == s.OrganisationId && e.Position == Position.Head
                                && e.ValidFrom <= today && (e.ValidTo == null || e.ValidTo > today))
                    .OrderBy(e => e.Id)
                    .Select(e => e.Person!.LastName + " " + e.Person.FirstName + (e.Person.MiddleName == null ? "" : " " + e.Person.MiddleName))
                    .FirstOrDefault(),
                s.ReturnReason,
            }).ToListAsync(ct);
        return rows.Select(r => new ReminderRow(r.Id, r.ShortName, r.Municipality, r.Status, r.Started, r.Deadline,
            r.Deadline.DayNumber - today.DayNumber, r.Head, r.ReturnReason)).ToList();
    }
}
