using EduCycle.Engine.Development;
using EduCycle.Web.Features.Development.Communities;
using EduCycle.Web.Features.Development.Enrolments;
using EduCycle.Web.Features.Development.Mentoring;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Tests.Development.Routes;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Development.Cabinet;

/// <summary>The teacher's cabinet shows the teacher's own records and nothing of anyone else's.</summary>
public sealed class CabinetPageTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Each_teacher_sees_only_their_own_diagnostics_route_enrolments_mentoring_and_communities(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var r = await app.SeedRegionAsync();
        await using (var db = app.Db())
        {
            var s = await RouteSeed.SeedAsync(db, r);
            var today = db.Scope.Today;
            db.Enrolments.Add(new Enrolment
            {
                PersonId = r.P(4).Id, ProgrammeId = s.PB.Id, OrganisationId = r.B1.Id, StartDate = today.AddDays(-60), EndDate = today.AddDays(-30),
                Status = EnrolmentStatus.Completed, CertificateNumber = "CERT-P4-SECRET", CreatedBy = "test",
            });
            db.Enrolments.Add(new Enrolment
            {
                PersonId = r.P(1).Id, ProgrammeId = s.PA.Id, OrganisationId = r.A1.Id, StartDate = today.AddDays(10), EndDate = today.AddDays(40),
                Status = EnrolmentStatus.Planned, CertificateNumber = "CERT-P1-OWN", CreatedBy = "test",
            });
            db.MentoringPairs.Add(new MentoringPair
            {
                MentorId = r.P(6).Id, MenteeId = r.P(4).Id, OrganisationId = r.B1.Id, Form = MentoringForm.TeacherTeacher,
                From = today.AddDays(-100), To = today.AddDays(200), Status = MentoringStatus.Active, Plan = "PLAN-P4-SECRET",
            });
            var community = new Community { Name = "Сообщество-P4-SECRET", Kind = CommunityKind.NetworkCommunity, Level = ActivityLevel.Regional, CreatedOn = today.AddYears(-1) };
            db.Communities.Add(community);
            await db.SaveChangesAsync();
            db.CommunityMemberships.Add(new CommunityMembership { CommunityId = community.Id, PersonId = r.P(4).Id, Role = MembershipRole.Member, ValidFrom = today.AddDays(-50) });
            await db.SaveChangesAsync();
        }
        using var methodist = await app.ClientAsAsync(new TestUser("cab-methodist", Roles.RegionalMethodist));
        var p1Route = (await RoutesApiTests.Ok(await methodist.PostAsync($"/api/v1/people/{r.P(1).Id}/routes/draft", null))).GetProperty("route").GetProperty("id").GetInt32();
        var p4Route = (await RoutesApiTests.Ok(await methodist.PostAsync($"/api/v1/people/{r.P(4).Id}/routes/draft", null))).GetProperty("route").GetProperty("id").GetInt32();

        using var teacher1 = await app.ClientAsAsync(new TestUser("cab-teacher1", Roles.Teacher, OrganisationId: r.A1.Id, PersonId: r.P(1).Id));
        var mine = await RoutesApiTests.PageAsync(teacher1, "/my");
        Assert.Contains("MARKP1", mine);
        Assert.Contains($"/development/routes/{p1Route}", mine);
        Assert.Contains("Самообразование по теме «Работа с одарёнными детьми»", mine);
        Assert.Contains("Формирующее оценивание", mine);
        Assert.Contains("Диагностика 2026", mine);
        Assert.Contains("CERT-P1-OWN", mine);
        Assert.Contains("/development/enrolments/", mine);
        foreach (var secret in new[] { "MARKP4", "MARKP6", "CERT-P4-SECRET", "PLAN-P4-SECRET", "Сообщество-P4-SECRET", $"/development/routes/{p4Route}\"" })
            Assert.DoesNotContain(secret, mine);

        // The same page shows P4's records to P4: the secrets above are really on it.
        using var teacher4 = await app.ClientAsAsync(new TestUser("cab-teacher4", Roles.Teacher, OrganisationId: r.B1.Id, PersonId: r.P(4).Id));
        var theirs = await RoutesApiTests.PageAsync(teacher4, "/my");
        foreach (var secret in new[] { "MARKP4", "CERT-P4-SECRET", "PLAN-P4-SECRET", "Сообщество-P4-SECRET", $"/development/routes/{p4Route}" })
            Assert.Contains(secret, theirs);
        Assert.Contains("MARKP6", theirs); // the mentee sees who mentors them, and nothing else of P6
        Assert.DoesNotContain("MARKP1", theirs);
        Assert.DoesNotContain("CERT-P1-OWN", theirs);

        using var head = await app.ClientAsAsync(new TestUser("cab-head", Roles.Head, OrganisationId: r.A1.Id, PersonId: r.P(2).Id));
        var denied = await head.GetAsync("/my");
        Assert.DoesNotContain("MARKP1", await denied.Content.ReadAsStringAsync());
    }
}
