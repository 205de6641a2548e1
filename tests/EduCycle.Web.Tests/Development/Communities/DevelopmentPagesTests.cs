using System.Net;
using EduCycle.Web.Features.Development.Communities;
using EduCycle.Web.Features.Development.Mentoring;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Development.Communities;

/// <summary>The first GET (the prerender) of the mentoring, communities, events and attestation pages, under the caller's scope.</summary>
public sealed class DevelopmentPagesTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Pages_show_the_records_in_scope_and_a_mentor_sees_the_mentee(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var r = await app.SeedRegionAsync();
        var today = DateOnly.FromDateTime(DateTime.Today);
        int communityId;
        await using (var db = app.Db())
        {
            var p1 = await db.People.SingleAsync(p => p.Id == r.P(1).Id);
            p1.BirthDate = today.AddYears(-30);
            var p3 = await db.People.SingleAsync(p => p.Id == r.P(3).Id);
            p3.CategoryDate = today.AddYears(-5).AddDays(-10);
            var rmo = new Community { Name = "РМО учителей математики Альфинского района", Kind = CommunityKind.DistrictAssociation, Level = ActivityLevel.Municipal, MunicipalityId = r.A.Id, CreatedOn = new DateOnly(2020, 1, 1) };
            db.Communities.Add(rmo);
            db.MethodicalEvents.Add(new MethodicalEvent { Name = "Семинар по функциональной грамотности", Form = EventForm.Seminar, Level = ActivityLevel.Municipal, MunicipalityId = r.A.Id, Date = today, IsNetwork = true });
            db.MentoringPairs.AddRange(
                new MentoringPair { OrganisationId = r.A1.Id, MentorId = r.P(2).Id, MenteeId = r.P(1).Id, From = today.AddDays(-30), To = today.AddDays(200), Status = MentoringStatus.Active },
                new MentoringPair { OrganisationId = r.B1.Id, MentorId = r.P(6).Id, MenteeId = r.P(4).Id, From = today.AddDays(-30), To = today.AddDays(200), Status = MentoringStatus.Active });
            await db.SaveChangesAsync();
            db.CommunityMemberships.Add(new CommunityMembership { CommunityId = rmo.Id, PersonId = r.P(1).Id, Role = MembershipRole.Leader, ValidFrom = new DateOnly(2024, 9, 1) });
            await db.SaveChangesAsync();
            communityId = rmo.Id;
        }

        using var mentor = await app.ClientAsAsync(new TestUser("p6", Roles.Teacher, OrganisationId: r.B1.Id, PersonId: r.P(6).Id));
        var pairs = await GetPageAsync(mentor, "/development/mentoring");
        Assert.Contains(r.P(4).FullName, pairs);
        Assert.DoesNotContain("MARKP1", pairs);
        Assert.DoesNotContain("data-testid=\"pair-form\"", pairs);

        using var municipal = await app.ClientAsAsync(new TestUser("mun-a", Roles.MunicipalMethodist, MunicipalityId: r.A.Id));
        var young = await GetPageAsync(municipal, "/development/mentoring/young");
        Assert.Contains("Альфинский район", young);
        Assert.Contains("100,0 %", young);
        Assert.Contains("data-testid=\"pair-form\"", await GetPageAsync(municipal, "/development/mentoring"));

        var communities = await GetPageAsync(municipal, "/development/communities");
        Assert.Contains("РМО учителей математики Альфинского района", communities);
        Assert.Contains(r.P(1).FullName, communities);
        Assert.Contains(r.P(1).FullName, await GetPageAsync(municipal, $"/development/communities/{communityId}"));
        Assert.Contains("Семинар по функциональной грамотности", await GetPageAsync(municipal, "/development/events"));
        var attestation = await GetPageAsync(municipal, "/development/attestation");
        Assert.Contains(r.P(3).FullName, attestation);

        using var outsider = await app.ClientAsAsync(new TestUser("p4", Roles.Teacher, OrganisationId: r.B1.Id, PersonId: r.P(4).Id));
        var card = await GetPageAsync(outsider, $"/development/communities/{communityId}");
        Assert.Contains("РМО учителей математики Альфинского района", card);
        Assert.DoesNotContain("MARKP1", card);
        Assert.DoesNotContain("MARKP3", await GetPageAsync(outsider, "/development/attestation"));
    }

    private static async Task<string> GetPageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {html}");
        return WebUtility.HtmlDecode(html);
    }
}
