using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Monitoring;

internal static class MonitoringModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<CollectedElement>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(100);
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Name).HasMaxLength(500);
            e.Property(x => x.Unit).HasMaxLength(32);
            e.Property(x => x.MinValue).HasPrecision(18, 4);
            e.Property(x => x.MaxValue).HasPrecision(18, 4);
            e.Property(x => x.Description).HasMaxLength(2000);
        });
        b.Entity<CollectionForm>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(100);
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Name).HasMaxLength(500);
            e.Property(x => x.Description).HasMaxLength(2000);
            e.HasMany(x => x.Fields).WithOne().HasForeignKey(x => x.FormId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Rules).WithOne().HasForeignKey(x => x.FormId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<CollectionFormField>(e =>
        {
            e.Property(x => x.ElementCode).HasMaxLength(100);
            e.HasIndex(x => new { x.FormId, x.ElementCode }).IsUnique();
        });
        b.Entity<ConsistencyRule>(e =>
        {
            e.Property(x => x.LeftCode).HasMaxLength(100);
            e.Property(x => x.RightCode).HasMaxLength(100);
            e.Property(x => x.Message).HasMaxLength(1000);
        });
        b.Entity<CollectionRequest>(e =>
        {
            e.HasOne(x => x.Form).WithMany().HasForeignKey(x => x.FormId);
            e.HasOne(x => x.Municipality).WithMany().HasForeignKey(x => x.MunicipalityId);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasMany(x => x.Submissions).WithOne(x => x.Request).HasForeignKey(x => x.RequestId);
        });
        b.Entity<CollectionSubmission>(e =>
        {
            e.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasIndex(x => new { x.RequestId, x.OrganisationId }).IsUnique();
            e.HasIndex(x => x.OrganisationId);
            e.Property(x => x.SubmittedBy).HasMaxLength(256);
            e.Property(x => x.ApprovedBy).HasMaxLength(256);
            e.Property(x => x.ReopenedBy).HasMaxLength(256);
            e.Property(x => x.ReturnReason).HasMaxLength(2000);
            e.Property(x => x.ReopenReason).HasMaxLength(2000);
            e.HasMany(x => x.Values).WithOne().HasForeignKey(x => x.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<CollectedValue>(e =>
        {
            e.Property(x => x.ElementCode).HasMaxLength(100);
            e.Property(x => x.Value).HasPrecision(18, 4);
            e.HasIndex(x => new { x.SubmissionId, x.ElementCode }).IsUnique();
        });
        b.Entity<MonitoringPlanItem>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(100);
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Name).HasMaxLength(1000);
            e.Property(x => x.Periodicity).HasMaxLength(200);
            e.Property(x => x.Responsible).HasMaxLength(1000);
            e.Property(x => x.ExpectedResult).HasMaxLength(1000);
            e.Property(x => x.Source).HasMaxLength(200);
            e.Property(x => x.Timing).HasMaxLength(100);
        });
        b.Entity<MonitoringEvent>(e =>
        {
            e.HasOne(x => x.PlanItem).WithMany().HasForeignKey(x => x.PlanItemId);
            e.HasOne(x => x.Municipality).WithMany().HasForeignKey(x => x.MunicipalityId);
            e.HasIndex(x => new { x.SchoolYear, x.MunicipalityId, x.PlanItemId, x.Occurrence }).IsUnique();
            e.HasIndex(x => x.DueDate);
            e.Property(x => x.Note).HasMaxLength(2000);
        });
    }
}
