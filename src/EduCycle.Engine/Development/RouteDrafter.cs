namespace EduCycle.Engine.Development;

/// <summary>An open deficit the route must answer.</summary>
public sealed record RouteDeficit(int TopicId, CompetencyGroup Group, string TopicName, int? SubjectId);

/// <summary>What the drafter knows about the teacher: their subjects and whether their school is rural.</summary>
public sealed record RouteTeacher(IReadOnlyCollection<int> SubjectIds, bool RuralSchool);

/// <summary>A further-training programme (ДПП) of the catalogue.</summary>
public sealed record ProgrammeOption(
    int Id, string Title, IReadOnlyCollection<int> TopicIds, int? SubjectId, bool Targeted, bool Distance, bool OfferedNow);

/// <summary>A methodical event open to routes, with the route item kind its form maps to.</summary>
public sealed record EventOption(int Id, string Title, RouteItemKind Kind, IReadOnlyCollection<int> TopicIds, int? SubjectId, DateOnly Date);

/// <summary>One catalogue option chosen for one or more deficits.</summary>
public sealed record RouteDraftItem(RouteItemKind Kind, int? ProgrammeId, int? EventId, string Title, DateOnly? Date, IReadOnlyList<RouteDeficit> Deficits);

/// <summary>The drafted items and the deficits nothing in the catalogue addresses.</summary>
public sealed record RouteDraft(IReadOnlyList<RouteDraftItem> Items, IReadOnlyList<RouteDeficit> Uncovered);

/// <summary>
/// Drafts an individual educational route (ИОМ) from a teacher's open deficits and the catalogue.
/// </summary>
/// <remarks>
/// Each deficit gets the best option among those that address its topic (programmes not offered now are left out).
/// Preferences, in order (issue 4, scope 3): a programme before an event; a targeted («адресная») programme; an option
/// of the teacher's subject, then one for every subject, then one of another subject; the distance form when the school
/// is rural; then the option addressing more of the teacher's deficits (fewer items); then the earlier event; then the
/// lower id, so the draft is deterministic. An option chosen for several deficits becomes one item listing them all.
/// Deficits are taken by competency group, then topic name; items come in the order of their first deficit.
/// </remarks>
public static class RouteDrafter
{
    public static RouteDraft Draft(IEnumerable<RouteDeficit> deficits, RouteTeacher teacher,
        IEnumerable<ProgrammeOption> programmes, IEnumerable<EventOption> events)
    {
        var open = deficits.DistinctBy(d => d.TopicId)
            .OrderBy(d => d.Group).ThenBy(d => d.TopicName, StringComparer.Ordinal).ThenBy(d => d.TopicId).ToList();
        var topics = open.Select(d => d.TopicId).ToHashSet();
        var options = programmes.Where(p => p.OfferedNow).Select(p => Candidate.Of(p, teacher, topics))
            .Concat(events.Select(e => Candidate.Of(e, teacher, topics)))
            .Where(c => c.Covered > 0)
            .OrderBy(c => c.Rank)
            .ToList();

        var chosen = new List<(Candidate Option, List<RouteDeficit> Deficits)>();
        var uncovered = new List<RouteDeficit>();
        foreach (var deficit in open)
        {
            var best = options.FirstOrDefault(o => o.TopicIds.Contains(deficit.TopicId));
            if (best is null) { uncovered.Add(deficit); continue; }
            var slot = chosen.FindIndex(c => ReferenceEquals(c.Option, best));
            if (slot < 0) chosen.Add((best, [deficit]));
            else chosen[slot].Deficits.Add(deficit);
        }
        var items = chosen.Select(c => new RouteDraftItem(c.Option.Kind, c.Option.ProgrammeId, c.Option.EventId, c.Option.Title, c.Option.Date, c.Deficits)).ToList();
        return new RouteDraft(items, uncovered);
    }

    private sealed record Candidate(
        RouteItemKind Kind, int? ProgrammeId, int? EventId, string Title, DateOnly? Date, IReadOnlyCollection<int> TopicIds,
        int Covered, (int Event, int NotTargeted, int Subject, int NotDistance, int LessCover, DateOnly Date, int Id) Rank)
    {
        public static Candidate Of(ProgrammeOption p, RouteTeacher teacher, HashSet<int> topics)
        {
            var covered = p.TopicIds.Count(topics.Contains);
            return new(RouteItemKind.Programme, p.Id, null, p.Title, null, p.TopicIds, covered,
                (0, p.Targeted ? 0 : 1, SubjectRank(p.SubjectId, teacher), teacher.RuralSchool && p.Distance ? 0 : 1, -covered, DateOnly.MinValue, p.Id));
        }

        public static Candidate Of(EventOption e, RouteTeacher teacher, HashSet<int> topics)
        {
            var covered = e.TopicIds.Count(topics.Contains);
            return new(e.Kind, null, e.Id, e.Title, e.Date, e.TopicIds, covered,
                (1, 0, SubjectRank(e.SubjectId, teacher), 0, -covered, e.Date, e.Id));
        }

        private static int SubjectRank(int? subjectId, RouteTeacher teacher) =>
            subjectId is not { } s ? 1 : teacher.SubjectIds.Contains(s) ? 0 : 2;
    }
}
