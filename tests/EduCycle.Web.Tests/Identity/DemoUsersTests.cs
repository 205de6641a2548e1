using EduCycle.Engine.Instruments;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Instruments;
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

        // The demo monitoring of methodical services: 18 municipalities; the demo one still to fill; the other 17 cycle
        // through locked, locked, reviewed, submitted → 9 locked, 4 reviewed, 4 submitted.
        var campaign = await db.Campaigns.SingleAsync(c => c.InstrumentCode == "mms-young-teachers");
        var statuses = await db.Assignments.Where(a => a.CampaignId == campaign.Id).Select(a => new { a.MunicipalityId, a.Status }).ToListAsync();
        Assert.Equal(18, statuses.Count);
        Assert.Equal(AssignmentStatus.Assigned, statuses.Single(a => a.MunicipalityId == municipality.Id).Status);
        Assert.Equal(9, statuses.Count(a => a.Status == AssignmentStatus.Locked));
        Assert.Equal(4, statuses.Count(a => a.Status == AssignmentStatus.Reviewed));
        Assert.Equal(4, statuses.Count(a => a.Status == AssignmentStatus.Submitted));

        // Every stored total is what the engine gives for the stored answers; the expert lowered one or two items by a point.
        var definition = RepositoryInstruments.Load("mms-young-teachers");
        var assessments = await db.Assessments.ToListAsync();
        foreach (var a in assessments)
            Assert.Equal((decimal?)a.Total, InstrumentScorer.Score(definition, InstrumentJson.ParseResponse(a.ResponseJson)).Result!.Total);
        foreach (var expert in assessments.Where(a => a.Role == AssessmentRole.Expert))
        {
            var self = assessments.Single(a => a.AssignmentId == expert.AssignmentId && a.Role == AssessmentRole.Self);
            Assert.InRange(self.Total!.Value - expert.Total!.Value, 1, 2);
        }
        Assert.True(await db.Assignments.AnyAsync(a => a.OrganisationId == users["head"].OrganisationId && a.Status == AssignmentStatus.Assigned),
            "the demo head has a self-assessment to fill");
    }

}
