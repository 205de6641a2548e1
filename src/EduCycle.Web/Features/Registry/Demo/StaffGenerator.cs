namespace EduCycle.Web.Features.Registry.Demo;

/// <summary>
/// Pedagogical and managerial workers of one region's organisations with their workplace history
/// (DOMAIN §2). Education, category, age and experience follow seed 001 §1.1 exactly per region:
/// shares are quotas handed out by rank, so they correlate with position and age instead of being drawn blindly.
/// </summary>
internal sealed class StaffGenerator(DemoRandom random, DemoIds ids, IReadOnlyDictionary<string, int> subjectIds)
{
    private sealed record Slot(GeneratedOrganisation Organisation, Position Position, string[] Subjects);

    private static readonly string[] SchoolSubjects = ["rus", "math", "eng", "hist", "bio", "geo", "phys", "chem", "inf", "pe", "art", "mus", "tech", "obzr", "ger"];
    private static readonly double[] SchoolSubjectWeights = [13, 13, 9, 6, 4, 3, 4, 3, 3, 7, 2, 2, 3, 2, 1];
    private static readonly string[] VocationalSubjects = ["rus", "math", "eng", "hist", "inf", "phys", "pe", "chem", "obzr"];

    /// <summary>The subject a teacher of the first one most often also teaches.</summary>
    private static readonly Dictionary<string, string[]> SecondSubjects = new()
    {
        ["rus"] = ["lit"], ["hist"] = ["soc"], ["math"] = ["inf", "phys"], ["bio"] = ["chem", "geo"],
        ["geo"] = ["bio"], ["phys"] = ["inf"], ["eng"] = ["ger"], ["art"] = ["tech", "mus"],
    };

    // Seed 001 §1.1, per cent of all workers.
    private const double HigherEducation = 63.2, HighestCategory = 19, FirstCategory = 23.9, Aged35To59 = 46.2, ExperienceOver20 = 40.4;
    // The seed gives only the 35–59 band; the rest is split in a realistic way (many workers past 60).
    private const double Aged60Plus = 24, Aged25To34 = 21.8;
    private const double MoverRate = 0.088, PartTimeRate = 0.034;

    public void Generate(DemoBatch batch, int people)
    {
        var organisations = batch.Organisations;
        var sizes = StaffSizes(organisations, people);
        var slots = new List<Slot>(people);
        for (var i = 0; i < organisations.Count; i++)
            AddPositions(organisations[i], sizes[i], slots);

        var ages = Ages(slots);
        var experience = ExperienceYears(ages);
        var categories = Quotas.ByRank(
            slots.Select((s, i) => experience[i] + random.Next() * 8 + s.Position switch { Position.Head => 5, Position.DeputyHead => 3, Position.Methodist => 2, _ => 0 }).ToList(),
            [Quotas.Share(slots.Count, HighestCategory), Quotas.Share(slots.Count, FirstCategory)], rest: 2);
        var higher = Quotas.ByRank(slots.Select(s => random.Next() * 1.5 + EducationBias(s.Position)).ToList(),
            [Quotas.Share(slots.Count, HigherEducation)], rest: 1);

        var byKind = organisations.GroupBy(o => o.Entity.Kind).ToDictionary(g => g.Key, g => g.ToList());
        var originalByKind = organisations.Where(o => o.IsOriginal).GroupBy(o => o.Entity.Kind).ToDictionary(g => g.Key, g => g.ToList());
        for (var i = 0; i < slots.Count; i++)
        {
            var person = CreatePerson(slots[i], ages[i], experience[i], categories[i], higher[i] == 0);
            batch.People.Add(person);
            foreach (var code in slots[i].Subjects)
                batch.PersonSubjects.Add(new PersonSubject { PersonId = person.Id, SubjectId = subjectIds[code] });
            AddEmployments(batch, slots[i], person, byKind, originalByKind);
        }
    }

    /// <summary>Staff proportional to organisation size, split exactly over <paramref name="people"/> workers.</summary>
    private static int[] StaffSizes(List<GeneratedOrganisation> organisations, int people)
    {
        var minimum = organisations.Select(o => o.Entity.Kind switch
        {
            OrganisationKind.School or OrganisationKind.Vocational or OrganisationKind.FurtherTraining => 5,
            _ => 3,
        }).ToArray();
        var weights = organisations.Select((o, i) => Math.Max(0.1, o.Entity.Kind switch
        {
            OrganisationKind.School => 6 + o.Entity.StudentCount / 11.0,
            OrganisationKind.Preschool => 3 + o.Entity.StudentCount / 9.0,
            OrganisationKind.AdditionalEducation => 4 + o.Entity.StudentCount / 45.0,
            OrganisationKind.Vocational => 8 + o.Entity.StudentCount / 14.0,
            _ => o.Entity.StudentCount / 50.0,
        } - minimum[i])).ToArray();
        var extra = Quotas.Apportion(people - minimum.Sum(), weights);
        return minimum.Select((m, i) => m + extra[i]).ToArray();
    }

    private void AddPositions(GeneratedOrganisation organisation, int size, List<Slot> slots)
    {
        var start = slots.Count;
        void Add(Position position, int count = 1, string[]? subjects = null)
        {
            for (var k = 0; k < count; k++) slots.Add(new Slot(organisation, position, subjects ?? []));
        }
        int Left() => size - (slots.Count - start);

        Add(Position.Head);
        switch (organisation.Entity.Kind)
        {
            case OrganisationKind.School:
                for (var d = size < 20 ? 1 : size < 40 ? 2 : size < 70 ? 3 : 4; d > 0; d--)
                    Add(Position.DeputyHead, subjects: random.Chance(0.6) ? [SchoolSubject()] : []);
                if (size >= 15) Add(Position.Psychologist);
                if (size >= 25) Add(Position.SocialPedagogue);
                if (size >= 30) Add(Position.SpeechTherapist);
                if (size >= 35) Add(Position.Tutor);
                if (size >= 60) Add(Position.Methodist);
                var primary = Math.Max(1, (int)Math.Round(Left() * 0.28));
                Add(Position.Teacher, primary, ["prim"]);
                while (Left() > 0) Add(Position.Teacher, subjects: SubjectTeacher());
                break;
            case OrganisationKind.Preschool:
                if (size >= 8) Add(Position.Methodist);
                if (size >= 10) Add(Position.SpeechTherapist);
                if (size >= 12) Add(Position.Psychologist);
                Add(Position.PreschoolTeacher, Left(), ["preschool"]);
                break;
            case OrganisationKind.AdditionalEducation:
                if (size >= 10) Add(Position.DeputyHead);
                if (size >= 4) Add(Position.Methodist, size >= 25 ? 2 : 1);
                Add(Position.AdditionalEducationTeacher, Left(), ["addedu"]);
                break;
            case OrganisationKind.Vocational:
                Add(Position.DeputyHead, Math.Min(3, 1 + size / 40));
                if (size >= 8) Add(Position.Methodist);
                if (size >= 20) Add(Position.Psychologist);
                if (size >= 30) Add(Position.SocialPedagogue);
                if (size >= 40) Add(Position.Tutor);
                while (Left() > 0) Add(Position.Teacher, subjects: [random.Pick(VocationalSubjects)]);
                break;
            default:
                Add(Position.DeputyHead, Math.Min(3, 1 + size / 40));
                Add(Position.Methodist, (int)Math.Round(size * 0.3));
                Add(Position.Tutor, (int)Math.Round(size * 0.05));
                while (Left() > 0) Add(Position.Lecturer, subjects: [SchoolSubject()]);
                break;
        }
    }

    private string SchoolSubject() => SchoolSubjects[random.PickWeighted(SchoolSubjectWeights)];

    private string[] SubjectTeacher()
    {
        var first = SchoolSubject();
        return SecondSubjects.TryGetValue(first, out var second) && random.Chance(0.45) ? [first, random.Pick(second)] : [first];
    }

    /// <summary>Full years of age on the demo date: bands by quota, older workers in managing positions.</summary>
    private int[] Ages(List<Slot> slots)
    {
        var keys = slots.Select(s => random.Next() + s.Position switch
        {
            Position.Head => 0.5, Position.DeputyHead => 0.35, Position.Lecturer => 0.3, Position.Methodist => 0.25, _ => 0,
        }).ToList();
        var bands = Quotas.ByRank(keys,
            [Quotas.Share(slots.Count, Aged60Plus), Quotas.Share(slots.Count, Aged35To59), Quotas.Share(slots.Count, Aged25To34)], rest: 3);
        return bands.Select(b => b switch
        {
            0 => 60 + Math.Min(15, (int)random.Exponential(3.5)),
            1 => random.Between(35, 59),
            2 => random.Between(25, 34),
            _ => random.Between(20, 24),
        }).ToArray();
    }

    /// <summary>
    /// Full years of pedagogical experience, at most age − 19 so that it never starts before 18.
    /// The seed's share with more than 20 years goes to the oldest (with noise) among those old enough.
    /// </summary>
    private int[] ExperienceYears(int[] ages)
    {
        var keys = ages.Select(a => a >= 40 ? a + random.Next() * 10 : double.MinValue).ToList();
        var over20 = Math.Min(Quotas.Share(ages.Length, ExperienceOver20), ages.Count(a => a >= 40));
        var bands = Quotas.ByRank(keys, [over20], rest: 1);
        return ages.Select((a, i) =>
        {
            if (bands[i] == 0) return random.Between(21, a - 19);
            var cap = Math.Min(20, a - 19);
            return Math.Min(cap, (int)(Math.Pow(random.Next(), 0.7) * (cap + 1)));
        }).ToArray();
    }

    private static double EducationBias(Position position) => position switch
    {
        Position.Teacher => 0.6,
        Position.AdditionalEducationTeacher => 0.2,
        Position.PreschoolTeacher => 0,
        _ => 2,
    };

    private Person CreatePerson(Slot slot, int age, int experience, int category, bool higher)
    {
        var sex = random.Chance(MaleShare(slot)) ? Sex.Male : Sex.Female;
        var (last, first, middle) = RussianNames.Next(random, sex);
        var id = ids.Person++;
        var since = DemoCalendar.Today.AddYears(-experience).AddDays(-random.Between(0, 364));
        return new Person
        {
            Id = id,
            ExternalCode = ExternalCodes.Snils(100_000_000 + id * 53 + random.Between(0, 52)),
            LastName = last,
            FirstName = first,
            MiddleName = middle,
            BirthDate = DemoCalendar.Today.AddYears(-age).AddDays(-random.Between(0, 364)),
            Sex = sex,
            EducationLevel = higher ? EducationLevel.Higher : random.Chance(0.95) ? EducationLevel.SecondaryVocational : EducationLevel.Other,
            ExperienceSince = since,
            Category = category switch { 0 => QualificationCategory.Highest, 1 => QualificationCategory.First, _ => QualificationCategory.None },
            CategoryDate = category == 2 ? null : CategoryDate(since),
        };
    }

    /// <summary>Categories are awarded for five years: the date lies within the last five, at least two years into the career.</summary>
    private DateOnly CategoryDate(DateOnly experienceSince)
    {
        var latest = DemoCalendar.Today.AddDays(-1);
        var earliest = DemoCalendar.Today.AddYears(-5).AddDays(1);
        if (experienceSince.AddYears(2) > earliest) earliest = experienceSince.AddYears(2);
        return earliest > latest ? latest : random.DateBetween(earliest, latest);
    }

    private static double MaleShare(Slot slot) => slot.Position switch
    {
        Position.Head => 0.3,
        Position.DeputyHead => 0.2,
        Position.Lecturer => 0.35,
        Position.AdditionalEducationTeacher => 0.25,
        Position.PreschoolTeacher => 0.01,
        Position.Teacher when slot.Subjects is ["pe", ..] or ["obzr", ..] or ["tech", ..] => 0.55,
        Position.Teacher when slot.Subjects is ["phys", ..] or ["inf", ..] or ["hist", ..] => 0.3,
        _ => 0.07,
    };

    private void AddEmployments(DemoBatch batch, Slot slot, Person person,
        Dictionary<OrganisationKind, List<GeneratedOrganisation>> byKind, Dictionary<OrganisationKind, List<GeneratedOrganisation>> originalByKind)
    {
        var organisation = slot.Organisation;
        var career = DemoCalendar.Today.DayNumber - person.ExperienceSince.DayNumber;
        var hired = person.ExperienceSince.AddDays((int)(random.Next() * 0.6 * career));
        var from = Max(Max(DemoCalendar.HistoryStart, organisation.Opened), hired);

        if (slot.Position != Position.Head && random.Chance(MoverRate))
        {
            var previousFrom = Max(DemoCalendar.HistoryStart, hired);
            var earliest = Max(previousFrom.AddYears(1), organisation.Opened);
            var latest = DemoCalendar.Today.AddDays(-30);
            var previous = Other(originalByKind, organisation);
            if (earliest <= latest && previous is not null)
            {
                var moved = random.DateBetween(earliest, latest);
                batch.Employments.Add(Employment(person, previous, slot.Position, isMain: true, previousFrom, moved));
                from = moved;
            }
        }
        batch.Employments.Add(Employment(person, organisation, slot.Position, isMain: true, from, null));

        if (slot.Position != Position.Head && random.Chance(PartTimeRate) && Other(byKind, organisation) is { } second)
            batch.Employments.Add(Employment(person, second, slot.Position, isMain: false, Max(from, second.Opened), null));
    }

    private GeneratedOrganisation? Other(Dictionary<OrganisationKind, List<GeneratedOrganisation>> byKind, GeneratedOrganisation organisation)
    {
        if (!byKind.TryGetValue(organisation.Entity.Kind, out var candidates) || candidates.Count < 2) return null;
        var other = random.Pick(candidates);
        return other == organisation ? null : other;
    }

    private Employment Employment(Person person, GeneratedOrganisation organisation, Position position, bool isMain, DateOnly from, DateOnly? to) => new()
    {
        Id = ids.Employment++, PersonId = person.Id, OrganisationId = organisation.Entity.Id, Position = position, IsMain = isMain, ValidFrom = from, ValidTo = to,
    };

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
