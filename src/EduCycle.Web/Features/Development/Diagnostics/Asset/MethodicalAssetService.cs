using EduCycle.Engine.Calendar;
using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Instruments;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Diagnostics.Asset;

/// <summary>
/// A teacher of the municipality with their latest subject and methodical results of the school year, and whether
/// the municipality confirmed them as a member of its methodical asset.
/// </summary>
public sealed record AssetRow(
    int PersonId, string PersonName, string? OrganisationName, decimal? SubjectPercent, decimal? MethodicalPercent,
    bool IsCandidate, bool IsMember, DateTime? ConfirmedAt, string? ConfirmedBy);

/// <summary>
/// The municipal methodical asset (seed 001 ind. 11): candidates are teachers whose latest attempt of the school year
/// in the subject group and in the methodical group (each taken in a school of the municipality) is not unsatisfactory
/// by its campaign's levels; the municipal operator or methodical service confirms or removes members.
/// </summary>
public sealed class MethodicalAssetService(EduCycleDbContext db, TimeProvider clock)
{
    private sealed record Score(int PersonId, int ResultId, DateOnly TakenOn, int Attempt, CompetencyGroup Group, decimal Percent,
        decimal Sufficient, decimal Unsatisfactory, string? Organisation);

    public async Task<IReadOnlyList<AssetRow>> ListAsync(int municipalityId, SchoolYear year, CancellationToken ct = default)
    {
        var (from, to) = (year.Start, year.End);
        var scores = await db.DiagnosticGroupScores.AsNoTracking()
            .Where(s => s.Group == CompetencyGroup.Subject || s.Group == CompetencyGroup.Methodical)
            .Join(db.DiagnosticResults, s => s.ResultId, r => r.Id, (s, r) => new { s, r })
            .Where(x => x.r.TakenOn >= from && x.r.TakenOn <= to
                && db.OrganisationPlacements.Any(p => p.OrganisationId == x.r.OrganisationId && p.MunicipalityId == municipalityId
                    && p.ValidFrom <= x.r.TakenOn && (p.ValidTo == null || p.ValidTo > x.r.TakenOn)))
            .Select(x => new Score(x.r.PersonId, x.r.Id, x.r.TakenOn, x.r.Attempt, x.s.Group, x.s.Percent,
                x.r.Campaign!.SufficientLevel, x.r.Campaign.UnsatisfactoryLevel,
                db.Organisations.Where(o => o.Id == x.r.OrganisationId).Select(o => o.ShortName).FirstOrDefault()))
            .ToListAsync(ct);
        var members = await db.MethodicalAssetMembers.AsNoTracking()
            .Where(m => m.MunicipalityId == municipalityId && m.SchoolYear == year.StartYear).ToListAsync(ct);
        var people = scores.Select(s => s.PersonId).Concat(members.Select(m => m.PersonId)).Distinct().ToList();
        var names = await db.People.Where(p => people.Contains(p.Id))
            .Select(p => new { p.Id, Name = p.LastName + " " + p.FirstName + " " + (p.MiddleName ?? "") })
            .ToDictionaryAsync(p => p.Id, p => p.Name.Trim(), ct);

        var latest = scores.GroupBy(s => (s.PersonId, s.Group))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.TakenOn).ThenByDescending(s => s.Attempt).ThenByDescending(s => s.ResultId).First());
        return names.Keys.Select(id =>
            {
                var subject = latest.GetValueOrDefault((id, CompetencyGroup.Subject));
                var methodical = latest.GetValueOrDefault((id, CompetencyGroup.Methodical));
                var member = members.FirstOrDefault(m => m.PersonId == id);
                return new AssetRow(id, names[id], subject?.Organisation ?? methodical?.Organisation, subject?.Percent, methodical?.Percent,
                    Passed(subject) && Passed(methodical), member is not null, member?.ConfirmedAt, member?.ConfirmedBy);
            })
            .Where(r => r.IsCandidate || r.IsMember)
            .OrderBy(r => r.PersonName, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<Outcome<AssetRow>> ConfirmAsync(Actor actor, int municipalityId, SchoolYear year, int personId, CancellationToken ct = default)
    {
        if (!DiagnosticAccess.CanManageAsset(actor, municipalityId))
            return Refusal.Forbidden("Состав методического актива подтверждают муниципальный оператор и муниципальная методическая служба своего муниципалитета");
        var row = (await ListAsync(municipalityId, year, ct)).FirstOrDefault(r => r.PersonId == personId);
        if (row is null || !row.IsCandidate)
            return Refusal.Invalid("Работник не включён в актив", "personId",
                "работник не прошёл в этом учебном году и предметную, и методическую диагностику (последние попытки не ниже допустимого уровня)");
        if (row.IsMember) return row;
        var member = new MethodicalAssetMember
        {
            PersonId = personId, MunicipalityId = municipalityId, SchoolYear = year.StartYear,
            ConfirmedAt = clock.GetUtcNow().UtcDateTime, ConfirmedBy = actor.Name,
        };
        db.MethodicalAssetMembers.Add(member);
        await db.SaveChangesAsync(ct);
        return row with { IsMember = true, ConfirmedAt = member.ConfirmedAt, ConfirmedBy = member.ConfirmedBy };
    }

    public async Task<Outcome<bool>> RemoveAsync(Actor actor, int municipalityId, SchoolYear year, int personId, CancellationToken ct = default)
    {
        if (!DiagnosticAccess.CanManageAsset(actor, municipalityId))
            return Refusal.Forbidden("Состав методического актива меняют муниципальный оператор и муниципальная методическая служба своего муниципалитета");
        var member = await db.MethodicalAssetMembers.FirstOrDefaultAsync(
            m => m.MunicipalityId == municipalityId && m.SchoolYear == year.StartYear && m.PersonId == personId, ct);
        if (member is null) return Refusal.NotFound();
        db.MethodicalAssetMembers.Remove(member);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static bool Passed(Score? score) =>
        score is not null && new DiagnosticRule(score.Sufficient, score.Unsatisfactory).LevelOf(score.Percent) != DiagnosticLevel.Unsatisfactory;
}
