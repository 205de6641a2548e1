using EduCycle.Web.Data;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Features.Registry.Queries;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Communities;

/// <summary>A worker whose category expires within the window (or has expired): the next attestation is due on <see cref="ValidTo"/>.</summary>
public sealed record DueRow(int PersonId, string Name, string Organisation, string Municipality, QualificationCategory Category, DateOnly? DecidedOn, DateOnly ValidTo, int DaysLeft)
{
    public bool IsOverdue => DaysLeft < 0;
}

public sealed record AttestationRow(int Id, int PersonId, string Name, QualificationCategory Category, DateOnly DecidedOn, DateOnly ValidTo, string? OrderNumber);

/// <summary>
/// Attestation for a qualification category: the history of decisions and the list of workers whose category
/// (valid five years from the decision) expires within N months or has expired.
/// </summary>
public static class AttestationRegister
{
    public const int CategoryYears = 5;
    public const int DefaultMonths = 6;

    /// <summary>
    /// Workers at their main workplace today with a category expiring on or before today + <paramref name="months"/>
    /// (the window end included), overdue ones first. The expiry is the latest decision's ValidTo, or for workers
    /// without a recorded decision their category date + 5 years.
    /// </summary>
    public static async Task<List<DueRow>> DueAsync(EduCycleDbContext db, int months = DefaultMonths, int? municipalityId = null, CancellationToken ct = default)
    {
        var today = db.Scope.Today;
        var windowEnd = today.AddMonths(months);
        var categoryDateBound = windowEnd.AddDays(1).AddYears(-CategoryYears);
        var workers =
            from e in db.Employments.ValidAt(today)
            where e.IsMain
            join pl in db.OrganisationPlacements.ValidAt(today) on e.OrganisationId equals pl.OrganisationId
            join p in db.People on e.PersonId equals p.Id
            where p.Category != QualificationCategory.None
            select new { p, e.OrganisationId, pl.MunicipalityId };
        if (municipalityId is { } m) workers = workers.Where(w => w.MunicipalityId == m);

        var candidates = await workers
            .Select(w => new
            {
                w.p.Id,
                Name = w.p.LastName + " " + w.p.FirstName + (w.p.MiddleName == null ? "" : " " + w.p.MiddleName),
                w.p.Category,
                w.p.CategoryDate,
                Organisation = db.Organisations.Where(o => o.Id == w.OrganisationId).Select(o => o.ShortName).FirstOrDefault(),
                Municipality = db.Municipalities.Where(x => x.Id == w.MunicipalityId).Select(x => x.Name).FirstOrDefault(),
                LatestDecidedOn = db.AttestationRecords.Where(a => a.PersonId == w.p.Id).Max(a => (DateOnly?)a.DecidedOn),
                LatestValidTo = db.AttestationRecords.Where(a => a.PersonId == w.p.Id).OrderByDescending(a => a.DecidedOn)
                    .Select(a => (DateOnly?)a.ValidTo).FirstOrDefault(),
            })
            .Where(x => (x.LatestValidTo != null && x.LatestValidTo <= windowEnd)
                || (x.LatestValidTo == null && x.CategoryDate != null && x.CategoryDate < categoryDateBound))
            .AsNoTracking()
            .ToListAsync(ct);

        return candidates.DistinctBy(c => c.Id)
            .Select(c =>
            {
                var validTo = c.LatestValidTo ?? c.CategoryDate!.Value.AddYears(CategoryYears);
                return new DueRow(c.Id, c.Name, c.Organisation ?? "", c.Municipality ?? "", c.Category, c.LatestDecidedOn ?? c.CategoryDate,
                    validTo, validTo.DayNumber - today.DayNumber);
            })
            .Where(r => r.ValidTo <= windowEnd)
            .OrderBy(r => r.ValidTo).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
    }

    public static async Task<List<AttestationRow>> HistoryAsync(EduCycleDbContext db, int? year = null, string? search = null, CancellationToken ct = default)
    {
        var records = db.AttestationRecords.AsNoTracking();
        if (year is { } y) records = records.Where(a => a.DecidedOn >= new DateOnly(y, 1, 1) && a.DecidedOn <= new DateOnly(y, 12, 31));
        var people = db.People.AsQueryable();
        foreach (var term in NameSearch.Terms(search))
        {
            var (typed, lower, capitalised) = NameSearch.Spellings(term);
            people = people.Where(p => p.LastName.Contains(typed) || p.LastName.Contains(lower) || p.LastName.Contains(capitalised));
        }
        return (await records
            .Join(people, a => a.PersonId, p => p.Id, (a, p) => new AttestationRow(a.Id, a.PersonId,
                p.LastName + " " + p.FirstName + (p.MiddleName == null ? "" : " " + p.MiddleName), a.Category, a.DecidedOn, a.ValidTo, a.OrderNumber))
            .ToListAsync(ct))
            .OrderByDescending(a => a.DecidedOn).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Records a decision; when it is the person's latest, it becomes their current category.</summary>
    public static async Task<WriteResult> AddAsync(EduCycleDbContext db, Writer writer, int personId, QualificationCategory category, DateOnly decidedOn, string? orderNumber, CancellationToken ct = default)
    {
        if (await writer.PersonRefusalAsync(db, personId, ct) is { } refused) return WriteResult.Fail(refused);
        if (category == QualificationCategory.None) return WriteResult.Fail("Укажите установленную категорию: первая или высшая.");
        if (decidedOn > db.Scope.Today) return WriteResult.Fail("Дата решения не может быть позже сегодняшней.");
        var order = string.IsNullOrWhiteSpace(orderNumber) ? null : orderNumber.Trim();
        if (order is { Length: > 64 }) return WriteResult.Fail("Номер распоряжения длиннее 64 символов.");
        var latest = await db.AttestationRecords.Where(a => a.PersonId == personId).MaxAsync(a => (DateOnly?)a.DecidedOn, ct);
        if (latest == decidedOn) return WriteResult.Fail("Решение об аттестации этого работника на эту дату уже внесено.");

        var record = new AttestationRecord { PersonId = personId, Category = category, DecidedOn = decidedOn, ValidTo = decidedOn.AddYears(CategoryYears), OrderNumber = order };
        db.AttestationRecords.Add(record);
        if (latest is null || decidedOn > latest)
        {
            var person = await db.People.FirstAsync(p => p.Id == personId, ct);
            (person.Category, person.CategoryDate) = (category, decidedOn);
        }
        await db.SaveChangesAsync(ct);
        return WriteResult.Saved(record.Id);
    }
}
