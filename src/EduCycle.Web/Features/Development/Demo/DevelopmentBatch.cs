using EduCycle.Web.Features.Development.Communities;
using EduCycle.Web.Features.Development.Diagnostics;
using EduCycle.Web.Features.Development.Enrolments;
using EduCycle.Web.Features.Development.Mentoring;
using EduCycle.Web.Features.Development.Programmes;
using EduCycle.Web.Features.Development.Routes;

namespace EduCycle.Web.Features.Development.Demo;

/// <summary>Every row the development demo generates, with keys assigned by the generator (bulk-written as they are).</summary>
internal sealed class DevelopmentBatch(IReadOnlyDictionary<Type, int> firstIds)
{
    private readonly Dictionary<Type, int> next = new(firstIds);

    /// <summary>The next key of <typeparamref name="T"/>'s table.</summary>
    public int Id<T>()
    {
        var id = next.GetValueOrDefault(typeof(T), 1);
        next[typeof(T)] = id + 1;
        return id;
    }

    public List<Provider> Providers { get; } = [];
    public List<Programme> Programmes { get; } = [];
    public List<ProgrammeTopic> ProgrammeTopics { get; } = [];
    public List<DiagnosticCampaign> Campaigns { get; } = [];
    public List<DiagnosticCampaignSubject> CampaignSubjects { get; } = [];
    public List<DiagnosticResult> Results { get; } = [];
    public List<DiagnosticGroupScore> Scores { get; } = [];
    public List<Deficit> Deficits { get; } = [];
    public List<MethodicalAssetMember> Asset { get; } = [];
    public List<IndividualRoute> Routes { get; } = [];
    public List<RouteItem> RouteItems { get; } = [];
    public List<RouteStatusChange> RouteChanges { get; } = [];
    public List<Enrolment> Enrolments { get; } = [];
    public List<TechnicalAssignment> TechnicalAssignments { get; } = [];
    public List<CourseReport> CourseReports { get; } = [];
    public List<Community> Communities { get; } = [];
    public List<CommunityMembership> Memberships { get; } = [];
    public List<MethodicalEvent> Events { get; } = [];
    public List<EventTopic> EventTopics { get; } = [];
    public List<EventParticipation> Participations { get; } = [];
    public List<CompetitionEntry> Competitions { get; } = [];
    public List<ExpertQualification> Experts { get; } = [];
    public List<AttestationRecord> Attestations { get; } = [];
    public List<MentoringPair> Pairs { get; } = [];
    public List<MentoringMeeting> Meetings { get; } = [];
}
