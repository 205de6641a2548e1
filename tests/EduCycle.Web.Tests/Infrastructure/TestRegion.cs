using EduCycle.Web.Data;
using EduCycle.Web.Features.Registry;

namespace EduCycle.Web.Tests.Infrastructure;

/// <summary>
/// A hand-made region small enough to know every expected answer:
/// municipality A has school A1 and kindergarten A2; municipality B has school B1; school M belonged to A
/// until <see cref="MoveDate"/> and to B since. People: P1 teacher at A1, P2 head of A1, P3 teacher at A2,
/// P4 teacher at B1, P5 teacher at M (since before the move), P6 taught at A1 until 2023-06-30 and teaches at B1 since.
/// Every name carries a unique marker so a test can tell whether a response leaked it.
/// </summary>
public sealed class TestRegion
{
    public static readonly DateOnly MoveDate = new(2024, 1, 1);

    public required Municipality A { get; init; }
    public required Municipality B { get; init; }
    public required Organisation A1 { get; init; }
    public required Organisation A2 { get; init; }
    public required Organisation B1 { get; init; }
    public required Organisation M { get; init; }
    public required IReadOnlyList<Person> People { get; init; }

    public Person P(int number) => People[number - 1];

    public IEnumerable<Organisation> Organisations => [A1, A2, B1, M];

    /// <summary>A new database of <paramref name="provider"/>, migrated and seeded with the region.</summary>
    public static async Task<(DatabaseSettings Database, TestRegion Region)> CreateAsync(string provider)
    {
        var settings = TestDatabases.Create(provider);
        await using var db = await TestDatabases.OpenAsync(settings);
        return (settings, await SeedAsync(db));
    }

    public static async Task<TestRegion> SeedAsync(EduCycleDbContext db)
    {
        var region = new Region { Code = "99", Name = "Тестовая область" };
        db.Regions.Add(region);
        await db.SaveChangesAsync();
        var district = new EducationalDistrict { RegionId = region.Id, Name = "Тестовый округ" };
        var a = new Municipality { RegionId = region.Id, Code = "99-A", Name = "Альфинский район", Kind = MunicipalityKind.District, District = district };
        var b = new Municipality { RegionId = region.Id, Code = "99-B", Name = "Бетинский район", Kind = MunicipalityKind.District, District = district };
        var math = new Subject { Code = "math", Name = "Математика" };
        var rus = new Subject { Code = "rus", Name = "Русский язык" };
        db.AddRange(a, b, math, rus);
        await db.SaveChangesAsync();

        var since = new DateOnly(2019, 9, 1);
        Organisation Org(string marker, OrganisationKind kind, Municipality m) => new()
        {
            ExternalCode = $"99000000{marker}",
            FullName = $"Организация {marker}-полное",
            ShortName = $"Орг-{marker}",
            Kind = kind,
            StudentCount = 300,
            Placements = [new OrganisationPlacement { MunicipalityId = m.Id, ValidFrom = since }],
        };
        var a1 = Org("MARKA1", OrganisationKind.School, a);
        var a2 = Org("MARKA2", OrganisationKind.Preschool, a);
        var b1 = Org("MARKB1", OrganisationKind.School, b);
        var moved = Org("MARKMM", OrganisationKind.School, a);
        moved.Placements[0].ValidTo = MoveDate;
        moved.Placements.Add(new OrganisationPlacement { MunicipalityId = b.Id, ValidFrom = MoveDate });
        db.Organisations.AddRange(a1, a2, b1, moved);
        await db.SaveChangesAsync();

        Person Person(int n, params (Organisation Org, Position Position, DateOnly From, DateOnly? To)[] jobs) => new()
        {
            ExternalCode = $"000-000-00{n} 0{n}",
            LastName = $"Фамилия{n}MARKP{n}",
            FirstName = "Анна",
            MiddleName = "Петровна",
            BirthDate = new DateOnly(1980 + n, 3, 15),
            Sex = Sex.Female,
            EducationLevel = EducationLevel.Higher,
            ExperienceSince = new DateOnly(2005, 9, 1),
            Category = QualificationCategory.First,
            CategoryDate = new DateOnly(2022, 5, 20),
            Employments = jobs.Select(j => new Employment { OrganisationId = j.Org.Id, Position = j.Position, ValidFrom = j.From, ValidTo = j.To }).ToList(),
            Subjects = [new PersonSubject { SubjectId = math.Id }],
        };
        var people = new List<Person>
        {
            Person(1, (a1, Position.Teacher, since, null)),
            Person(2, (a1, Position.Head, since, null)),
            Person(3, (a2, Position.PreschoolTeacher, since, null)),
            Person(4, (b1, Position.Teacher, since, null)),
            Person(5, (moved, Position.Teacher, since, null)),
            Person(6, (a1, Position.Teacher, since, new DateOnly(2023, 6, 30)), (b1, Position.Teacher, new DateOnly(2023, 6, 30), null)),
        };
        db.People.AddRange(people);
        await db.SaveChangesAsync();
        return new TestRegion { A = a, B = b, A1 = a1, A2 = a2, B1 = b1, M = moved, People = people };
    }
}
