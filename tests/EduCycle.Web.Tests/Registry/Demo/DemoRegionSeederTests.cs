using System.Text.RegularExpressions;
using EduCycle.Engine.Registry;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Features.Registry.Demo;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Registry.Demo;

public sealed class DemoRegionSeederTests(DemoRegionFixture fixture) : IClassFixture<DemoRegionFixture>
{
    /// <summary>The demo's "today", fixed by the generator's specification.</summary>
    private static readonly DateOnly DemoToday = new(2025, 11, 1);

    private async Task<EduCycleDbContext> SeededAsync(string provider) => TestDatabases.Open(await fixture.SeededAsync(provider));

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Same_seed_gives_identical_data(string provider)
    {
        await using var first = await SeededAsync(provider);
        var again = await DemoRegionFixture.SeedNewAsync(provider, DemoRegionFixture.Seed);
        try
        {
            await using var second = TestDatabases.Open(again);
            Assert.Equal(await DemoChecksum.ComputeAsync(first), await DemoChecksum.ComputeAsync(second));
        }
        finally
        {
            if (!again.IsPostgres) DemoRegionFixture.DeleteSqlite(again);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Different_seed_gives_different_data(string provider)
    {
        await using var first = await SeededAsync(provider);
        var other = await DemoRegionFixture.SeedNewAsync(provider, DemoRegionFixture.Seed + 1);
        try
        {
            await using var second = TestDatabases.Open(other);
            Assert.NotEqual(await DemoChecksum.ComputeAsync(first), await DemoChecksum.ComputeAsync(second));
        }
        finally
        {
            if (!other.IsPostgres) DemoRegionFixture.DeleteSqlite(other);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_region_has_the_18_real_municipalities_and_the_5_educational_districts(string provider)
    {
        await using var db = await SeededAsync(provider);
        string[] expected =
        [
            "Бокситогорский муниципальный район", "Волосовский муниципальный район", "Волховский муниципальный район",
            "Всеволожский муниципальный район", "Выборгский район", "Гатчинский муниципальный район",
            "Кингисеппский муниципальный район", "Киришский муниципальный район", "Кировский муниципальный район",
            "Лодейнопольский муниципальный район", "Ломоносовский муниципальный район", "Лужский муниципальный район",
            "Подпорожский муниципальный район", "Приозерский муниципальный район", "Сланцевский муниципальный район",
            "Сосновоборский городской округ", "Тихвинский муниципальный район", "Тосненский муниципальный район",
        ];
        var names = await db.Municipalities.Select(m => m.Name).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(expected.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        Assert.Equal("Ленинградская область", Assert.Single(await db.Regions.Select(r => r.Name).ToListAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(5, await db.EducationalDistricts.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Sizes_and_organisation_kinds_follow_the_brief(string provider)
    {
        await using var db = await SeededAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var organisations = await db.Organisations.AsNoTracking().ToListAsync(ct);
        var people = await db.People.CountAsync(ct);

        Assert.InRange(organisations.Count, 650, 750);
        Assert.InRange(people, 19_000, 21_000);
        AssertShare(40, organisations.Count(o => o.Kind == OrganisationKind.School), organisations.Count);
        AssertShare(38, organisations.Count(o => o.Kind == OrganisationKind.Preschool), organisations.Count);
        AssertShare(12, organisations.Count(o => o.Kind == OrganisationKind.AdditionalEducation), organisations.Count);
        AssertShare(6, organisations.Count(o => o.Kind == OrganisationKind.Vocational), organisations.Count);
        Assert.InRange(organisations.Count(o => o.Kind == OrganisationKind.FurtherTraining), 2, 10);
        Assert.Contains(organisations, o => o.ShortName == "ГАОУ ДПО «ЛОИРО»");
        AssertShare(45, organisations.Count(o => o.IsRural), organisations.Count, tolerance: 5);
        Assert.Equal(organisations.Count, organisations.Select(o => o.ExternalCode).Distinct().Count());
        Assert.All(organisations, o => Assert.Matches(@"^\d{10}$", o.ExternalCode));
        Assert.All(organisations.Where(o => o.Kind != OrganisationKind.FurtherTraining), o =>
        {
            Assert.InRange(o.SocialWellbeingIndex!.Value, 0, 1);
            Assert.InRange(o.ShareSpecialNeeds!.Value, 0, 100);
            Assert.InRange(o.ShareNonNativeRussian!.Value, 0, 100);
        });
        var rural = organisations.Where(o => o.IsRural).Average(o => o.SocialWellbeingIndex!.Value);
        var urban = organisations.Where(o => !o.IsRural && o.Kind != OrganisationKind.FurtherTraining).Average(o => o.SocialWellbeingIndex!.Value);
        Assert.True(rural < urban, $"rural well-being {rural:F3} should be below urban {urban:F3}");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Staff_distributions_follow_seed_001(string provider)
    {
        await using var db = await SeededAsync(provider);
        var people = await db.People.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        var n = people.Count;

        AssertShare(63.2, people.Count(p => p.EducationLevel == EducationLevel.Higher), n);
        AssertShare(19, people.Count(p => p.Category == QualificationCategory.Highest), n);
        AssertShare(23.9, people.Count(p => p.Category == QualificationCategory.First), n);
        AssertShare(46.2, people.Count(p => PersonBands.Age(p.BirthDate, DemoToday) == AgeBand.From35To59), n);
        AssertShare(40.4, people.Count(p => PersonBands.Experience(p.ExperienceSince, DemoToday) == ExperienceBand.Over20), n);
        AssertShare(85, people.Count(p => p.Sex == Sex.Female), n, tolerance: 4);
        Assert.All(Enum.GetValues<AgeBand>(), band => Assert.Contains(people, p => PersonBands.Age(p.BirthDate, DemoToday) == band));
        Assert.Contains(people, p => PersonBands.Experience(p.ExperienceSince, DemoToday) == ExperienceBand.Under3);

        Assert.All(people, p =>
        {
            Assert.True(p.ExperienceSince >= p.BirthDate.AddYears(18), $"{p.FullName}: experience from {p.ExperienceSince} but born {p.BirthDate}");
            Assert.True(p.ExperienceSince <= DemoToday);
            Assert.Equal(p.Category == QualificationCategory.None, p.CategoryDate is null);
            if (p.CategoryDate is { } date) Assert.InRange(date, DemoToday.AddYears(-5), DemoToday);
            Assert.Matches(@"^\d{3}-\d{3}-\d{3} \d{2}$", p.ExternalCode);
            Assert.False(string.IsNullOrWhiteSpace(p.MiddleName));
            Assert.Equal(p.Sex == Sex.Male, p.MiddleName!.EndsWith("ич", StringComparison.Ordinal));
        });
        Assert.Equal(n, people.Select(p => p.ExternalCode).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Every_organisation_has_exactly_one_current_head(string provider)
    {
        await using var db = await SeededAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var heads = await db.Employments
            .Where(e => e.Position == Position.Head && e.ValidFrom <= DemoToday && (e.ValidTo == null || e.ValidTo > DemoToday))
            .GroupBy(e => e.OrganisationId).Select(g => g.Count()).ToListAsync(ct);

        Assert.Equal(await db.Organisations.CountAsync(ct), heads.Count);
        Assert.All(heads, count => Assert.Equal(1, count));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task School_teachers_teach_one_or_two_subjects_and_primary_teachers_teach_primary_classes(string provider)
    {
        await using var db = await SeededAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var teachers = await db.Employments.Where(e => e.Position == Position.Teacher && e.IsMain && e.ValidTo == null && e.Organisation!.Kind == OrganisationKind.School)
            .Select(e => e.Person!.Subjects.Select(s => s.Subject!.Code).ToList()).ToListAsync(ct);

        Assert.NotEmpty(teachers);
        Assert.All(teachers, subjects => Assert.InRange(subjects.Count, 1, 2));
        Assert.Contains(teachers, s => s.SequenceEqual(["prim"]));
        Assert.DoesNotContain(teachers, s => s.Contains("prim") && s.Count > 1);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Vacancies_keep_the_seed_order_of_subjects(string provider)
    {
        await using var db = await SeededAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var bySubject = await db.Vacancies.GroupBy(v => v.Subject!.Code).Select(g => new { g.Key, Total = g.Sum(v => v.Count) })
            .ToDictionaryAsync(x => x.Key, x => x.Total, ct);
        var years = await db.Vacancies.Select(v => v.SchoolYear).Distinct().OrderBy(y => y).ToListAsync(ct);

        Assert.True(bySubject["rus"] > bySubject["eng"], "Russian > English");
        Assert.True(bySubject["eng"] >= bySubject["prim"], "English ≥ primary");
        Assert.True(bySubject["prim"] > bySubject["math"], "primary > maths");
        Assert.Equal([2023, 2024, 2025], years);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task History_has_moves_of_people_part_time_work_moved_and_new_organisations(string provider)
    {
        await using var db = await SeededAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var people = await db.People.CountAsync(ct);
        var employments = await db.Employments.CountAsync(ct);
        var movers = await db.Employments.Where(e => e.ValidTo != null).Select(e => e.PersonId).Distinct().CountAsync(ct);
        var partTime = await db.Employments.CountAsync(e => !e.IsMain, ct);
        var placements = await db.OrganisationPlacements.AsNoTracking().ToListAsync(ct);

        AssertShare(8, movers, people);
        AssertShare(3, partTime, employments, tolerance: 1);
        var moved = placements.GroupBy(p => p.OrganisationId).Where(g => g.Count() == 2).ToList();
        Assert.NotEmpty(moved);
        Assert.All(moved, g =>
        {
            var (before, after) = (g.MinBy(p => p.ValidFrom)!, g.MaxBy(p => p.ValidFrom)!);
            Assert.Equal(before.ValidTo, after.ValidFrom);
            Assert.NotEqual(before.MunicipalityId, after.MunicipalityId);
            Assert.Null(after.ValidTo);
        });
        Assert.Contains(placements, p => p.ValidFrom > new DateOnly(2019, 9, 1) && p.ValidTo is null && placements.Count(q => q.OrganisationId == p.OrganisationId) == 1);

        var opened = placements.GroupBy(p => p.OrganisationId).ToDictionary(g => g.Key, g => g.Min(p => p.ValidFrom));
        var all = await db.Employments.AsNoTracking().Select(e => new { e.OrganisationId, e.ValidFrom, e.ValidTo }).ToListAsync(ct);
        Assert.All(all, e =>
        {
            Assert.True(e.ValidFrom >= opened[e.OrganisationId], "an employment starts before its organisation opened");
            Assert.True(e.ValidTo is null || e.ValidTo > e.ValidFrom);
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Innovation_platforms_of_2020_match_seed_004(string provider)
    {
        await using var db = await SeededAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var organisations = await db.Organisations.CountAsync(ct);
        var levels = await db.OrganisationYearStatuses.Where(s => s.SchoolYear == 2020 && s.InnovationLevel != InnovationLevel.None)
            .GroupBy(s => s.InnovationLevel).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var years = await db.OrganisationYearStatuses.Select(s => s.SchoolYear).Distinct().OrderBy(y => y).ToListAsync(ct);

        // 102 platforms among about 700 organisations: 14 federal, 23 regional, 65 municipal.
        Assert.Equal((int)Math.Round(14 * organisations / 700.0), levels[InnovationLevel.Federal]);
        Assert.Equal((int)Math.Round(23 * organisations / 700.0), levels[InnovationLevel.Regional]);
        Assert.Equal((int)Math.Round(65 * organisations / 700.0), levels[InnovationLevel.Municipal]);
        Assert.Equal([2019, 2020, 2021, 2022, 2023, 2024, 2025], years);
        Assert.True(await db.OrganisationYearStatuses.AnyAsync(s => s.IsTutorSchool, ct));
        Assert.True(await db.OrganisationYearStatuses.AnyAsync(s => s.IsBasicSchool, ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_first_school_of_the_demo_municipality_has_a_current_head_and_teacher(string provider)
    {
        await using var db = await SeededAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var school = await db.OrganisationPlacements.Where(p => p.Municipality!.Code == "47-14" && p.ValidTo == null)
            .Join(db.Organisations.Where(o => o.Kind == OrganisationKind.School), p => p.OrganisationId, o => o.Id, (p, o) => o.Id)
            .OrderBy(id => id).FirstAsync(ct);
        var positions = await db.Employments.Where(e => e.OrganisationId == school && e.ValidFrom <= DemoToday && e.ValidTo == null)
            .Select(e => e.Position).ToListAsync(ct);

        Assert.Contains(Position.Head, positions);
        Assert.Contains(Position.Teacher, positions);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Seeding_refuses_a_database_that_has_organisations(string provider)
    {
        await using var db = await SeededAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var before = await db.Organisations.CountAsync(ct);

        var error = await Assert.ThrowsAsync<DemoDatabaseNotEmptyException>(() => new DemoRegionSeeder(db).SeedAsync(DemoScale.Region, 7, null, ct));

        Assert.Contains("пустой базе", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await db.Organisations.CountAsync(ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Identity_keys_continue_after_the_bulk_written_rows(string provider)
    {
        await using var db = await SeededAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var maxPerson = await db.People.MaxAsync(p => p.Id, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var person = new Person { ExternalCode = "999-999-999 99", LastName = "Проверочная", FirstName = "Анна", BirthDate = new DateOnly(1990, 1, 1), ExperienceSince = new DateOnly(2012, 9, 1) };
        db.People.Add(person);
        await db.SaveChangesAsync(ct);

        Assert.True(person.Id > maxPerson);
        await transaction.RollbackAsync(ct);
    }

    private static void AssertShare(double expectedPercent, int count, int total, double tolerance = 2)
    {
        var actual = 100.0 * count / total;
        Assert.True(Math.Abs(actual - expectedPercent) <= tolerance, $"share {actual:F2} % is not within {expectedPercent} ± {tolerance} %");
    }
}
