using EduCycle.Web.Features.Development.Diagnostics;
using EduCycle.Web.Features.Development.Enrolments;
using EduCycle.Web.Features.Development.Mentoring;
using EduCycle.Web.Features.Development.Routes;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Development.Demo;

public sealed class DevelopmentDemoTests(DevelopmentDemoFixture fixture) : IClassFixture<DevelopmentDemoFixture>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_demo_teacher_has_deficits_a_route_in_progress_an_assignment_to_fill_and_a_mentor(string provider)
    {
        var settings = await fixture.StartedAsync(provider);
        await using var db = await DevelopmentDemoFixture.AsDemoUserAsync(settings, "teacher");
        var me = db.Scope.PersonId;

        Assert.True(await db.Deficits.AnyAsync(d => d.PersonId == me && d.ResultId != null && d.ResolvedOn == null));
        Assert.True(await db.Routes.AnyAsync(r => r.PersonId == me && r.Status == RouteStatus.InProgress && r.Items.Any()));
        Assert.True(await db.Enrolments.AnyAsync(e => e.PersonId == me && e.Status == EnrolmentStatus.Planned
            && (e.TechnicalAssignment == null || e.TechnicalAssignment.Status == FormStatus.Draft)));
        Assert.True(await db.MentoringPairs.AnyAsync(p => p.MenteeId == me && p.Status == MentoringStatus.Active));
        // Nobody else's records reach the teacher.
        Assert.False(await db.DiagnosticResults.AnyAsync(r => r.PersonId != me));
        Assert.False(await db.Routes.AnyAsync(r => r.PersonId != me));
    }
}
