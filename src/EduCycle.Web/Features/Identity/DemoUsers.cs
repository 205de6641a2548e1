using EduCycle.Web.Data;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Features.Registry.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EduCycle.Web.Features.Identity;

/// <summary>
/// Demo mode: seeds the demo region into an empty database and creates one demo user per role
/// (listed in README). Demo users cannot sign in when demo mode is off.
/// </summary>
public sealed class DemoUsers(
    EduCycleDbContext db,
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<DemoSettings> demo,
    IConfiguration configuration,
    ILogger<DemoUsers> log)
{
    public const string Password = "Demo2025!";
    public const string DemoMunicipalityCode = "47-14";

    public sealed record DemoAccount(string UserName, string Role, string DisplayName);

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("region", Roles.RegionalOperator, "Региональный оператор (комитет образования)"),
        new("methodist", Roles.RegionalMethodist, "Методист ЦНППМ"),
        new("municipal", Roles.MunicipalOperator, "Отдел образования, Приозерский район"),
        new("mms", Roles.MunicipalMethodist, "Методическая служба, Приозерский район"),
        new("head", Roles.Head, "Директор школы"),
        new("curator", Roles.Curator, "Куратор школ"),
        new("teacher", Roles.Teacher, "Педагог"),
    ];

    public async Task EnsureAsync(CancellationToken ct = default)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        if (!demo.Value.Enabled) return;

        if (!await db.Regions.AnyAsync(ct))
        {
            var seed = configuration.GetValue("Demo:Seed", 2025);
            log.LogInformation("Seeding the demo region (seed {Seed})…", seed);
            var report = await new DemoRegionSeeder(db).SeedAsync(DemoScale.Region, seed, null, ct);
            log.LogInformation("Demo region seeded: {Report}", report);
        }
        if (await users.Users.AnyAsync(u => u.IsDemo, ct)) return;

        var municipality = await db.Municipalities.AsNoTracking().SingleAsync(m => m.Code == DemoMunicipalityCode, ct);
        var today = DateOnly.FromDateTime(DateTime.Today);
        var school = await db.OrganisationPlacements.AsNoTracking()
            .Where(p => p.MunicipalityId == municipality.Id && p.ValidTo == null)
            .Join(db.Organisations.Where(o => o.Kind == OrganisationKind.School), p => p.OrganisationId, o => o.Id, (p, o) => o)
            .OrderBy(o => o.Id).FirstOrDefaultAsync(ct);
        var head = school is null ? null : await CurrentWorker(school.Id, Position.Head, today, ct);
        var teacher = school is null ? null : await CurrentWorker(school.Id, Position.Teacher, today, ct);
        var assigned = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.School)
            .OrderBy(o => o.Id).Select(o => o.Id).Take(60).ToListAsync(ct);

        foreach (var account in Accounts)
        {
            var user = new AppUser
            {
                UserName = account.UserName,
                DisplayName = account.DisplayName,
                IsDemo = true,
                ScopeKind = Roles.ScopeOf(account.Role),
                EmailConfirmed = true,
            };
            switch (user.ScopeKind)
            {
                case ScopeKind.Municipality:
                    user.MunicipalityId = municipality.Id;
                    break;
                case ScopeKind.Organisation:
                    user.OrganisationId = school?.Id;
                    user.PersonId = head;
                    break;
                case ScopeKind.Self:
                    user.OrganisationId = school?.Id;
                    user.PersonId = teacher;
                    break;
            }
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded)
                throw new InvalidOperationException($"Demo user {account.UserName}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            await users.AddToRoleAsync(user, account.Role);
            if (user.ScopeKind == ScopeKind.Assigned)
            {
                db.UserAssignments.AddRange(assigned.Where((_, i) => i % 20 == 0)
                    .Select(id => new UserAssignment { UserId = user.Id, OrganisationId = id }));
                await db.SaveChangesAsync(ct);
            }
        }
    }

    private Task<int?> CurrentWorker(int organisationId, Position position, DateOnly today, CancellationToken ct) =>
        db.Employments.AsNoTracking()
            .Where(e => e.OrganisationId == organisationId && e.Position == position && e.ValidFrom <= today && (e.ValidTo == null || e.ValidTo > today))
            .OrderBy(e => e.PersonId).Select(e => (int?)e.PersonId).FirstOrDefaultAsync(ct);
}
