using EduCycle.Engine.Development;
using EduCycle.Web.Features.Development.Communities;
using EduCycle.Web.Features.Development.Diagnostics;
using EduCycle.Web.Features.Development.Enrolments;
using EduCycle.Web.Features.Development.Mentoring;
using EduCycle.Web.Features.Development.Routes;

namespace EduCycle.Web.Features.Development.Cabinet;

/// <summary>Everything the teacher's cabinet shows about the signed-in teacher, and only about them.</summary>
public sealed record TeacherCabinet(
    string FullName,
    string? OrganisationName,
    Registry.QualificationCategory Category,
    AttestationRow? Attestation,
    IReadOnlyList<DiagnosticRow> Diagnostics,
    IReadOnlyList<DeficitRow> Deficits,
    RouteRow? Route,
    IReadOnlyList<RouteItemRow> RouteItems,
    IReadOnlyList<EnrolmentRow> Enrolments,
    IReadOnlyList<MentoringRow> Mentoring,
    IReadOnlyList<CommunityRow> Communities,
    IReadOnlyList<EventRow> Events);

public sealed record AttestationRow(Registry.QualificationCategory Category, DateOnly DecidedOn, DateOnly ValidTo, bool DueWithinYear);

public sealed record DiagnosticRow(
    int Id, string Campaign, int Attempt, DateOnly TakenOn, DiagnosticOutcome Outcome, bool RepeatRequired, bool ConfirmedForAttestation,
    IReadOnlyList<ScoreRow> Scores);

public sealed record ScoreRow(CompetencyGroup Group, double Percent);

public sealed record DeficitRow(string Topic, CompetencyGroup Group, DeficitKind Kind, DateOnly IdentifiedOn, DateOnly? ResolvedOn);

public sealed record EnrolmentRow(
    int Id, string Programme, int Hours, DateOnly StartDate, DateOnly EndDate, EnrolmentStatus Status, double? EntryPercent, double? RepeatPercent,
    string? CertificateNumber);

public sealed record MentoringRow(bool AsMentor, string? Counterpart, MentoringForm Form, DateOnly From, DateOnly To, MentoringStatus Status, string? Plan, int Meetings);

public sealed record CommunityRow(string Name, CommunityKind Kind, MembershipRole Role, DateOnly ValidFrom, DateOnly? ValidTo);

public sealed record EventRow(string Name, EventForm Form, DateOnly Date, ParticipationRole Role);
