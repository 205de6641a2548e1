using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Registry;

internal static class RegistryModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Region>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(16);
            e.Property(x => x.Name).HasMaxLength(200);
            e.HasIndex(x => x.Code).IsUnique();
        });
        b.Entity<EducationalDistrict>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId);
        });
        b.Entity<Municipality>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(32);
            e.Property(x => x.Name).HasMaxLength(200);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId);
            e.HasOne(x => x.District).WithMany().HasForeignKey(x => x.DistrictId);
        });
        b.Entity<Organisation>(e =>
        {
            e.Property(x => x.ExternalCode).HasMaxLength(32);
            e.Property(x => x.FullName).HasMaxLength(500);
            e.Property(x => x.ShortName).HasMaxLength(200);
            e.HasIndex(x => x.ExternalCode).IsUnique();
            e.HasMany(x => x.Placements).WithOne().HasForeignKey(x => x.OrganisationId);
            e.HasMany(x => x.YearStatuses).WithOne().HasForeignKey(x => x.OrganisationId);
        });
        b.Entity<OrganisationPlacement>(e =>
        {
            e.HasOne(x => x.Municipality).WithMany().HasForeignKey(x => x.MunicipalityId);
            e.HasIndex(x => new { x.MunicipalityId, x.ValidFrom });
            e.HasIndex(x => new { x.OrganisationId, x.ValidFrom }).IsUnique();
        });
        b.Entity<OrganisationYearStatus>(e => e.HasKey(x => new { x.OrganisationId, x.SchoolYear }));
        b.Entity<Person>(e =>
        {
            e.Property(x => x.ExternalCode).HasMaxLength(32);
            e.Property(x => x.LastName).HasMaxLength(100);
            e.Property(x => x.FirstName).HasMaxLength(100);
            e.Property(x => x.MiddleName).HasMaxLength(100);
            e.HasIndex(x => x.ExternalCode).IsUnique();
            e.HasIndex(x => new { x.LastName, x.FirstName });
            e.HasMany(x => x.Employments).WithOne(x => x.Person).HasForeignKey(x => x.PersonId);
            e.HasMany(x => x.Subjects).WithOne().HasForeignKey(x => x.PersonId);
            e.Ignore(x => x.FullName);
        });
        b.Entity<Employment>(e =>
        {
            e.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasIndex(x => new { x.OrganisationId, x.ValidFrom });
            e.HasIndex(x => new { x.PersonId, x.ValidFrom });
        });
        b.Entity<Subject>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(32);
            e.Property(x => x.Name).HasMaxLength(100);
            e.HasIndex(x => x.Code).IsUnique();
        });
        b.Entity<PersonSubject>(e =>
        {
            e.HasKey(x => new { x.PersonId, x.SubjectId });
            e.HasOne(x => x.Subject).WithMany().HasForeignKey(x => x.SubjectId);
        });
        b.Entity<Vacancy>(e =>
        {
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasOne(x => x.Subject).WithMany().HasForeignKey(x => x.SubjectId);
            e.HasIndex(x => new { x.OrganisationId, x.SchoolYear, x.SubjectId }).IsUnique();
        });
    }
}
