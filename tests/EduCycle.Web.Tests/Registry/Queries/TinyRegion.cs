using EduCycle.Web.Data;
using EduCycle.Web.Features.Registry;

namespace EduCycle.Web.Tests.Registry.Queries;

/// <summary>
/// A hand-made region whose figures the tests compute by hand:
/// <code>
/// district D1 ─ municipality M1: O1 «Школа №1» (urban school), O2 «Школа №2» (rural school),
///                                O4 «Школа №3» (rural school) until 2025-01-01
/// district D2 ─ municipality M2: O3 «Детский сад «Солнышко»» (preschool), O5 «Дом творчества» (additional),
///                                O4 from 2025-01-01 (moved)
/// </code>
/// People (P1…P12) with birth and experience dates on the band edges of <see cref="After"/>;
/// P4 heads O1 and teaches part-time in O5; P11 left O1 on 2025-01-15; P12 moved from O1 to O4 in 2023.
/// </summary>
public sealed record TinyRegion(
    int RegionId, int D1, int D2, int M1, int M2,
    int O1, int O2, int O3, int O4, int O5,
    int[] P, int Math, int Russian, int English)
{
    /// <summary>Before the move of O4.</summary>
    public static readonly DateOnly Before = new(2024, 12, 1);
    /// <summary>After the move of O4 and after P11 left.</summary>
    public static readonly DateOnly After = new(2025, 3, 1);
    public static readonly DateOnly Move = new(2025, 1, 1);

    /// <summary>Person i (1-based, as in the remarks).</summary>
    public int Person(int i) => P[i - 1];

    public static async Task<TinyRegion> SeedAsync(EduCycleDbContext db)
    {
        var region = new Region { Code = "99", Name = "Тестовая область" };
        db.Regions.Add(region);
        await db.SaveChangesAsync();
        var d1 = new EducationalDistrict { RegionId = region.Id, Name = "Северный округ" };
        var d2 = new EducationalDistrict { RegionId = region.Id, Name = "Южный округ" };
        db.EducationalDistricts.AddRange(d1, d2);
        await db.SaveChangesAsync();
        var m1 = new Municipality { RegionId = region.Id, DistrictId = d1.Id, Code = "99-01", Name = "Альфинский район", Kind = MunicipalityKind.District };
        var m2 = new Municipality { RegionId = region.Id, DistrictId = d2.Id, Code = "99-02", Name = "Бетинский район", Kind = MunicipalityKind.District };
        db.Municipalities.AddRange(m1, m2);
        var math = new Subject { Code = "MATH", Name = "Математика" };
        var russian = new Subject { Code = "RUS", Name = "Русский язык" };
        var english = new Subject { Code = "ENG", Name = "Английский язык" };
        db.Subjects.AddRange(math, russian, english);
        await db.SaveChangesAsync();

        var opened = new DateOnly(2000, 1, 1);
        Organisation Org(string code, string name, OrganisationKind kind, bool rural, int students) => new()
        {
            ExternalCode = code, ShortName = name, FullName = "Муниципальное учреждение «" + name + "»", Kind = kind, IsRural = rural, StudentCount = students,
        };
        var o1 = Org("7801", "Школа №1", OrganisationKind.School, false, 500);
        var o2 = Org("7802", "Школа №2", OrganisationKind.School, true, 120);
        var o3 = Org("7803", "Детский сад «Солнышко»", OrganisationKind.Preschool, false, 90);
        var o4 = Org("7804", "Школа №3", OrganisationKind.School, true, 200);
        var o5 = Org("7805", "Дом творчества", OrganisationKind.AdditionalEducation, false, 300);
        o1.Placements.Add(new OrganisationPlacement { MunicipalityId = m1.Id, ValidFrom = opened });
        o2.Placements.Add(new OrganisationPlacement { MunicipalityId = m1.Id, ValidFrom = opened });
        o3.Placements.Add(new OrganisationPlacement { MunicipalityId = m2.Id, ValidFrom = opened });
        o4.Placements.Add(new OrganisationPlacement { MunicipalityId = m1.Id, ValidFrom = opened, ValidTo = Move });
        o4.Placements.Add(new OrganisationPlacement { MunicipalityId = m2.Id, ValidFrom = Move });
        o5.Placements.Add(new OrganisationPlacement { MunicipalityId = m2.Id, ValidFrom = opened });
        o1.YearStatuses.Add(new OrganisationYearStatus { SchoolYear = 2024, InnovationLevel = InnovationLevel.Regional, IsTutorSchool = true });
        db.Organisations.AddRange(o1, o2, o3, o4, o5);
        await db.SaveChangesAsync();
        db.Vacancies.AddRange(
            new Vacancy { OrganisationId = o1.Id, SubjectId = math.Id, Count = 2, SchoolYear = 2024 },
            new Vacancy { OrganisationId = o1.Id, SubjectId = english.Id, Count = 1, SchoolYear = 2024 },
            new Vacancy { OrganisationId = o1.Id, SubjectId = russian.Id, Count = 1, SchoolYear = 2023 });

        Person Man(string last, string first, string? middle, DateOnly born, DateOnly since, QualificationCategory category, EducationLevel education, params Subject[] subjects)
        {
            var person = new Person
            {
                ExternalCode = $"{last}-{born:yyyyMMdd}", LastName = last, FirstName = first, MiddleName = middle, BirthDate = born,
                Sex = last.EndsWith('а') ? Sex.Female : Sex.Male, ExperienceSince = since, Category = category, EducationLevel = education,
            };
            person.Subjects.AddRange(subjects.Select(s => new PersonSubject { SubjectId = s.Id }));
            return person;
        }
        void Works(Person person, Organisation at, Position position, DateOnly from, DateOnly? to = null, bool main = true) =>
            person.Employments.Add(new Employment { OrganisationId = at.Id, Position = position, ValidFrom = from, ValidTo = to, IsMain = main });

        var p1 = Man("Андреева", "Анна", "Петровна", new(2000, 3, 1), new(2022, 3, 1), QualificationCategory.None, EducationLevel.Higher, math);
        Works(p1, o1, Position.Teacher, new(2022, 3, 1));
        var p2 = Man("Борисов", "Борис", "Иванович", new(2000, 3, 2), new(2022, 3, 2), QualificationCategory.None, EducationLevel.SecondaryVocational, russian);
        Works(p2, o1, Position.Teacher, new(2022, 9, 1));
        var p3 = Man("Васильева", "Вера", "Сергеевна", new(1990, 3, 1), new(2015, 3, 1), QualificationCategory.First, EducationLevel.Higher, math, english);
        Works(p3, o1, Position.Teacher, new(2015, 3, 1));
        var p4 = Man("Григорьев", "Глеб", "Олегович", new(1990, 3, 2), new(2015, 3, 2), QualificationCategory.Highest, EducationLevel.Higher, russian);
        Works(p4, o1, Position.Head, new(2010, 9, 1));
        Works(p4, o5, Position.AdditionalEducationTeacher, new(2020, 9, 1), main: false);
        var p5 = Man("Дмитриева", "Дарья", null, new(1965, 3, 1), new(2004, 3, 1), QualificationCategory.Highest, EducationLevel.Higher, russian);
        Works(p5, o2, Position.Teacher, new(1990, 9, 1));
        var p6 = Man("Егоров", "Евгений", "Павлович", new(1965, 3, 2), new(2004, 3, 2), QualificationCategory.First, EducationLevel.Higher, math);
        Works(p6, o2, Position.Head, new(2005, 9, 1));
        var p7 = Man("Жукова", "Жанна", "Ильинична", new(1980, 6, 15), new(2005, 9, 1), QualificationCategory.None, EducationLevel.SecondaryVocational);
        Works(p7, o3, Position.PreschoolTeacher, new(2005, 9, 1));
        var p8 = Man("Зайцев", "Захар", "Львович", new(1975, 1, 10), new(2000, 9, 1), QualificationCategory.First, EducationLevel.Higher, english);
        Works(p8, o4, Position.Teacher, new(2000, 9, 1));
        var p9 = Man("Ильина", "Ирина", "Андреевна", new(1985, 11, 20), new(2010, 9, 1), QualificationCategory.Highest, EducationLevel.Higher, math);
        Works(p9, o4, Position.Head, new(2012, 9, 1));
        var p10 = Man("Кузнецов", "Кирилл", "Денисович", new(1995, 4, 5), new(2018, 9, 1), QualificationCategory.None, EducationLevel.Higher);
        Works(p10, o5, Position.AdditionalEducationTeacher, new(2018, 9, 1));
        var p11 = Man("Лебедева", "Лариса", "Викторовна", new(1970, 2, 2), new(1995, 9, 1), QualificationCategory.Highest, EducationLevel.Higher, russian, math);
        Works(p11, o1, Position.Teacher, new(1995, 9, 1), new DateOnly(2025, 1, 15));
        var p12 = Man("Морозова", "Мария", "Олеговна", new(1992, 7, 7), new(2016, 9, 1), QualificationCategory.First, EducationLevel.Higher, english);
        Works(p12, o1, Position.Teacher, new(2016, 9, 1), new DateOnly(2023, 9, 1));
        Works(p12, o4, Position.Teacher, new(2023, 9, 1));
        Person[] people = [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12];
        db.People.AddRange(people);
        await db.SaveChangesAsync();

        return new TinyRegion(region.Id, d1.Id, d2.Id, m1.Id, m2.Id, o1.Id, o2.Id, o3.Id, o4.Id, o5.Id,
            [.. people.Select(p => p.Id)], math.Id, russian.Id, english.Id);
    }
}
