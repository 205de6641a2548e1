using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Enrolments;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Programmes;

/// <summary>Catalogue filters; null means «any». Flags filter on the programme's yes/no attributes.</summary>
public sealed record ProgrammeFilter
{
    public string? Search { get; init; }
    public int? ProviderId { get; init; }
    public ProviderGroup? ProviderGroup { get; init; }
    public ProgrammeKind? Kind { get; init; }
    public StudyForm? Form { get; init; }
    public CompetencyGroup? Group { get; init; }
    public int? TopicId { get; init; }
    public int? SubjectId { get; init; }
    public bool? ELearning { get; init; }
    public bool? InFederalRegistry { get; init; }
    public bool? HasStressModule { get; init; }
    public bool? HasDiagnosticModules { get; init; }
    public bool? BuiltOnPreCourseDiagnostics { get; init; }
    public bool? Targeted { get; init; }
    public bool? StimulatesGrowth { get; init; }
    public bool? Pedagogical { get; init; }
    public bool? OnSchoolRequest { get; init; }
    public bool? ExpertTopic { get; init; }
}

public sealed record ProgrammeRow(
    int Id, string Code, string Name, string ProviderName, ProviderGroup ProviderGroup, ProgrammeKind Kind, int Hours,
    StudyForm Form, bool ELearning, bool InFederalRegistry, bool HasStressModule, DiagnosticModules DiagnosticModules,
    bool BuiltOnPreCourseDiagnostics, bool Targeted, bool StimulatesGrowth, bool Pedagogical, bool OnSchoolRequest,
    ExpertTopic ExpertTopic, CompetencyGroups Groups, string? SubjectName, int Enrolments, int Completed);

public sealed record TopicRef(int Id, string Code, string Name, CompetencyGroup Group);

public sealed record ProgrammeCard(ProgrammeRow Row, string? Annotation, int? OfferedFrom, int? OfferedTo, int? SubjectId, int ProviderId,
    IReadOnlyList<TopicRef> Topics, IReadOnlyDictionary<EnrolmentStatus, int> EnrolmentsByStatus);

/// <summary>Catalogue reads. Enrolment counts go through the enrolment scope filter: each user counts only whom they may see.</summary>
public static class ProgrammeQueries
{
    public static IQueryable<Programme> Filtered(EduCycleDbContext db, ProgrammeFilter f)
    {
        var q = db.Programmes.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var s = f.Search.Trim().ToLower();
            q = q.Where(p => p.Name.ToLower().Contains(s) || p.Code.ToLower().Contains(s));
        }
        if (f.ProviderId is { } providerId) q = q.Where(p => p.ProviderId == providerId);
        if (f.ProviderGroup is { } group) q = q.Where(p => p.Provider!.Group == group);
        if (f.Kind is { } kind) q = q.Where(p => p.Kind == kind);
        if (f.Form is { } form) q = q.Where(p => p.Form == form);
        if (f.Group is { } competency)
        {
            var bit = CompetencyGroupSets.Of(competency);
            q = q.Where(p => (p.Groups & bit) == bit);
        }
        if (f.TopicId is { } topicId) q = q.Where(p => p.Topics.Any(t => t.TopicId == topicId));
        if (f.SubjectId is { } subjectId) q = q.Where(p => p.SubjectId == subjectId);
        if (f.ELearning is { } e) q = q.Where(p => p.ELearning == e);
        if (f.InFederalRegistry is { } r) q = q.Where(p => p.InFederalRegistry == r);
        if (f.HasStressModule is { } st) q = q.Where(p => p.HasStressModule == st);
        if (f.HasDiagnosticModules is { } d) q = q.Where(p => (p.DiagnosticModules != DiagnosticModules.None) == d);
        if (f.BuiltOnPreCourseDiagnostics is { } b) q = q.Where(p => p.BuiltOnPreCourseDiagnostics == b);
        if (f.Targeted is { } t) q = q.Where(p => p.Targeted == t);
        if (f.StimulatesGrowth is { } g) q = q.Where(p => p.StimulatesGrowth == g);
        if (f.Pedagogical is { } ped) q = q.Where(p => p.Pedagogical == ped);
        if (f.OnSchoolRequest is { } o) q = q.Where(p => p.OnSchoolRequest == o);
        if (f.ExpertTopic is { } x) q = q.Where(p => (p.ExpertTopic != ExpertTopic.None) == x);
        return q;
    }

    public static IQueryable<ProgrammeRow> Rows(EduCycleDbContext db, ProgrammeFilter filter) =>
        Project(db, Filtered(db, filter).OrderBy(p => p.Name).ThenBy(p => p.Code));

    private static IQueryable<ProgrammeRow> Project(EduCycleDbContext db, IQueryable<Programme> programmes) =>
        programmes.Select(p => new ProgrammeRow(
            p.Id, p.Code, p.Name, p.Provider!.Name, p.Provider.Group, p.Kind, p.Hours, p.Form, p.ELearning, p.InFederalRegistry,
            p.HasStressModule, p.DiagnosticModules, p.BuiltOnPreCourseDiagnostics, p.Targeted, p.StimulatesGrowth, p.Pedagogical,
            p.OnSchoolRequest, p.ExpertTopic, p.Groups,
            db.Subjects.Where(s => s.Id == p.SubjectId).Select(s => s.Name).FirstOrDefault(),
            db.Enrolments.Count(e => e.ProgrammeId == p.Id),
            db.Enrolments.Count(e => e.ProgrammeId == p.Id && e.Status == EnrolmentStatus.Completed)));

    public static async Task<ProgrammeCard?> CardAsync(EduCycleDbContext db, int id, CancellationToken ct = default)
    {
        var row = await Project(db, db.Programmes.AsNoTracking().Where(p => p.Id == id)).FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var extra = await db.Programmes.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Annotation, p.OfferedFrom, p.OfferedTo, p.SubjectId, p.ProviderId }).FirstAsync(ct);
        var topics = await db.ProgrammeTopics.AsNoTracking().Where(t => t.ProgrammeId == id)
            .Join(db.DeficitTopics, pt => pt.TopicId, t => t.Id, (_, t) => new TopicRef(t.Id, t.Code, t.Name, t.Group))
            .OrderBy(t => t.Group).ThenBy(t => t.Code).ToListAsync(ct);
        var byStatus = await db.Enrolments.AsNoTracking().Where(e => e.ProgrammeId == id)
            .GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return new ProgrammeCard(row, extra.Annotation, extra.OfferedFrom, extra.OfferedTo, extra.SubjectId, extra.ProviderId, topics, byStatus);
    }

    public static Task<List<TopicRef>> TopicsAsync(EduCycleDbContext db, CancellationToken ct = default) =>
        db.DeficitTopics.AsNoTracking().OrderBy(t => t.Group).ThenBy(t => t.Code)
            .Select(t => new TopicRef(t.Id, t.Code, t.Name, t.Group)).ToListAsync(ct);
}
