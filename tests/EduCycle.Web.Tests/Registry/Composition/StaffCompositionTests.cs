using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Features.Registry.Composition;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Registry.Composition;

public sealed class StaffCompositionTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Counts_follow_workplaces_and_placements_as_of_the_date(string provider)
    {
        var (settings, r) = await TestRegion.CreateAsync(provider);
        await using var region = TestDatabases.Open(settings);

        // Before P6 left A1 (2023-06-30) and before M moved to B (2024-01-01): A has A1 {P1,P2,P6}, A2 {P3}, M {P5}.
        Assert.Equal([("Альфинский район", 5), ("Бетинский район", 1)], Totals(await StaffComposition.ByMunicipalityAsync(region, new DateOnly(2023, 6, 1))));
        // P6 now at B1; M still in A.
        Assert.Equal([("Альфинский район", 4), ("Бетинский район", 2)], Totals(await StaffComposition.ByMunicipalityAsync(region, new DateOnly(2023, 7, 1))));
        // M (with P5) belongs to B from the move date.
        Assert.Equal([("Альфинский район", 3), ("Бетинский район", 3)], Totals(await StaffComposition.ByMunicipalityAsync(region, TestRegion.MoveDate)));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Shares_by_education_category_age_and_experience_are_counted_per_municipality(string provider)
    {
        var settings = TestDatabases.Create(provider);
        TestRegion r;
        await using (var db = await TestDatabases.OpenAsync(settings))
        {
            r = await TestRegion.SeedAsync(db);
            var people = await db.People.ToDictionaryAsync(p => p.Id);
            people[r.P(1).Id].BirthDate = new DateOnly(1995, 11, 21);          // 29 on 2025-11-20
            people[r.P(3).Id].Category = QualificationCategory.Highest;
            people[r.P(4).Id].EducationLevel = EducationLevel.SecondaryVocational;
            people[r.P(5).Id].ExperienceSince = new DateOnly(2024, 9, 1);      // 1 year: young specialist
            await db.SaveChangesAsync();
        }
        await using var region = TestDatabases.Open(settings);
        var rows = await StaffComposition.ByMunicipalityAsync(region, new DateOnly(2025, 11, 20));

        // A today: P1, P2, P3. Everyone else was born 1981–1986 (39–44) and has 20 full years of experience (since 2005-09-01).
        var a = rows.Single(x => x.MunicipalityId == r.A.Id);
        Assert.Equal(new CompositionRow(r.A.Id, "Альфинский район", 3, 3, 1, 2, 0, 1, 2, 0, 0, 0, 3, 0), a);
        // B today: P4 (vocational education), P5 (1 year of experience), P6.
        var b = rows.Single(x => x.MunicipalityId == r.B.Id);
        Assert.Equal(new CompositionRow(r.B.Id, "Бетинский район", 3, 2, 0, 3, 0, 0, 3, 0, 1, 0, 2, 0), b);

        var total = CompositionRow.Sum(rows, "Итого");
        Assert.Equal(5.0 / 6 * 100, total.Share(total.HigherEducation)!.Value, 9);
        Assert.Null(CompositionRow.Sum([], "Итого").Share(0));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_municipal_operator_gets_only_their_municipality(string provider)
    {
        var (settings, r) = await TestRegion.CreateAsync(provider);
        var scope = new DataScope(ScopeKind.Municipality, "u", "u", r.B.Id, null, null, new DateOnly(2025, 11, 20));
        await using var municipal = TestDatabases.Open(settings, scope);
        Assert.Equal([("Бетинский район", 3)], Totals(await StaffComposition.ByMunicipalityAsync(municipal, new DateOnly(2025, 11, 20))));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_teacher_gets_only_their_own_workplace(string provider)
    {
        var (settings, r) = await TestRegion.CreateAsync(provider);
        var scope = new DataScope(ScopeKind.Self, "t", "t", null, r.A1.Id, r.P(1).Id, new DateOnly(2025, 11, 20));
        await using var teacher = TestDatabases.Open(settings, scope);
        Assert.Equal([("Альфинский район", 1)], Totals(await StaffComposition.ByMunicipalityAsync(teacher, new DateOnly(2025, 11, 20))));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Vacancies_are_summed_by_subject_for_the_school_year(string provider)
    {
        var settings = TestDatabases.Create(provider);
        TestRegion r;
        await using (var db = await TestDatabases.OpenAsync(settings))
        {
            r = await TestRegion.SeedAsync(db);
            var math = await db.Subjects.SingleAsync(s => s.Code == "math");
            var rus = await db.Subjects.SingleAsync(s => s.Code == "rus");
            db.Vacancies.AddRange(
                new Vacancy { OrganisationId = r.A1.Id, SubjectId = rus.Id, Count = 2, SchoolYear = 2025 },
                new Vacancy { OrganisationId = r.B1.Id, SubjectId = rus.Id, Count = 1, SchoolYear = 2025 },
                new Vacancy { OrganisationId = r.B1.Id, SubjectId = math.Id, Count = 1, SchoolYear = 2025 },
                new Vacancy { OrganisationId = r.A2.Id, SubjectId = math.Id, Count = 5, SchoolYear = 2024 });
            await db.SaveChangesAsync();
        }
        await using var region = TestDatabases.Open(settings);
        Assert.Equal([new VacancyRow("Русский язык", 3), new VacancyRow("Математика", 1)], await StaffComposition.VacanciesAsync(region, 2025));
    }

    private static (string, int)[] Totals(IEnumerable<CompositionRow> rows) => rows.Select(x => (x.Municipality, x.Total)).ToArray();
}

public sealed class StaffCompositionExportTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_excel_export_has_a_row_per_visible_municipality_and_the_total(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var r = await app.SeedRegionAsync();

        var region = await app.ClientAsAsync(new TestUser("region", Roles.RegionalOperator));
        var rows = await ReadAsync(region, "/export/staff-composition.xlsx?asOf=2023-06-01");
        // Before the move and P6's departure: A has 5 workers, B has 1; everybody has higher education.
        Assert.Equal(["Альфинский район", "Бетинский район", "Итого"], rows.Select(x => (string)x["Муниципалитет"]));
        Assert.Equal([5.0, 1.0, 6.0], rows.Select(x => Convert.ToDouble(x["Работников"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(100.0, Convert.ToDouble(rows[2]["Высшее образование, %"], System.Globalization.CultureInfo.InvariantCulture), 9);

        var municipal = await app.ClientAsAsync(new TestUser("mo-b", Roles.MunicipalOperator, MunicipalityId: r.B.Id));
        var own = await ReadAsync(municipal, "/export/staff-composition.xlsx?asOf=2025-11-20");
        Assert.Equal(["Бетинский район"], own.Select(x => (string)x["Муниципалитет"]));
    }

    private static async Task<List<IDictionary<string, object>>> ReadAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
    }
}
