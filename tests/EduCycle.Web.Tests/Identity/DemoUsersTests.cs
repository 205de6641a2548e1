using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Identity;

public sealed class DemoUsersTests
{
    [Fact]
    public async Task The_first_start_in_demo_mode_seeds_the_region_and_a_user_per_role_with_a_real_scope()
    {
        await using var app = new EduCycleApp(TestDatabases.Sqlite);
        await using var demo = app.WithWebHostBuilder(b => b.UseSetting("Demo:Enabled", "true"));
        _ = demo.Services;

        await using var db = app.Db();
        var users = await db.Users.Where(u => u.IsDemo).ToDictionaryAsync(u => u.UserName!);
        Assert.Equal(DemoUsers.Accounts.Select(a => a.UserName).Order(), users.Keys.Order());

        var municipality = await db.Municipalities.SingleAsync(m => m.Code == DemoUsers.DemoMunicipalityCode);
        Assert.Equal(municipality.Id, users["municipal"].MunicipalityId);
        Assert.Equal(municipality.Id, users["mms"].MunicipalityId);

        var today = DateOnly.FromDateTime(DateTime.Today);
        foreach (var (login, position) in new[] { ("head", Position.Head), ("teacher", Position.Teacher) })
        {
            var user = users[login];
            Assert.NotNull(user.OrganisationId);
            Assert.NotNull(user.PersonId);
            Assert.True(await db.Employments.AnyAsync(e => e.PersonId == user.PersonId && e.OrganisationId == user.OrganisationId
                && e.Position == position && e.ValidFrom <= today && (e.ValidTo == null || e.ValidTo > today)), login);
            Assert.True(await db.OrganisationPlacements.AnyAsync(p => p.OrganisationId == user.OrganisationId && p.MunicipalityId == municipality.Id && p.ValidTo == null), login);
        }
        Assert.Equal(3, await db.UserAssignments.CountAsync(a => a.UserId == users["curator"].Id));
    }
}
