using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Identity;

internal static class IdentityModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<AppUser>(e => e.Property(x => x.DisplayName).HasMaxLength(200));
        b.Entity<UserAssignment>(e =>
        {
            e.HasKey(x => new { x.UserId, x.OrganisationId });
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId);
        });
        b.Entity<PersonalAccessToken>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.TokenHash).HasMaxLength(64);
            e.Property(x => x.Prefix).HasMaxLength(16);
            e.HasIndex(x => x.TokenHash).IsUnique();
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId);
        });
        b.Entity<AuditEntry>(e =>
        {
            e.Property(x => x.UserName).HasMaxLength(256);
            e.Property(x => x.EntityType).HasMaxLength(64);
            e.Property(x => x.EntityId).HasMaxLength(64);
            e.HasIndex(x => new { x.EntityType, x.EntityId });
            e.HasIndex(x => x.At);
        });
    }
}
