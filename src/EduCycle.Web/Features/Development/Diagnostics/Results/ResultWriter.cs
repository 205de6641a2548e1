using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Diagnostics.Results;

/// <summary>A checked attempt, ready to store: the result with its scores and the deficit topics it names.</summary>
internal sealed record PlannedResult(DiagnosticResult Result, IReadOnlyList<DeficitTopic> Topics, DiagnosticVerdict Verdict);

/// <summary>
/// Stores attempts of one campaign and keeps deficits in step with them. Each named topic becomes an open
/// general-professional deficit from the diagnostic unless the teacher already has one open on that topic.
/// A repeat attempt (2+) that is no longer unsatisfactory in a group resolves the teacher's open diagnostic
/// deficits of that group on its date, except the topics the repeat names again.
/// </summary>
internal static class ResultWriter
{
    public static PlannedResult Plan(
        CampaignRules rules, int personId, int organisationId, int? subjectId, DateOnly takenOn, int attempt, int? previousResultId,
        IReadOnlyDictionary<CompetencyGroup, decimal> percents, IReadOnlyList<DeficitTopic> topics, DiagnosticEntry entry, string by, DateTime at)
    {
        var verdict = rules.Rule.Classify(percents);
        var result = new DiagnosticResult
        {
            CampaignId = rules.Campaign.Id,
            PersonId = personId,
            OrganisationId = organisationId,
            SubjectId = subjectId,
            Attempt = attempt,
            PreviousResultId = previousResultId,
            TakenOn = takenOn,
            Outcome = verdict.Outcome.ToOutcome(),
            ConfirmedForAttestation = verdict.ConfirmedForAttestation,
            RepeatRequired = verdict.RepeatRequired,
            Entry = entry,
            EnteredAt = at,
            EnteredBy = by,
            Scores = percents.Select(p => new DiagnosticGroupScore { Group = p.Key, Percent = p.Value }).ToList(),
        };
        return new PlannedResult(result, topics.DistinctBy(t => t.Id).ToList(), verdict);
    }

    /// <summary>Writes the planned results, then their deficits, inside the caller's transaction.</summary>
    public static async Task WriteAsync(EduCycleDbContext db, IReadOnlyList<PlannedResult> planned, CancellationToken ct)
    {
        db.DiagnosticResults.AddRange(planned.Select(p => p.Result));
        await db.SaveChangesAsync(ct);

        var people = planned.Select(p => p.Result.PersonId).Distinct().ToList();
        var open = (await db.Deficits.Include(d => d.Topic)
                .Where(d => people.Contains(d.PersonId) && d.ResolvedOn == null).ToListAsync(ct))
            .GroupBy(d => d.PersonId).ToDictionary(g => g.Key, g => g.ToList());
        var added = new HashSet<(int, int)>();
        foreach (var p in planned.OrderBy(p => p.Result.TakenOn).ThenBy(p => p.Result.Attempt))
        {
            var r = p.Result;
            var mine = open.TryGetValue(r.PersonId, out var list) ? list : open[r.PersonId] = [];
            var named = p.Topics.Select(t => t.Id).ToHashSet();
            if (r.Attempt > 1)
                foreach (var deficit in mine.Where(d => d.Source == DeficitSource.Diagnostic && d.ResolvedOn == null && !named.Contains(d.TopicId)
                             && p.Verdict.Groups.TryGetValue(d.Topic!.Group, out var level) && level != DiagnosticLevel.Unsatisfactory))
                    deficit.ResolvedOn = r.TakenOn;
            foreach (var topic in p.Topics.Where(t => !mine.Any(d => d.TopicId == t.Id && d.ResolvedOn == null) && added.Add((r.PersonId, t.Id))))
                db.Deficits.Add(new Deficit
                {
                    PersonId = r.PersonId, TopicId = topic.Id, ResultId = r.Id, Kind = DeficitKind.GeneralProfessional,
                    Source = DeficitSource.Diagnostic, IdentifiedOn = r.TakenOn,
                });
        }
        await db.SaveChangesAsync(ct);
    }
}
