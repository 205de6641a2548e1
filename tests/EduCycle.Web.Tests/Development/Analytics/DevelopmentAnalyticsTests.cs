using EduCycle.Engine.Calendar;
using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Analytics;
using EduCycle.Web.Features.Development.Routes;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Development.Analytics;

public sealed class DevelopmentAnalyticsTests
{
    private static readonly AnalyticsFilter Year2025 = new(new SchoolYear(2025));

    private static async Task<(DatabaseSettings, TestRegion)> SeedAsync(string provider)
    {
        var settings = TestDatabases.Create(provider);
        await using var db = await TestDatabases.OpenAsync(settings);
        var region = await TestRegion.SeedAsync(db);
        await AnalyticsTestData.SeedAsync(db, region);
        return (settings, region);
    }

    private static EduCycleDbContext As(DatabaseSettings settings, ScopeKind kind, int? municipality = null, int? organisation = null) =>
        TestDatabases.Open(settings, new DataScope(kind, "u", "u", municipality, organisation, null, AnalyticsTestData.Today));

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_heat_map_counts_entry_attempts_of_the_year_per_subject_and_group(string provider)
    {
        var (settings, _) = await SeedAsync(provider);
        await using var db = As(settings, ScopeKind.Region);

        var cells = (await DevelopmentAnalytics.HeatMapAsync(db, Year2025)).Select(c => (c.Subject, c.Group, c.Diagnosed, c.WithDeficit, c.MeanPercent)).ToList();

        // Maths: P1, P2, P5, P6. The repeat attempt of P1 and last year's result are not counted.
        // Russian: P4 alone, with two Subject deficits counted once.
        Assert.Equal(
        [
            ("Математика", CompetencyGroup.Subject, 4, 1, 76.5), ("Математика", CompetencyGroup.Methodical, 4, 2, 76.5),
            ("Математика", CompetencyGroup.PsychoPedagogical, 4, 1, 74.0), ("Математика", CompetencyGroup.Communicative, 4, 0, 86.5),
            ("Русский язык", CompetencyGroup.Subject, 1, 1, 40.0), ("Русский язык", CompetencyGroup.Methodical, 1, 0, 50.0),
            ("Русский язык", CompetencyGroup.PsychoPedagogical, 1, 0, 80.0), ("Русский язык", CompetencyGroup.Communicative, 1, 1, 70.0),
        ], cells);
        Assert.Equal(50.0, (await DevelopmentAnalytics.HeatMapAsync(db, Year2025)).Single(c => c.Subject == "Математика" && c.Group == CompetencyGroup.Methodical).Share);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Deficits_by_municipality_and_by_school_place_schools_by_their_current_municipality(string provider)
    {
        var (settings, r) = await SeedAsync(provider);
        await using var db = As(settings, ScopeKind.Region);

        var municipalities = await DevelopmentAnalytics.ByMunicipalityAsync(db, Year2025);
        // A: P1, P2 (A1). B: P4, P6 (B1) and P5 (M, in B since 2024).
        Assert.Equal([("Альфинский район", 2, 2, 1, 1, 1, 0), ("Бетинский район", 3, 2, 1, 1, 0, 1)], municipalities.Select(Counts).ToList());

        var schools = await DevelopmentAnalytics.BySchoolAsync(db, Year2025 with { MunicipalityId = r.B.Id });
        Assert.Equal([("Орг-MARKB1", 2, 2, 1, 1, 0, 1), ("Орг-MARKMM", 1, 0, 0, 0, 0, 0)], schools.Select(Counts).ToList());
        Assert.Equal(200.0 / 3, municipalities[1].Share(municipalities[1].WithAnyDeficit)!.Value, 9);
    }

    private static (string, int, int, int, int, int, int) Counts(AreaDeficits a) =>
        (a.Name, a.Diagnosed, a.WithAnyDeficit, a.WithDeficit[CompetencyGroup.Subject], a.WithDeficit[CompetencyGroup.Methodical],
            a.WithDeficit[CompetencyGroup.PsychoPedagogical], a.WithDeficit[CompetencyGroup.Communicative]);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Teachers_without_a_route_and_overdue_routes(string provider)
    {
        var (settings, r) = await SeedAsync(provider);
        await using var db = As(settings, ScopeKind.Region);

        // P1: three open deficits of the year (two from the entry attempt, one from the repeat), no route. P4: only a cancelled route.
        // P2 and P6 have routes; P5's only deficit is resolved.
        var without = await DevelopmentAnalytics.WithoutRoute(db, Year2025).ToListAsync();
        Assert.Equal(
        [
            (r.P(1).Id, "Орг-MARKA1", "Альфинский район", 3, new DateOnly(2025, 10, 10)),
            (r.P(4).Id, "Орг-MARKB1", "Бетинский район", 3, new DateOnly(2025, 10, 12)),
        ], without.Select(w => (w.PersonId, w.Organisation, w.Municipality, w.Deficits, w.FirstIdentified)).ToList());

        // Only P2's route is approved or running past its end: 2026-01-31 → 2026-03-01 is 29 days.
        var overdue = Assert.Single(await DevelopmentAnalytics.Overdue(db, Year2025).ToListAsync());
        Assert.Equal((r.P(2).Id, RouteStatus.InProgress, 29, 2, 1), (overdue.PersonId, overdue.Status, overdue.DaysOverdue, overdue.Items, overdue.ItemsDone));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Young_teachers_are_covered_by_a_mentor_or_the_young_teachers_school_of_the_year(string provider)
    {
        var (settings, r) = await SeedAsync(provider);
        await using var db = As(settings, ScopeKind.Region);

        // A: P1 with a mentor. B: P4 in the young teachers' school; P5's pair ended last year and an РМО is no support form.
        var municipalities = await DevelopmentAnalytics.YoungCoverageAsync(db, Year2025, bySchool: false);
        Assert.Equal([("Альфинский район", 1, 1, 0, 1), ("Бетинский район", 2, 0, 1, 1)],
            municipalities.Select(c => (c.Name, c.Young, c.WithMentor, c.InYoungTeachersSchool, c.Covered)).ToList());
        Assert.Equal(50.0, municipalities[1].Share);

        var schools = await DevelopmentAnalytics.YoungCoverageAsync(db, Year2025 with { MunicipalityId = r.B.Id }, bySchool: true);
        Assert.Equal([("Орг-MARKB1", 1, 0, 1, 1), ("Орг-MARKMM", 1, 0, 0, 0)],
            schools.Select(c => (c.Name, c.Young, c.WithMentor, c.InYoungTeachersSchool, c.Covered)).ToList());

        // In 2024/25 P5's pair counted; P1 and P4 were not yet supported.
        var before = await DevelopmentAnalytics.YoungCoverageAsync(db, new AnalyticsFilter(new SchoolYear(2024)), bySchool: false);
        Assert.Equal([("Альфинский район", 1, 0), ("Бетинский район", 2, 1)], before.Select(c => (c.Name, c.Young, c.Covered)).ToList());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_municipal_user_sees_only_their_municipality(string provider)
    {
        var (settings, r) = await SeedAsync(provider);
        await using var db = As(settings, ScopeKind.Municipality, municipality: r.A.Id);

        // P6 once worked in A1 and is visible to A, but took the diagnostic at B1: B's school is not A's.
        Assert.Equal([("Альфинский район", 2)], (await DevelopmentAnalytics.ByMunicipalityAsync(db, Year2025)).Select(a => (a.Name, a.Diagnosed)).ToList());
        Assert.Equal(["Орг-MARKA1"], (await DevelopmentAnalytics.BySchoolAsync(db, Year2025)).Select(a => a.Name).ToList());
        Assert.All(await DevelopmentAnalytics.HeatMapAsync(db, Year2025), c => Assert.Equal("Математика", c.Subject));
        Assert.Equal(2, (await DevelopmentAnalytics.HeatMapAsync(db, Year2025))[0].Diagnosed);
        Assert.Equal([r.P(1).Id], await DevelopmentAnalytics.WithoutRoute(db, Year2025).Select(w => w.PersonId).ToListAsync());
        Assert.Equal([r.P(2).Id], await DevelopmentAnalytics.Overdue(db, Year2025).Select(o => o.PersonId).ToListAsync());
        Assert.Equal(["Альфинский район"], (await DevelopmentAnalytics.YoungCoverageAsync(db, Year2025, bySchool: false)).Select(c => c.Name).ToList());
        // Asking for another municipality gives nothing rather than its rows.
        Assert.Empty(await DevelopmentAnalytics.ByMunicipalityAsync(db, Year2025 with { MunicipalityId = r.B.Id }));
    }
}
