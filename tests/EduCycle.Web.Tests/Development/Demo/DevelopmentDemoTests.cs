using System.Text.Json;
using EduCycle.Engine.Calendar;
using EduCycle.Engine.Development;
using EduCycle.Web.Features.Development.Analytics;
using EduCycle.Web.Features.Development.Demo;
using EduCycle.Web.Features.Development.Diagnostics;
using EduCycle.Web.Features.Development.Enrolments;
using EduCycle.Web.Features.Development.Mentoring;
using EduCycle.Web.Features.Development.Programmes;
using EduCycle.Web.Features.Development.Routes;
using EduCycle.Web.Features.Registry.Demo;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

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
        Assert.False(await db.DiagnosticResults.AnyAsync(r => r.PersonId != me));
        Assert.False(await db.Routes.AnyAsync(r => r.PersonId != me));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_demo_heads_school_has_diagnostics_routes_enrolments_and_mentoring_for_several_teachers(string provider)
    {
        var settings = await fixture.StartedAsync(provider);
        await using var db = await DevelopmentDemoFixture.AsDemoUserAsync(settings, "head");
        var year = SchoolYear.Containing(db.Scope.Today);
        var school = db.Scope.OrganisationId;

        Assert.True(await db.DiagnosticResults.Where(r => r.OrganisationId == school && r.Campaign!.StartDate >= year.Start).Select(r => r.PersonId).Distinct().CountAsync() >= 5);
        Assert.True(await db.Deficits.Select(d => d.PersonId).Distinct().CountAsync() >= 5);
        Assert.True(await db.Routes.Where(r => r.OrganisationId == school).Select(r => r.PersonId).Distinct().CountAsync() >= 5);
        Assert.True(await db.Enrolments.Where(e => e.OrganisationId == school).Select(e => e.PersonId).Distinct().CountAsync() >= 3);
        Assert.True(await db.MentoringPairs.CountAsync(p => p.OrganisationId == school) >= 2);
        Assert.True(await db.TechnicalAssignments.AnyAsync(t => t.Status == FormStatus.Signed));
        Assert.True(await db.CourseReports.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Every_analytics_view_is_non_empty_for_every_analyst_and_municipal_views_stay_in_the_municipality(string provider)
    {
        var settings = await fixture.StartedAsync(provider);
        foreach (var login in new[] { "region", "methodist", "municipal", "mms", "head" })
        {
            await using var db = await DevelopmentDemoFixture.AsDemoUserAsync(settings, login);
            var filter = new AnalyticsFilter(SchoolYear.Containing(db.Scope.Today));
            var previous = filter with { Year = filter.Year.Previous() };

            var heat = await DevelopmentAnalytics.HeatMapAsync(db, filter);
            Assert.True(heat.Count > 0 && heat.Any(c => c.WithDeficit > 0), login);
            var municipalities = await DevelopmentAnalytics.ByMunicipalityAsync(db, filter);
            var schools = await DevelopmentAnalytics.BySchoolAsync(db, filter);
            Assert.True(municipalities.Count > 0 && schools.Count > 0, login);
            Assert.True(await DevelopmentAnalytics.WithoutRoute(db, filter).AnyAsync() || await DevelopmentAnalytics.WithoutRoute(db, previous).AnyAsync(), login);
            Assert.True(await DevelopmentAnalytics.Overdue(db, filter).AnyAsync(), login);
            var young = await DevelopmentAnalytics.YoungCoverageAsync(db, filter, bySchool: db.Scope.Kind != ScopeKind.Region);
            Assert.True(young.Sum(y => y.Covered) > 0 && young.Sum(y => y.Young) > young.Sum(y => y.Covered) / 2, login);

            if (db.Scope.MunicipalityId is { } own)
            {
                Assert.Equal([own], municipalities.Select(m => m.Id).ToList());
                var placed = await db.OrganisationPlacements.Where(p => p.ValidTo == null && p.MunicipalityId != own).Select(p => p.OrganisationId).ToListAsync();
                Assert.DoesNotContain(schools, s => placed.Contains(s.Id));
            }
            if (login == "region")
            {
                Assert.Equal(18, municipalities.Count);
                Assert.Equal(3, await db.DiagnosticCampaigns.CountAsync());
                Assert.All(Enum.GetValues<RouteStatus>(), s => Assert.True(db.Routes.Any(r => r.Status == s), s.ToString()));
                Assert.True(await db.MethodicalAssetMembers.AnyAsync() && await db.CompetitionEntries.AnyAsync() && await db.ExpertQualifications.AnyAsync());
                Assert.True(await db.EventParticipations.AnyAsync() && await db.MethodicalEvents.AnyAsync(e => e.IsNetwork));
                Assert.True(await db.OrganisationYearStatuses.AnyAsync(s => s.SchoolYear == filter.Year.StartYear && s.ImplementsMentoringModel));
            }
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_programme_catalogue_follows_the_seed_shares_and_attestation_history_ends_in_the_current_category(string provider)
    {
        var settings = await fixture.StartedAsync(provider);
        await using var db = TestDatabases.Open(settings);

        var programmes = await db.Programmes.Include(p => p.Provider).ToListAsync();
        Assert.Equal(120, programmes.Count);
        var regional = programmes.Where(p => p.Provider!.Group == ProviderGroup.RegionalInstitute && p.Kind == ProgrammeKind.Upskilling).ToList();
        Assert.InRange(100.0 * regional.Count(p => p.BuiltOnPreCourseDiagnostics) / regional.Count, 75, 98);   // seed: 88.7 %
        Assert.InRange(100.0 * regional.Count(p => p.DiagnosticModules != DiagnosticModules.None) / regional.Count, 70, 95); // seed: 84 %
        Assert.All(programmes.Where(p => p.Kind == ProgrammeKind.Retraining && p.Provider!.Group == ProviderGroup.RegionalInstitute), p => Assert.True(p.Pedagogical));

        var latest = await db.AttestationRecords.GroupBy(a => a.PersonId)
            .Select(g => new { PersonId = g.Key, DecidedOn = g.Max(a => a.DecidedOn) }).ToListAsync();
        var people = await db.People.Where(p => p.CategoryDate != null).ToDictionaryAsync(p => p.Id, p => p.CategoryDate!.Value);
        Assert.Equal(people.Count, latest.Count);
        Assert.All(latest, l => Assert.Equal(people[l.PersonId], l.DecidedOn));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_same_seed_and_date_give_the_same_rows_and_another_seed_other_rows(string provider)
    {
        var settings = await fixture.StartedAsync(provider);
        await using var db = TestDatabases.Open(settings);
        var world = await DemoWorld.LoadAsync(db, db.Scope.Today, TestContext.Current.CancellationToken);
        var topics = await db.DeficitTopics.AsNoTracking().ToDictionaryAsync(t => t.Code, TestContext.Current.CancellationToken);

        string Generate(int seed)
        {
            var batch = new DevelopmentBatch(new Dictionary<Type, int>());
            new DevelopmentGenerator(world, new DemoRandom(seed), batch).Generate(topics, new Dictionary<string, Provider>());
            return JsonSerializer.Serialize(batch);
        }

        var first = Generate(2025);
        Assert.Equal(first, Generate(2025));
        Assert.NotEqual(first, Generate(2026));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_second_start_does_not_generate_again(string provider)
    {
        var settings = await fixture.StartedAsync(provider);
        await using var db = TestDatabases.Open(settings);
        var results = await db.DiagnosticResults.CountAsync();

        var demo = new DevelopmentDemo(db, Options.Create(new DemoSettings { Enabled = true }), new ConfigurationBuilder().Build(), NullLogger<DevelopmentDemo>.Instance);
        await demo.EnsureAsync();

        Assert.Equal(results, await db.DiagnosticResults.CountAsync());
        Assert.Equal(3, await db.DiagnosticCampaigns.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_analytics_page_shows_the_demo_municipalitys_heat_map_and_schools(string provider)
    {
        var app = await fixture.AppAsync(provider);
        int municipality;
        await using (var db = TestDatabases.Open(app.Database))
            municipality = await db.Municipalities.Where(m => m.Code == DemoUsers.DemoMunicipalityCode).Select(m => m.Id).SingleAsync();
        var client = await app.ClientAsAsync(new TestUser($"x-mms-{provider}", Roles.MunicipalMethodist, MunicipalityId: municipality));

        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/development/analytics"));

        Assert.Contains("Тепловая карта дефицитов", html);
        Assert.Contains("Математика", html);
        Assert.Contains("Дефициты по организациям", html);
        Assert.DoesNotContain("Молодых педагогов нет.", html);
        Assert.DoesNotContain("За выбранный учебный год результатов входной диагностики нет.", html);
    }
}
