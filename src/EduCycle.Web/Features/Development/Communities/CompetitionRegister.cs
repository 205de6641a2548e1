using EduCycle.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Communities;

public sealed record CompetitionRow(int Id, int PersonId, string Name, string Competition, ActivityLevel Level, int SchoolYear, CompetitionResult Result);

/// <summary>Participation in competitions of professional mastery.</summary>
public static class CompetitionRegister
{
    public static async Task<List<CompetitionRow>> ListAsync(EduCycleDbContext db, int? schoolYear = null, ActivityLevel? level = null, CancellationToken ct = default)
    {
        var entries = db.CompetitionEntries.AsNoTracking();
        if (schoolYear is { } y) entries = entries.Where(x => x.SchoolYear == y);
        if (level is { } l) entries = entries.Where(x => x.Level == l);
        return (await entries
            .Join(db.People, x => x.PersonId, p => p.Id, (x, p) => new CompetitionRow(x.Id, x.PersonId,
                p.LastName + " " + p.FirstName + (p.MiddleName == null ? "" : " " + p.MiddleName), x.Competition, x.Level, x.SchoolYear, x.Result))
            .ToListAsync(ct))
            .OrderByDescending(x => x.SchoolYear).ThenBy(x => x.Competition, StringComparer.Ordinal).ThenByDescending(x => x.Result)
            .ThenBy(x => x.Name, StringComparer.Ordinal).ToList();
    }

    public static async Task<WriteResult> AddAsync(EduCycleDbContext db, Writer writer, int personId, string competition, ActivityLevel level, int schoolYear, CompetitionResult result, CancellationToken ct = default)
    {
        if (await writer.PersonRefusalAsync(db, personId, ct) is { } refused) return WriteResult.Fail(refused);
        if (string.IsNullOrWhiteSpace(competition)) return WriteResult.Fail("Укажите название конкурса.");
        if (competition.Trim().Length > 500) return WriteResult.Fail("Название конкурса длиннее 500 символов.");
        if (schoolYear < 2000 || schoolYear > Engine.Calendar.SchoolYear.Containing(db.Scope.Today).StartYear)
            return WriteResult.Fail("Учебный год конкурса указан неверно.");
        var entry = new CompetitionEntry { PersonId = personId, Competition = competition.Trim(), Level = level, SchoolYear = schoolYear, Result = result };
        db.CompetitionEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        return WriteResult.Saved(entry.Id);
    }
}
