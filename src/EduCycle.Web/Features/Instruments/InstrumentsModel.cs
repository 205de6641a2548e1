using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Instruments;

internal static class InstrumentsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<InstrumentVersion>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(500);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.Subject).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.Code, x.Version }).IsUnique();
        });
        b.Entity<Campaign>(e =>
        {
            e.Property(x => x.InstrumentCode).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(500);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasOne<InstrumentVersion>().WithMany().HasForeignKey(x => new { x.InstrumentCode, x.InstrumentVersion })
                .HasPrincipalKey(x => new { x.Code, x.Version });
        });
        b.Entity<Assignment>(e =>
        {
            e.HasOne(x => x.Campaign).WithMany().HasForeignKey(x => x.CampaignId);
            e.HasOne<Registry.Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasOne<Registry.Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId);
            e.HasOne<Registry.Municipality>().WithMany().HasForeignKey(x => x.AreaMunicipalityId);
            e.HasOne<Registry.Person>().WithMany().HasForeignKey(x => x.PersonId);
            e.HasOne<Development.Programmes.Programme>().WithMany().HasForeignKey(x => x.ProgrammeId);
            e.Property(x => x.AssignedBy).HasMaxLength(256);
            e.Property(x => x.SubmittedBy).HasMaxLength(256);
            e.Property(x => x.ReviewedBy).HasMaxLength(256);
            e.Property(x => x.LockedBy).HasMaxLength(256);
            e.Property(x => x.ResultBand).HasMaxLength(500);
            e.HasIndex(x => x.CampaignId);
        });
        b.Entity<Assessment>(e =>
        {
            e.HasOne<Assignment>().WithMany().HasForeignKey(x => x.AssignmentId);
            e.Property(x => x.InstrumentCode).HasMaxLength(64);
            e.Property(x => x.Band).HasMaxLength(500);
            e.Property(x => x.FinalBand).HasMaxLength(500);
            e.Property(x => x.SavedBy).HasMaxLength(256);
            e.Property(x => x.SubmittedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.AssignmentId, x.Role }).IsUnique();
        });
        b.Entity<EvidenceFile>(e =>
        {
            e.HasOne<Assignment>().WithMany().HasForeignKey(x => x.AssignmentId);
            e.Property(x => x.ItemCode).HasMaxLength(64);
            e.Property(x => x.FileName).HasMaxLength(260);
            e.Property(x => x.ContentType).HasMaxLength(128);
            e.Property(x => x.UploadedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.AssignmentId, x.ItemCode });
        });
        b.Entity<TestAttempt>(e =>
        {
            e.HasOne<Assignment>().WithMany().HasForeignKey(x => x.AssignmentId);
            e.HasOne<Registry.Person>().WithMany().HasForeignKey(x => x.PersonId);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.ReopenedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.AssignmentId, x.Number }).IsUnique();
        });
    }
}
