using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Programmes;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Communities;

public sealed record ExpertRow(int Id, int PersonId, string Name, ExpertTopic Kind, string? Subject, DateOnly Since, DateOnly? ValidTo);

/// <summary>Teachers trained as experts: ГИА subject commissions and attestation.</summary>
public static class ExpertRegister
{
    public static async Task<List<ExpertRow>> ListAsync(EduCycleDbContext db, ExpertTopic? kind = null, bool currentOnly = false, CancellationToken ct = default)
    {
        var today = db.Scope.Today;
        var experts = db.ExpertQualifications.AsNoTracking();
        if (kind is { } k) experts = experts.Where(x => x.Kind == k);
        if (currentOnly) experts = experts.Where(x => x.Since <= today && (x.ValidTo == null || x.ValidTo >= today));
        return (await experts
            .Join(db.People, x => x.PersonId, p => p.Id, (x, p) => new ExpertRow(x.Id, x.PersonId,
                p.LastName + " " + p.FirstName + (p.MiddleName == null ? "" : " " + p.MiddleName), x.Kind,
                db.Subjects.Where(s => s.Id == x.SubjectId).Select(s => s.Name).FirstOrDefault(), x.Since, x.ValidTo))
            .ToListAsync(ct))
            .OrderBy(x => x.Kind).ThenBy(x => x.Name, StringComparer.Ordinal).ToList();
    }

    public static async Task<WriteResult> AddAsync(EduCycleDbContext db, Writer writer, int personId, ExpertTopic kind, int? subjectId, DateOnly since, DateOnly? validTo, CancellationToken ct = default)
    {
        if (await writer.PersonRefusalAsync(db, personId, ct) is { } refused) return WriteResult.Fail(refused);
        if (kind == ExpertTopic.None) return WriteResult.Fail("Укажите вид экспертной деятельности.");
        if (kind == ExpertTopic.GiaCommission && subjectId is null) return WriteResult.Fail("Для эксперта предметной комиссии ГИА укажите предмет.");
        if (validTo is { } end && end < since) return WriteResult.Fail("Срок действия раньше даты включения в состав экспертов.");
        var expert = new ExpertQualification { PersonId = personId, Kind = kind, SubjectId = subjectId, Since = since, ValidTo = validTo };
        db.ExpertQualifications.Add(expert);
        await db.SaveChangesAsync(ct);
        return WriteResult.Saved(expert.Id);
    }
}
