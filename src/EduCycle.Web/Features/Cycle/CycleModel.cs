using EduCycle.Web.Features.Cycle.Cycles;
using EduCycle.Web.Features.Cycle.Decisions;
using EduCycle.Web.Features.Cycle.Effects;
using EduCycle.Web.Features.Cycle.Findings;
using EduCycle.Web.Features.Cycle.Recommendations;
using EduCycle.Web.Features.Cycle.Snapshots;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Cycle;

internal static class CycleModel
{
    private const int Code = 32, Name = 1000, User = 256, Text = 8000, Short = 500;

    public static void Configure(ModelBuilder b)
    {
        b.Entity<ManagementCycle>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(Name);
            e.Property(x => x.Goals).HasMaxLength(Text);
            e.Property(x => x.Conclusion).HasMaxLength(Text);
            e.Property(x => x.CreatedBy).HasMaxLength(User);
            e.Property(x => x.ClosedBy).HasMaxLength(User);
            e.HasOne(x => x.Municipality).WithMany().HasForeignKey(x => x.MunicipalityId);
            e.HasOne<ManagementCycle>().WithMany().HasForeignKey(x => x.PreviousCycleId);
            e.HasMany(x => x.Indicators).WithOne().HasForeignKey(x => x.CycleId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.SchoolYear, x.MunicipalityId });
        });
        b.Entity<CycleIndicator>(e =>
        {
            e.Property(x => x.IndicatorCode).HasMaxLength(Code);
            e.HasIndex(x => new { x.CycleId, x.IndicatorCode }).IsUnique();
        });
        b.Entity<CycleEvent>(e =>
        {
            e.Property(x => x.UserName).HasMaxLength(User);
            e.Property(x => x.Text).HasMaxLength(2000);
            e.Property(x => x.Subject).HasMaxLength(32);
            e.HasOne<ManagementCycle>().WithMany().HasForeignKey(x => x.CycleId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.CycleId, x.At });
        });
        b.Entity<CycleFinding>(e =>
        {
            e.Property(x => x.IndicatorCode).HasMaxLength(Code);
            e.Property(x => x.InstrumentCode).HasMaxLength(100);
            e.Property(x => x.Title).HasMaxLength(Name);
            e.Property(x => x.UnitName).HasMaxLength(Short);
            e.Property(x => x.Breakdown).HasMaxLength(100);
            e.Property(x => x.Evidence).HasMaxLength(Text);
            e.Property(x => x.CreatedBy).HasMaxLength(User);
            e.HasOne<ManagementCycle>().WithMany().HasForeignKey(x => x.CycleId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.CycleId, x.IndicatorCode });
            e.HasIndex(x => new { x.IndicatorCode, x.SchoolYear, x.Level, x.UnitId });
        });
        b.Entity<RecommendationTemplate>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(100);
            e.Property(x => x.TriggerCode).HasMaxLength(100);
            e.Property(x => x.TriggerBand).HasMaxLength(100);
            e.Property(x => x.Title).HasMaxLength(Name);
            e.Property(x => x.Text).HasMaxLength(Text);
            e.Property(x => x.Source).HasMaxLength(Name);
            e.Property(x => x.CreatedBy).HasMaxLength(User);
            e.HasIndex(x => new { x.Code, x.Version }).IsUnique();
        });
        b.Entity<Recommendation>(e =>
        {
            e.Property(x => x.AddresseeName).HasMaxLength(Name);
            e.Property(x => x.Title).HasMaxLength(Name);
            e.Property(x => x.Text).HasMaxLength(Text);
            e.Property(x => x.CreatedBy).HasMaxLength(User);
            e.Property(x => x.ApprovedBy).HasMaxLength(User);
            e.Property(x => x.PublishedBy).HasMaxLength(User);
            e.Property(x => x.WithdrawReason).HasMaxLength(2000);
            e.HasOne<ManagementCycle>().WithMany().HasForeignKey(x => x.CycleId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<RecommendationTemplate>().WithMany().HasForeignKey(x => x.TemplateId);
            e.HasMany(x => x.Findings).WithOne().HasForeignKey(x => x.RecommendationId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Acknowledgements).WithOne().HasForeignKey(x => x.RecommendationId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.AddresseeKind, x.AddresseeOrganisationId });
            e.HasIndex(x => x.AddresseeMunicipalityId);
        });
        b.Entity<RecommendationFinding>(e =>
        {
            e.HasKey(x => new { x.RecommendationId, x.FindingId });
            e.HasOne<CycleFinding>().WithMany().HasForeignKey(x => x.FindingId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.FindingId);
        });
        b.Entity<RecommendationAcknowledgement>(e =>
        {
            e.Property(x => x.UserId).HasMaxLength(User);
            e.Property(x => x.UserName).HasMaxLength(User);
            e.Property(x => x.Comment).HasMaxLength(2000);
            e.HasIndex(x => new { x.RecommendationId, x.UserId }).IsUnique();
        });
        b.Entity<ManagementDecision>(e =>
        {
            e.Property(x => x.Number).HasMaxLength(50);
            e.Property(x => x.Signatory).HasMaxLength(Short);
            e.Property(x => x.Title).HasMaxLength(Name);
            e.Property(x => x.Content).HasMaxLength(Text);
            e.Property(x => x.Responsible).HasMaxLength(Short);
            e.Property(x => x.CancelReason).HasMaxLength(2000);
            e.Property(x => x.CreatedBy).HasMaxLength(User);
            e.HasOne<ManagementCycle>().WithMany().HasForeignKey(x => x.CycleId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Findings).WithOne().HasForeignKey(x => x.DecisionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Units).WithOne().HasForeignKey(x => x.DecisionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Indicators).WithOne().HasForeignKey(x => x.DecisionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Measures).WithOne().HasForeignKey(x => x.DecisionId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<DecisionFinding>(e =>
        {
            e.HasKey(x => new { x.DecisionId, x.FindingId });
            e.HasOne<CycleFinding>().WithMany().HasForeignKey(x => x.FindingId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.FindingId);
        });
        b.Entity<DecisionUnit>(e => e.HasKey(x => new { x.DecisionId, x.Level, x.UnitId }));
        b.Entity<DecisionIndicator>(e =>
        {
            e.Property(x => x.IndicatorCode).HasMaxLength(Code);
            e.HasKey(x => new { x.DecisionId, x.IndicatorCode });
        });
        b.Entity<Measure>(e =>
        {
            e.Property(x => x.Title).HasMaxLength(Name);
            e.Property(x => x.Owner).HasMaxLength(Short);
            e.Property(x => x.Evidence).HasMaxLength(Text);
            e.Property(x => x.CancelReason).HasMaxLength(2000);
            e.HasMany(x => x.People).WithOne().HasForeignKey(x => x.MeasureId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.DueOn);
        });
        b.Entity<MeasurePerson>(e => e.HasKey(x => new { x.MeasureId, x.PersonId }));
        b.Entity<EffectEvaluation>(e =>
        {
            e.Property(x => x.IndicatorCode).HasMaxLength(Code);
            e.Property(x => x.VerdictReason).HasMaxLength(4000);
            e.Property(x => x.ConfirmedBy).HasMaxLength(User);
            e.Property(x => x.CreatedBy).HasMaxLength(User);
            e.HasOne<ManagementDecision>().WithMany().HasForeignKey(x => x.DecisionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Units).WithOne().HasForeignKey(x => x.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<EffectEvaluationUnit>(e => e.Property(x => x.UnitName).HasMaxLength(Short));
        b.Entity<CycleSnapshotValue>(e =>
        {
            e.Property(x => x.IndicatorCode).HasMaxLength(Code);
            e.Property(x => x.UnitName).HasMaxLength(Short);
            e.Property(x => x.Breakdown).HasMaxLength(100);
            e.HasOne<ManagementCycle>().WithMany().HasForeignKey(x => x.CycleId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.CycleId, x.IndicatorCode, x.SchoolYear, x.Level });
        });
        b.Entity<CycleSnapshotDefinition>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(Code);
            e.Property(x => x.Name).HasMaxLength(Name);
            e.Property(x => x.Unit).HasMaxLength(16);
            e.Property(x => x.Numerator).HasMaxLength(2000);
            e.Property(x => x.Denominator).HasMaxLength(2000);
            e.Property(x => x.Factor).HasPrecision(12, 4);
            e.HasOne<ManagementCycle>().WithMany().HasForeignKey(x => x.CycleId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.CycleId, x.Code }).IsUnique();
        });
        b.Entity<CycleSnapshotClass>(e =>
        {
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.UnitName).HasMaxLength(Short);
            e.Property(x => x.Label).HasMaxLength(Short);
            e.HasOne<ManagementCycle>().WithMany().HasForeignKey(x => x.CycleId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
