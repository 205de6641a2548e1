using EduCycle.Web.Features.Development.Communities;
using EduCycle.Web.Features.Development.Diagnostics;
using EduCycle.Web.Features.Development.Enrolments;
using EduCycle.Web.Features.Development.Mentoring;
using EduCycle.Web.Features.Development.Programmes;
using EduCycle.Web.Features.Development.Routes;
using EduCycle.Web.Features.Registry;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development;

internal static class DevelopmentModel
{
    public static void Configure(ModelBuilder b)
    {
        ConfigureDiagnostics(b);
        ConfigureProgrammes(b);
        ConfigureRoutes(b);
        ConfigureEnrolments(b);
        ConfigureCommunities(b);
        ConfigureMentoring(b);
    }

    private static void ConfigureDiagnostics(ModelBuilder b)
    {
        b.Entity<DiagnosticCampaign>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(500);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Property(x => x.SufficientLevel).HasPrecision(5, 2);
            e.Property(x => x.UnsatisfactoryLevel).HasPrecision(5, 2);
            e.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId);
            e.HasMany(x => x.Subjects).WithOne().HasForeignKey(x => x.CampaignId);
        });
        b.Entity<DiagnosticCampaignSubject>(e =>
        {
            e.HasKey(x => new { x.CampaignId, x.SubjectId });
            e.HasOne<Subject>().WithMany().HasForeignKey(x => x.SubjectId);
        });
        b.Entity<DiagnosticResult>(e =>
        {
            e.HasOne(x => x.Campaign).WithMany().HasForeignKey(x => x.CampaignId);
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasOne<Subject>().WithMany().HasForeignKey(x => x.SubjectId);
            e.HasOne<DiagnosticResult>().WithMany().HasForeignKey(x => x.PreviousResultId);
            e.Property(x => x.EnteredBy).HasMaxLength(256);
            e.HasIndex(x => new { x.CampaignId, x.PersonId, x.Attempt }).IsUnique();
            e.HasIndex(x => x.PersonId);
            e.HasMany(x => x.Scores).WithOne().HasForeignKey(x => x.ResultId);
        });
        b.Entity<DiagnosticGroupScore>(e =>
        {
            e.HasKey(x => new { x.ResultId, x.Group });
            e.Property(x => x.Percent).HasPrecision(5, 2);
        });
        b.Entity<DeficitTopic>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(500);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasOne<Subject>().WithMany().HasForeignKey(x => x.SubjectId);
        });
        b.Entity<Deficit>(e =>
        {
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId);
            e.HasOne(x => x.Topic).WithMany().HasForeignKey(x => x.TopicId);
            e.HasOne<DiagnosticResult>().WithMany().HasForeignKey(x => x.ResultId);
            e.HasIndex(x => new { x.PersonId, x.TopicId });
        });
        b.Entity<MethodicalAssetMember>(e =>
        {
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId);
            e.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId);
            e.Property(x => x.ConfirmedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.MunicipalityId, x.SchoolYear, x.PersonId }).IsUnique();
        });
    }

    private static void ConfigureProgrammes(ModelBuilder b)
    {
        b.Entity<Provider>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(500);
            e.HasIndex(x => x.Name).IsUnique();
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        });
        b.Entity<Programme>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(1000);
            e.Property(x => x.Annotation).HasMaxLength(4000);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasOne(x => x.Provider).WithMany().HasForeignKey(x => x.ProviderId);
            e.HasOne<Subject>().WithMany().HasForeignKey(x => x.SubjectId);
            e.HasMany(x => x.Topics).WithOne().HasForeignKey(x => x.ProgrammeId);
        });
        b.Entity<ProgrammeTopic>(e =>
        {
            e.HasKey(x => new { x.ProgrammeId, x.TopicId });
            e.HasOne<DeficitTopic>().WithMany().HasForeignKey(x => x.TopicId);
        });
    }

    private static void ConfigureRoutes(ModelBuilder b)
    {
        b.Entity<IndividualRoute>(e =>
        {
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasOne<DiagnosticResult>().WithMany().HasForeignKey(x => x.BasedOnResultId);
            e.HasOne<DiagnosticResult>().WithMany().HasForeignKey(x => x.ClosingResultId);
            e.Property(x => x.Note).HasMaxLength(4000);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.RouteId);
            e.HasMany(x => x.History).WithOne().HasForeignKey(x => x.RouteId);
            e.HasIndex(x => x.PersonId);
        });
        b.Entity<RouteItem>(e =>
        {
            e.Property(x => x.Title).HasMaxLength(1000);
            e.Property(x => x.Evidence).HasMaxLength(2000);
            e.HasOne<DeficitTopic>().WithMany().HasForeignKey(x => x.TopicId);
            e.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId);
            e.HasOne<MethodicalEvent>().WithMany().HasForeignKey(x => x.EventId);
        });
        b.Entity<RouteStatusChange>(e =>
        {
            e.Property(x => x.By).HasMaxLength(256);
            e.Property(x => x.Reason).HasMaxLength(2000);
        });
    }

    private static void ConfigureEnrolments(ModelBuilder b)
    {
        b.Entity<Enrolment>(e =>
        {
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId);
            e.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasOne<RouteItem>().WithMany().HasForeignKey(x => x.RouteItemId);
            e.Property(x => x.EntryPercent).HasPrecision(5, 2);
            e.Property(x => x.RepeatPercent).HasPrecision(5, 2);
            e.Property(x => x.CertificateNumber).HasMaxLength(64);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasOne(x => x.TechnicalAssignment).WithOne().HasForeignKey<TechnicalAssignment>(x => x.EnrolmentId);
            e.HasOne(x => x.CourseReport).WithOne().HasForeignKey<CourseReport>(x => x.EnrolmentId);
            e.HasIndex(x => x.PersonId);
            e.HasIndex(x => x.ProgrammeId);
        });
        b.Entity<TechnicalAssignment>(e =>
        {
            e.HasKey(x => x.EnrolmentId);
            e.Property(x => x.DiplomaNumber).HasMaxLength(64);
            e.Property(x => x.Speciality).HasMaxLength(500);
            e.Property(x => x.DifficultyDirections).HasMaxLength(4000);
            e.Property(x => x.SignedByHead).HasMaxLength(256);
        });
        b.Entity<CourseReport>(e =>
        {
            e.HasKey(x => x.EnrolmentId);
            e.Property(x => x.InternshipPlace).HasMaxLength(500);
            e.Property(x => x.InternshipActivity).HasMaxLength(1000);
            e.Property(x => x.FinalAttestationForm).HasMaxLength(500);
            e.Property(x => x.CompetenciesComment).HasMaxLength(4000);
            e.Property(x => x.DisseminationRecommendation).HasMaxLength(4000);
        });
    }

    private static void ConfigureCommunities(ModelBuilder b)
    {
        b.Entity<Community>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(500);
            e.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasOne<Subject>().WithMany().HasForeignKey(x => x.SubjectId);
        });
        b.Entity<CommunityMembership>(e =>
        {
            e.HasOne<Community>().WithMany().HasForeignKey(x => x.CommunityId);
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId);
            e.HasIndex(x => new { x.CommunityId, x.PersonId });
            e.HasIndex(x => x.PersonId);
        });
        b.Entity<MethodicalEvent>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(1000);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganiserOrganisationId);
            e.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId);
            e.HasOne<Community>().WithMany().HasForeignKey(x => x.CommunityId);
            e.HasOne<Subject>().WithMany().HasForeignKey(x => x.SubjectId);
            e.HasMany(x => x.Topics).WithOne().HasForeignKey(x => x.EventId);
            e.HasIndex(x => x.Date);
        });
        b.Entity<EventTopic>(e =>
        {
            e.HasKey(x => new { x.EventId, x.TopicId });
            e.HasOne<DeficitTopic>().WithMany().HasForeignKey(x => x.TopicId);
        });
        b.Entity<EventParticipation>(e =>
        {
            e.HasOne<MethodicalEvent>().WithMany().HasForeignKey(x => x.EventId);
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId);
            e.HasIndex(x => new { x.EventId, x.PersonId }).IsUnique();
            e.HasIndex(x => x.PersonId);
        });
        b.Entity<CompetitionEntry>(e =>
        {
            e.Property(x => x.Competition).HasMaxLength(500);
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId);
        });
        b.Entity<ExpertQualification>(e =>
        {
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId);
            e.HasOne<Subject>().WithMany().HasForeignKey(x => x.SubjectId);
        });
        b.Entity<AttestationRecord>(e =>
        {
            e.Property(x => x.OrderNumber).HasMaxLength(64);
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId);
            e.HasIndex(x => new { x.PersonId, x.DecidedOn });
        });
    }

    private static void ConfigureMentoring(ModelBuilder b)
    {
        b.Entity<MentoringPair>(e =>
        {
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.MentorId);
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.MenteeId);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.Property(x => x.Plan).HasMaxLength(4000);
            e.Property(x => x.Outcome).HasMaxLength(4000);
            e.HasMany(x => x.Meetings).WithOne().HasForeignKey(x => x.PairId);
            e.HasIndex(x => x.MenteeId);
            e.HasIndex(x => x.MentorId);
        });
        b.Entity<MentoringMeeting>(e =>
        {
            e.Property(x => x.Topic).HasMaxLength(1000);
            e.Property(x => x.Notes).HasMaxLength(4000);
        });
    }
}
