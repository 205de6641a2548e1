using EduCycle.Web.Features.Indicators.Definitions;
using EduCycle.Web.Features.Indicators.Targets;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Indicators;

internal static class IndicatorsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<IndicatorDefinition>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(32);
            e.Property(x => x.Name).HasMaxLength(1000);
            e.Property(x => x.Area).HasMaxLength(200);
            e.Property(x => x.Task).HasMaxLength(1000);
            e.Property(x => x.Unit).HasMaxLength(16);
            e.Property(x => x.Numerator).HasMaxLength(2000);
            e.Property(x => x.Denominator).HasMaxLength(2000);
            e.Property(x => x.Factor).HasPrecision(12, 4);
            e.Property(x => x.Breakdowns).HasMaxLength(200);
            e.Property(x => x.Source).HasMaxLength(1000);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.Code, x.Version }).IsUnique();
            e.Ignore(x => x.BreakdownList);
        });
        b.Entity<IndicatorTarget>(e =>
        {
            e.Property(x => x.IndicatorCode).HasMaxLength(32);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.IndicatorCode, x.SchoolYear, x.Level, x.UnitId }).IsUnique();
        });
        b.Entity<Finding>(e =>
        {
            e.Property(x => x.IndicatorCode).HasMaxLength(32);
            e.Property(x => x.UnitName).HasMaxLength(500);
            e.Property(x => x.Breakdown).HasMaxLength(100);
            e.HasIndex(x => new { x.IndicatorCode, x.SchoolYear, x.Level, x.UnitId });
        });
    }
}
