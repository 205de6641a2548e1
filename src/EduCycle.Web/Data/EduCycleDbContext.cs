using System.Linq.Expressions;
using EduCycle.Engine.Cycle;
using EduCycle.Web.Features.Cycle;
using EduCycle.Web.Features.Cycle.Cycles;
using EduCycle.Web.Features.Cycle.Decisions;
using EduCycle.Web.Features.Cycle.Effects;
using EduCycle.Web.Features.Cycle.Findings;
using EduCycle.Web.Features.Cycle.Recommendations;
using EduCycle.Web.Features.Cycle.Snapshots;
using EduCycle.Web.Features.Development;
using EduCycle.Web.Features.Development.Communities;
using EduCycle.Web.Features.Development.Diagnostics;
using EduCycle.Web.Features.Development.Enrolments;
using EduCycle.Web.Features.Development.Mentoring;
using EduCycle.Web.Features.Development.Programmes;
using EduCycle.Web.Features.Development.Routes;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Indicators;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Definitions;
using EduCycle.Web.Features.Indicators.Targets;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Features.Monitoring;
using EduCycle.Web.Features.Registry;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Data;

/// <summary>
/// The application's database. Provider-specific subclasses carry their own migrations.
/// Every scoped entity has a query filter built from <see cref="Scope"/>: this is the one place
/// where data visibility (DOMAIN §8) is enforced for pages, API and exports alike.
/// </summary>
public abstract class EduCycleDbContext(DbContextOptions options, IDataScopeAccessor scopes) : IdentityDbContext<AppUser>(options)
{
    /// <summary>Who is acting now; read at every query execution by the filters below.</summary>
    public DataScope Scope => scopes.Current;

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<EducationalDistrict> EducationalDistricts => Set<EducationalDistrict>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<OrganisationPlacement> OrganisationPlacements => Set<OrganisationPlacement>();
    public DbSet<OrganisationYearStatus> OrganisationYearStatuses => Set<OrganisationYearStatus>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Employment> Employments => Set<Employment>();
    public DbSet<Subject> Subjects => Set<Subject>();
    public DbSet<PersonSubject> PersonSubjects => Set<PersonSubject>();
    public DbSet<Vacancy> Vacancies => Set<Vacancy>();
    public DbSet<UserAssignment> UserAssignments => Set<UserAssignment>();
    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<InstrumentVersion> InstrumentVersions => Set<InstrumentVersion>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();
    public DbSet<TestAttempt> TestAttempts => Set<TestAttempt>();
    public DbSet<DiagnosticCampaign> DiagnosticCampaigns => Set<DiagnosticCampaign>();
    public DbSet<DiagnosticResult> DiagnosticResults => Set<DiagnosticResult>();
    public DbSet<DiagnosticGroupScore> DiagnosticGroupScores => Set<DiagnosticGroupScore>();
    public DbSet<DeficitTopic> DeficitTopics => Set<DeficitTopic>();
    public DbSet<Deficit> Deficits => Set<Deficit>();
    public DbSet<MethodicalAssetMember> MethodicalAssetMembers => Set<MethodicalAssetMember>();
    public DbSet<Provider> Providers => Set<Provider>();
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<ProgrammeTopic> ProgrammeTopics => Set<ProgrammeTopic>();
    public DbSet<IndividualRoute> Routes => Set<IndividualRoute>();
    public DbSet<RouteItem> RouteItems => Set<RouteItem>();
    public DbSet<RouteStatusChange> RouteStatusChanges => Set<RouteStatusChange>();
    public DbSet<Enrolment> Enrolments => Set<Enrolment>();
    public DbSet<TechnicalAssignment> TechnicalAssignments => Set<TechnicalAssignment>();
    public DbSet<CourseReport> CourseReports => Set<CourseReport>();
    public DbSet<Community> Communities => Set<Community>();
    public DbSet<CommunityMembership> CommunityMemberships => Set<CommunityMembership>();
    public DbSet<MethodicalEvent> MethodicalEvents => Set<MethodicalEvent>();
    public DbSet<EventTopic> EventTopics => Set<EventTopic>();
    public DbSet<EventParticipation> EventParticipations => Set<EventParticipation>();
    public DbSet<CompetitionEntry> CompetitionEntries => Set<CompetitionEntry>();
    public DbSet<ExpertQualification> ExpertQualifications => Set<ExpertQualification>();
    public DbSet<AttestationRecord> AttestationRecords => Set<AttestationRecord>();
    public DbSet<MentoringPair> MentoringPairs => Set<MentoringPair>();
    public DbSet<MentoringMeeting> MentoringMeetings => Set<MentoringMeeting>();
    public DbSet<IndicatorDefinition> IndicatorDefinitions => Set<IndicatorDefinition>();
    public DbSet<IndicatorTarget> IndicatorTargets => Set<IndicatorTarget>();
    public DbSet<Finding> Findings => Set<Finding>();
    public DbSet<CollectedElement> CollectedElements => Set<CollectedElement>();
    public DbSet<CollectionForm> CollectionForms => Set<CollectionForm>();
    public DbSet<CollectionRequest> CollectionRequests => Set<CollectionRequest>();
    public DbSet<CollectionSubmission> CollectionSubmissions => Set<CollectionSubmission>();
    public DbSet<CollectedValue> CollectedValues => Set<CollectedValue>();
    public DbSet<MonitoringPlanItem> MonitoringPlanItems => Set<MonitoringPlanItem>();
    public DbSet<MonitoringEvent> MonitoringEvents => Set<MonitoringEvent>();
    public DbSet<ManagementCycle> Cycles => Set<ManagementCycle>();
    public DbSet<CycleIndicator> CycleIndicators => Set<CycleIndicator>();
    public DbSet<CycleEvent> CycleEvents => Set<CycleEvent>();
    public DbSet<CycleFinding> CycleFindings => Set<CycleFinding>();
    public DbSet<RecommendationTemplate> RecommendationTemplates => Set<RecommendationTemplate>();
    public DbSet<Recommendation> Recommendations => Set<Recommendation>();
    public DbSet<RecommendationFinding> RecommendationFindings => Set<RecommendationFinding>();
    public DbSet<RecommendationAcknowledgement> RecommendationAcknowledgements => Set<RecommendationAcknowledgement>();
    public DbSet<ManagementDecision> Decisions => Set<ManagementDecision>();
    public DbSet<DecisionFinding> DecisionFindings => Set<DecisionFinding>();
    public DbSet<DecisionUnit> DecisionUnits => Set<DecisionUnit>();
    public DbSet<DecisionIndicator> DecisionIndicators => Set<DecisionIndicator>();
    public DbSet<Measure> Measures => Set<Measure>();
    public DbSet<MeasurePerson> MeasurePeople => Set<MeasurePerson>();
    public DbSet<EffectEvaluation> EffectEvaluations => Set<EffectEvaluation>();
    public DbSet<EffectEvaluationUnit> EffectEvaluationUnits => Set<EffectEvaluationUnit>();
    public DbSet<CycleSnapshotValue> CycleSnapshotValues => Set<CycleSnapshotValue>();
    public DbSet<CycleSnapshotDefinition> CycleSnapshotDefinitions => Set<CycleSnapshotDefinition>();
    public DbSet<CycleSnapshotClass> CycleSnapshotClasses => Set<CycleSnapshotClass>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        RegistryModel.Configure(builder);
        IdentityModel.Configure(builder);
        InstrumentsModel.Configure(builder);
        DevelopmentModel.Configure(builder);
        IndicatorsModel.Configure(builder);
        MonitoringModel.Configure(builder);
        CycleModel.Configure(builder);
        ApplyScopeFilters(builder);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var drafts = AuditTrail.Capture(ChangeTracker);
        if (drafts.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            AuditEntries.AddRange(drafts.Select(d => d.ToEntry(Scope, DateTime.UtcNow)));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
            return written;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    /// <summary>Records that <see cref="Scope"/>'s user opened someone's personal record.</summary>
    public async Task AuditReadAsync(Person person, CancellationToken cancellationToken = default)
    {
        if (Scope.PersonId == person.Id) return;
        AuditEntries.Add(new AuditEntry
        {
            At = DateTime.UtcNow,
            UserId = Scope.UserId,
            UserName = Scope.UserName,
            Action = AuditAction.Read,
            EntityType = nameof(Person),
            EntityId = person.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await base.SaveChangesAsync(cancellationToken);
    }

    private void ApplyScopeFilters(ModelBuilder builder)
    {
        builder.Entity<Organisation>().HasQueryFilter(ForOrganisation<Organisation>(o => o.Id));
        builder.Entity<OrganisationYearStatus>().HasQueryFilter(ForOrganisation<OrganisationYearStatus>(s => s.OrganisationId));
        builder.Entity<Vacancy>().HasQueryFilter(ForOrganisation<Vacancy>(v => v.OrganisationId));
        builder.Entity<Employment>().HasQueryFilter(AndSelf(ForOrganisation<Employment>(e => e.OrganisationId)));
        builder.Entity<Person>().HasQueryFilter(p =>
            Scope.Kind == ScopeKind.Region
            || (Scope.Kind == ScopeKind.Self && p.Id == Scope.PersonId)
            || (Scope.Kind != ScopeKind.Self && Set<Employment>().Any(e => e.PersonId == p.Id)));
        builder.Entity<Assignment>().HasQueryFilter(a =>
            (a.OrganisationId != null && Set<Organisation>().Any(o => o.Id == a.OrganisationId))
            || (a.MunicipalityId != null && (Scope.Kind == ScopeKind.Region
                || (Scope.Kind == ScopeKind.Municipality && a.MunicipalityId == Scope.MunicipalityId)))
            || (a.PersonId != null && Set<Person>().Any(p => p.Id == a.PersonId))
            || (a.ProgrammeId != null && Scope.Kind == ScopeKind.Region));
        builder.Entity<Campaign>().HasQueryFilter(c =>
            Scope.Kind == ScopeKind.Region || c.CreatedById == Scope.UserId || Set<Assignment>().Any(a => a.CampaignId == c.Id));
        builder.Entity<Assessment>().HasQueryFilter(x => Set<Assignment>().Any(a => a.Id == x.AssignmentId));
        builder.Entity<EvidenceFile>().HasQueryFilter(x => Set<Assignment>().Any(a => a.Id == x.AssignmentId));
        builder.Entity<TestAttempt>().HasQueryFilter(x => Set<Assignment>().Any(a => a.Id == x.AssignmentId));
        ApplyDevelopmentFilters(builder);
        ApplyMonitoringFilters(builder);
        ApplyCycleFilters(builder);
    }

    /// <summary>
    /// A cycle is seen by the region and by the operators and methodical service of its municipality (a municipality
    /// also sees the region's cycles); everything in it follows the cycle, and organisation-level findings follow the
    /// organisation rule. A published recommendation is also seen by its addressees: the heads (or teachers) of the
    /// organisation it names or of every organisation of the municipality it names, and the members of its community.
    /// </summary>
    private void ApplyCycleFilters(ModelBuilder builder)
    {
        builder.Entity<ManagementCycle>().HasQueryFilter(c => Scope.Kind == ScopeKind.Region
            || (Scope.Kind == ScopeKind.Municipality && (c.MunicipalityId == null || c.MunicipalityId == Scope.MunicipalityId)));
        builder.Entity<CycleIndicator>().HasQueryFilter(x => Set<ManagementCycle>().Any(c => c.Id == x.CycleId));
        builder.Entity<CycleEvent>().HasQueryFilter(x => Set<ManagementCycle>().Any(c => c.Id == x.CycleId));
        builder.Entity<CycleFinding>().HasQueryFilter(f => Set<ManagementCycle>().Any(c => c.Id == f.CycleId)
            && (f.Level != UnitLevel.Organisation || Set<Organisation>().Any(o => o.Id == f.UnitId)));
        builder.Entity<Recommendation>().HasQueryFilter(r => Set<ManagementCycle>().Any(c => c.Id == r.CycleId)
            || (r.State == RecommendationState.Published && (
                (((Scope.Kind == ScopeKind.Organisation && r.AddresseeKind == AddresseeKind.Heads)
                    || (Scope.Kind == ScopeKind.Self && r.AddresseeKind == AddresseeKind.Teachers))
                    && (r.AddresseeOrganisationId == Scope.OrganisationId
                        || (r.AddresseeOrganisationId == null && Set<OrganisationPlacement>().Any(p =>
                            p.OrganisationId == Scope.OrganisationId && p.MunicipalityId == r.AddresseeMunicipalityId
                            && p.ValidFrom <= Scope.Today && (p.ValidTo == null || p.ValidTo > Scope.Today)))))
                || (Scope.Kind == ScopeKind.Self && r.AddresseeKind == AddresseeKind.Communities
                    && Set<CommunityMembership>().Any(m => m.CommunityId == r.AddresseeCommunityId && m.PersonId == Scope.PersonId)))));
        builder.Entity<RecommendationAcknowledgement>().HasQueryFilter(x => Set<Recommendation>().Any(r => r.Id == x.RecommendationId));
        builder.Entity<ManagementDecision>().HasQueryFilter(x => Set<ManagementCycle>().Any(c => c.Id == x.CycleId));
        builder.Entity<Measure>().HasQueryFilter(x => Set<ManagementDecision>().Any(d => d.Id == x.DecisionId));
        builder.Entity<EffectEvaluation>().HasQueryFilter(x => Set<ManagementDecision>().Any(d => d.Id == x.DecisionId));
        builder.Entity<EffectEvaluationUnit>().HasQueryFilter(x => Set<EffectEvaluation>().Any(e => e.Id == x.EvaluationId));
        builder.Entity<CycleSnapshotValue>().HasQueryFilter(x => Set<ManagementCycle>().Any(c => c.Id == x.CycleId)
            && (x.Level != UnitLevel.Organisation || Set<Organisation>().Any(o => o.Id == x.UnitId)));
        builder.Entity<CycleSnapshotDefinition>().HasQueryFilter(x => Set<ManagementCycle>().Any(c => c.Id == x.CycleId));
        builder.Entity<CycleSnapshotClass>().HasQueryFilter(x => Set<ManagementCycle>().Any(c => c.Id == x.CycleId));
    }

    /// <summary>
    /// A submission is an organisation's record; a request is seen by the region and wherever one of its submissions is.
    /// Calendar events: the region sees all, a municipality its own; nobody else (the calendar is the operators' tool).
    /// </summary>
    private void ApplyMonitoringFilters(ModelBuilder builder)
    {
        builder.Entity<CollectionSubmission>().HasQueryFilter(ForOrganisation<CollectionSubmission>(s => s.OrganisationId));
        builder.Entity<CollectedValue>().HasQueryFilter(v => Set<CollectionSubmission>().Any(s => s.Id == v.SubmissionId));
        builder.Entity<CollectionRequest>().HasQueryFilter(r =>
            Scope.Kind == ScopeKind.Region
            || (Scope.Kind == ScopeKind.Municipality && r.MunicipalityId == Scope.MunicipalityId)
            || Set<CollectionSubmission>().Any(s => s.RequestId == r.Id));
        builder.Entity<MonitoringEvent>().HasQueryFilter(e =>
            Scope.Kind == ScopeKind.Region || (Scope.Kind == ScopeKind.Municipality && e.MunicipalityId == Scope.MunicipalityId));
    }

    /// <summary>
    /// Everything about a person in professional development is visible exactly where the person is:
    /// a teacher sees only their own records, a head their staff's, a municipality its workers'.
    /// Catalogues (topics, providers, programmes, communities, events) are not personal and are not filtered.
    /// </summary>
    private void ApplyDevelopmentFilters(ModelBuilder builder)
    {
        builder.Entity<DiagnosticCampaign>().HasQueryFilter(c =>
            Scope.Kind == ScopeKind.Region || c.MunicipalityId == null
            || (Scope.Kind == ScopeKind.Municipality && c.MunicipalityId == Scope.MunicipalityId)
            || Set<DiagnosticResult>().Any(r => r.CampaignId == c.Id));
        builder.Entity<DiagnosticResult>().HasQueryFilter(ForPerson<DiagnosticResult>(x => x.PersonId));
        builder.Entity<DiagnosticGroupScore>().HasQueryFilter(x => Set<DiagnosticResult>().Any(r => r.Id == x.ResultId));
        builder.Entity<Deficit>().HasQueryFilter(ForPerson<Deficit>(x => x.PersonId));
        builder.Entity<MethodicalAssetMember>().HasQueryFilter(ForPerson<MethodicalAssetMember>(x => x.PersonId));
        builder.Entity<IndividualRoute>().HasQueryFilter(ForPerson<IndividualRoute>(x => x.PersonId));
        builder.Entity<RouteItem>().HasQueryFilter(x => Set<IndividualRoute>().Any(r => r.Id == x.RouteId));
        builder.Entity<RouteStatusChange>().HasQueryFilter(x => Set<IndividualRoute>().Any(r => r.Id == x.RouteId));
        builder.Entity<Enrolment>().HasQueryFilter(ForPerson<Enrolment>(x => x.PersonId));
        builder.Entity<TechnicalAssignment>().HasQueryFilter(x => Set<Enrolment>().Any(e => e.Id == x.EnrolmentId));
        builder.Entity<CourseReport>().HasQueryFilter(x => Set<Enrolment>().Any(e => e.Id == x.EnrolmentId));
        builder.Entity<CommunityMembership>().HasQueryFilter(ForPerson<CommunityMembership>(x => x.PersonId));
        builder.Entity<EventParticipation>().HasQueryFilter(ForPerson<EventParticipation>(x => x.PersonId));
        builder.Entity<CompetitionEntry>().HasQueryFilter(ForPerson<CompetitionEntry>(x => x.PersonId));
        builder.Entity<ExpertQualification>().HasQueryFilter(ForPerson<ExpertQualification>(x => x.PersonId));
        builder.Entity<AttestationRecord>().HasQueryFilter(ForPerson<AttestationRecord>(x => x.PersonId));
        builder.Entity<MentoringPair>().HasQueryFilter(x =>
            Set<Person>().Any(p => p.Id == x.MenteeId) || Set<Person>().Any(p => p.Id == x.MentorId));
        builder.Entity<MentoringMeeting>().HasQueryFilter(x => Set<MentoringPair>().Any(p => p.Id == x.PairId));
        builder.Entity<Finding>().HasQueryFilter(f => Scope.Kind != ScopeKind.Self
            && (f.Level != UnitLevel.Organisation || Set<Organisation>().Any(o => o.Id == f.UnitId)));
    }

    /// <summary>The person-visibility rule (the <see cref="Person"/> filter), applied to a person's records.</summary>
    private Expression<Func<T, bool>> ForPerson<T>(Expression<Func<T, int>> personIdOf)
    {
        Expression<Func<int, bool>> visible = id => Set<Person>().Any(p => p.Id == id);
        var body = ParameterReplacer.Replace(visible.Body, visible.Parameters[0], personIdOf.Body);
        return Expression.Lambda<Func<T, bool>>(body, personIdOf.Parameters);
    }

    private Expression<Func<Employment, bool>> AndSelf(Expression<Func<Employment, bool>> visible)
    {
        Expression<Func<Employment, bool>> self = e => Scope.Kind != ScopeKind.Self || e.PersonId == Scope.PersonId;
        var body = Expression.AndAlso(visible.Body, ParameterReplacer.Replace(self.Body, self.Parameters[0], visible.Parameters[0]));
        return Expression.Lambda<Func<Employment, bool>>(body, visible.Parameters);
    }

    /// <summary>The organisation-visibility rule, applied to any entity that belongs to an organisation.</summary>
    private Expression<Func<T, bool>> ForOrganisation<T>(Expression<Func<T, int>> organisationIdOf)
    {
        Expression<Func<int, bool>> visible = id =>
            Scope.Kind == ScopeKind.Region
            || ((Scope.Kind == ScopeKind.Organisation || Scope.Kind == ScopeKind.Self) && id == Scope.OrganisationId)
            || (Scope.Kind == ScopeKind.Municipality && Set<OrganisationPlacement>().Any(p =>
                p.OrganisationId == id && p.MunicipalityId == Scope.MunicipalityId
                && p.ValidFrom <= Scope.Today && (p.ValidTo == null || p.ValidTo > Scope.Today)))
            || (Scope.Kind == ScopeKind.Assigned && Set<UserAssignment>().Any(a => a.UserId == Scope.UserId && a.OrganisationId == id));
        var body = ParameterReplacer.Replace(visible.Body, visible.Parameters[0], organisationIdOf.Body);
        return Expression.Lambda<Func<T, bool>>(body, organisationIdOf.Parameters);
    }

    private sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        public static Expression Replace(Expression body, ParameterExpression from, Expression to) =>
            new ParameterReplacer(from, to).Visit(body);

        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
