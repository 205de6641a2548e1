using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Communities;
using EduCycle.Web.Features.Development.Diagnostics;
using EduCycle.Web.Features.Development.Enrolments;
using EduCycle.Web.Features.Development.Mentoring;
using EduCycle.Web.Features.Development.Programmes;
using EduCycle.Web.Features.Development.Routes;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Monitoring;
using EduCycle.Web.Features.Registry;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Indicators.Pack;

/// <summary>
/// The hand-made dataset of the pack acceptance tests, school year 2025/26 (census date 20.09.2025; «young» = born
/// after 20.09.1990; «first three years» = experience since after 20.09.2022; «under one year» = after 20.09.2024).
/// Region «77» with municipality М1 «77-01» (school S1, school S2, kindergarten K) and М2 «77-02» (school S3).
/// <code>
/// person       org  position       born  exp since   subjects    staff 2023/2024/2025 and notes
/// Иванова      S1   teacher        1975  2000-09-01  math        yes/yes/yes; part-time (not main) teacher at S2 too
/// Петров       S1   teacher        1995  2023-09-01  rus         yes/yes/yes (hired 2023-09-01)
/// Сидорова     S1   psychologist   1980  2005-09-01  —           yes/yes/yes
/// Козлов       S1   HEAD           1970  1995-09-01  math        never staff (head) — has every kind of record
/// Новикова     S1   teacher        1970  1990-09-01  rus         yes/yes/no (left 2025-06-30), records in 2025/26
/// Морозов      S1   teacher        1999  2025-10-01  math        no (hired 2025-10-01, after the census date)
/// Волкова      S2   teacher        1998  2024-11-01  math        no/no/yes (hired 2024-11-01)
/// Соколов      S2   teacher        1985  2010-09-01  phys        yes/yes/yes
/// Лебедева     S2   teacher        1992  2015-09-01  rus, math   yes/yes/yes
/// Егорова      S2   DEPUTY         1980  2003-09-01  —           never staff (deputy head)
/// Павлова      K    preschool t.   2000  2025-09-01  —           no/no/yes (hired 2025-09-01)
/// Семёнова     K    preschool t.   1970  1992-09-01  —           yes/yes/yes
/// Голубев      S3   teacher        1993  2023-02-01  math        yes/yes/yes (hired 2023-02-01)
/// Виноградова  S3   teacher        1965  1988-09-01  rus         yes/yes/yes
/// Богданов     S3   methodist      1988  2012-09-01  —           yes/yes/yes
/// Фёдорова     S3   teacher        1999  2025-01-10  phys        no/no/yes (hired 2025-01-10)
/// Орлов        S3   teacher        1994  2019-09-01  math        yes/no/no (left 2024-06-30)
/// </code>
/// Staff of 2025/26: S1 = Иванова, Петров, Сидорова (3); S2 = Волкова, Соколов, Лебедева (3); K = Павлова, Семёнова (2);
/// S3 = Голубев, Виноградова, Богданов, Фёдорова (4); М1 = 8, М2 = 4, region = 12.
/// </summary>
public sealed class PackDataset
{
    public const int Year = 2025;

    public required Dictionary<string, (UnitLevel Level, int Id, string Code)> Units { get; init; }
    public required Dictionary<string, Person> People { get; init; }

    public (UnitLevel Level, int Id, string Code) this[string unit] => Units[unit];

    public static async Task<PackDataset> SeedAsync(EduCycleDbContext db)
    {
        var region = new Region { Code = "77", Name = "Пакетная область" };
        db.Regions.Add(region);
        await db.SaveChangesAsync();
        var m1 = new Municipality { RegionId = region.Id, Code = "77-01", Name = "Первый район", Kind = MunicipalityKind.District };
        var m2 = new Municipality { RegionId = region.Id, Code = "77-02", Name = "Второй район", Kind = MunicipalityKind.District };
        db.AddRange(m1, m2);
        var subjects = new Dictionary<string, Subject>();
        foreach (var (code, name) in new[] { ("math", "Математика"), ("rus", "Русский язык"), ("phys", "Физика") })
            subjects[code] = await db.Subjects.FirstOrDefaultAsync(s => s.Code == code) ?? db.Subjects.Add(new Subject { Code = code, Name = name }).Entity;
        await db.SaveChangesAsync();

        Organisation Org(string code, string name, OrganisationKind kind, Municipality m) => new()
        {
            ExternalCode = code, FullName = name + " (полное)", ShortName = name, Kind = kind, StudentCount = 200,
            Placements = [new OrganisationPlacement { MunicipalityId = m.Id, ValidFrom = new DateOnly(2015, 1, 1) }],
        };
        var s1 = Org("7701000001", "Школа S1", OrganisationKind.School, m1);
        var s2 = Org("7701000002", "Школа S2", OrganisationKind.School, m1);
        var k = Org("7701000003", "Детский сад K", OrganisationKind.Preschool, m1);
        var s3 = Org("7702000001", "Школа S3", OrganisationKind.School, m2);
        db.Organisations.AddRange(s1, s2, k, s3);
        await db.SaveChangesAsync();

        var people = new Dictionary<string, Person>();
        var n = 0;
        Person P(string lastName, int born, DateOnly experience, string[] subjectCodes,
            params (Organisation Org, Position Position, DateOnly From, DateOnly? To, bool Main)[] jobs)
        {
            n++;
            var person = new Person
            {
                ExternalCode = $"777-000-{n:000} 00", LastName = lastName, FirstName = "Тест", MiddleName = "Пакетович",
                BirthDate = new DateOnly(born, 3, 1), Sex = Sex.Female, EducationLevel = EducationLevel.Higher, ExperienceSince = experience,
                Employments = jobs.Select(j => new Employment
                    { OrganisationId = j.Org.Id, Position = j.Position, ValidFrom = j.From, ValidTo = j.To, IsMain = j.Main }).ToList(),
                Subjects = subjectCodes.Select(c => new PersonSubject { SubjectId = subjects[c].Id }).ToList(),
            };
            people[lastName] = person;
            return person;
        }
        var since = new DateOnly(2019, 9, 1);
        db.People.AddRange(
            P("Иванова", 1975, new(2000, 9, 1), ["math"], (s1, Position.Teacher, since, null, true), (s2, Position.Teacher, since, null, false)),
            P("Петров", 1995, new(2023, 9, 1), ["rus"], (s1, Position.Teacher, new(2023, 9, 1), null, true)),
            P("Сидорова", 1980, new(2005, 9, 1), [], (s1, Position.Psychologist, since, null, true)),
            P("Козлов", 1970, new(1995, 9, 1), ["math"], (s1, Position.Head, since, null, true)),
            P("Новикова", 1970, new(1990, 9, 1), ["rus"], (s1, Position.Teacher, since, new(2025, 6, 30), true)),
            P("Морозов", 1999, new(2025, 10, 1), ["math"], (s1, Position.Teacher, new(2025, 10, 1), null, true)),
            P("Волкова", 1998, new(2024, 11, 1), ["math"], (s2, Position.Teacher, new(2024, 11, 1), null, true)),
            P("Соколов", 1985, new(2010, 9, 1), ["phys"], (s2, Position.Teacher, since, null, true)),
            P("Лебедева", 1992, new(2015, 9, 1), ["rus", "math"], (s2, Position.Teacher, since, null, true)),
            P("Егорова", 1980, new(2003, 9, 1), [], (s2, Position.DeputyHead, since, null, true)),
            P("Павлова", 2000, new(2025, 9, 1), [], (k, Position.PreschoolTeacher, new(2025, 9, 1), null, true)),
            P("Семёнова", 1970, new(1992, 9, 1), [], (k, Position.PreschoolTeacher, since, null, true)),
            P("Голубев", 1993, new(2023, 2, 1), ["math"], (s3, Position.Teacher, new(2023, 2, 1), null, true)),
            P("Виноградова", 1965, new(1988, 9, 1), ["rus"], (s3, Position.Teacher, since, null, true)),
            P("Богданов", 1988, new(2012, 9, 1), [], (s3, Position.Methodist, since, null, true)),
            P("Фёдорова", 1999, new(2025, 1, 10), ["phys"], (s3, Position.Teacher, new(2025, 1, 10), null, true)),
            P("Орлов", 1994, new(2019, 9, 1), ["math"], (s3, Position.Teacher, since, new(2024, 6, 30), true)));
        await db.SaveChangesAsync();
        int Id(string name) => people[name].Id;
        int OrgOf(string name) => people[name].Employments.First(e => e.IsMain).OrganisationId;

        // Diagnostics: results of 2025/26 with their competency-group scores, a few of 2024/25, deficits.
        DiagnosticCampaign Campaign(int year) => db.DiagnosticCampaigns.Add(new DiagnosticCampaign
        {
            Name = $"Диагностика {year}", StartDate = new(year, 9, 1), EndDate = new(year + 1, 8, 31), CreatedBy = "tests",
            Groups = CompetencyGroups.Subject | CompetencyGroups.Methodical,
        }).Entity;
        var (previousCampaign, campaign) = (Campaign(2024), Campaign(2025));
        await db.SaveChangesAsync();
        void Diagnosed(string name, DateOnly on, params CompetencyGroup[] groups) => db.DiagnosticResults.Add(new DiagnosticResult
        {
            CampaignId = (on < new DateOnly(2025, 9, 1) ? previousCampaign : campaign).Id, PersonId = Id(name), OrganisationId = OrgOf(name), TakenOn = on, Outcome = DiagnosticOutcome.Acceptable,
            Entry = DiagnosticEntry.Manual, EnteredBy = "tests", Scores = groups.Select(g => new DiagnosticGroupScore { Group = g, Percent = 70 }).ToList(),
        });
        Diagnosed("Иванова", new(2025, 10, 15), CompetencyGroup.Subject, CompetencyGroup.Methodical);
        Diagnosed("Петров", new(2025, 11, 1), CompetencyGroup.Subject);
        Diagnosed("Волкова", new(2025, 11, 5), CompetencyGroup.PsychoPedagogical);
        Diagnosed("Лебедева", new(2026, 2, 10), CompetencyGroup.Methodical);
        Diagnosed("Семёнова", new(2026, 3, 1), CompetencyGroup.Universal);
        Diagnosed("Голубев", new(2025, 12, 1), CompetencyGroup.Subject);
        Diagnosed("Богданов", new(2026, 4, 20), CompetencyGroup.Communicative);
        Diagnosed("Соколов", new(2025, 5, 10), CompetencyGroup.Subject);          // 2024/25
        Diagnosed("Виноградова", new(2025, 4, 1), CompetencyGroup.Subject);       // 2024/25
        Diagnosed("Богданов", new(2024, 12, 1), CompetencyGroup.Methodical);      // 2024/25
        Diagnosed("Козлов", new(2025, 10, 1), CompetencyGroup.Subject, CompetencyGroup.Methodical);
        Diagnosed("Новикова", new(2025, 10, 1), CompetencyGroup.Subject);
        Diagnosed("Морозов", new(2025, 11, 1), CompetencyGroup.Subject);

        var topics = new Dictionary<CompetencyGroup, DeficitTopic>();
        foreach (var group in Enum.GetValues<CompetencyGroup>())
            topics[group] = db.DeficitTopics.Add(new DeficitTopic { Code = $"PACK-{(int)group}", Name = $"Тема пакета {group}", Group = group }).Entity;
        await db.SaveChangesAsync();
        void Deficit(string name, CompetencyGroup group, DateOnly on) => db.Deficits.Add(new Deficit
            { PersonId = Id(name), TopicId = topics[group].Id, Kind = DeficitKind.Individual, Source = DeficitSource.Diagnostic, IdentifiedOn = on });
        Deficit("Иванова", CompetencyGroup.Methodical, new(2025, 10, 15));
        Deficit("Иванова", CompetencyGroup.Subject, new(2025, 10, 15));
        Deficit("Петров", CompetencyGroup.Subject, new(2025, 11, 1));
        Deficit("Волкова", CompetencyGroup.PsychoPedagogical, new(2025, 11, 5));
        Deficit("Волкова", CompetencyGroup.Communicative, new(2025, 11, 5));
        Deficit("Лебедева", CompetencyGroup.Methodical, new(2025, 3, 1));        // 2024/25
        Deficit("Семёнова", CompetencyGroup.Universal, new(2026, 3, 1));
        Deficit("Семёнова", CompetencyGroup.Methodical, new(2026, 3, 1));
        Deficit("Голубев", CompetencyGroup.Communicative, new(2025, 12, 1));
        Deficit("Соколов", CompetencyGroup.Methodical, new(2025, 10, 20));      // not diagnosed in 2025/26
        Deficit("Козлов", CompetencyGroup.Methodical, new(2025, 10, 1));

        void Asset(string name, Municipality m, int year) => db.MethodicalAssetMembers.Add(new MethodicalAssetMember
            { PersonId = Id(name), MunicipalityId = m.Id, SchoolYear = year, ConfirmedBy = "tests" });
        Asset("Иванова", m1, 2025);
        Asset("Лебедева", m1, 2025);
        Asset("Богданов", m2, 2025);   // in the asset without a subject/methodical diagnostic this year
        Asset("Петров", m1, 2024);
        Asset("Козлов", m1, 2025);

        void Route(string name, bool atCentre, RouteStatus status, DateOnly from, DateOnly to) => db.Routes.Add(new IndividualRoute
            { PersonId = Id(name), OrganisationId = OrgOf(name), BuiltAtCentre = atCentre, Status = status, PlannedFrom = from, PlannedTo = to, CreatedBy = "tests" });
        Route("Иванова", true, RouteStatus.InProgress, new(2025, 10, 1), new(2026, 5, 31));
        Route("Петров", true, RouteStatus.Draft, new(2025, 10, 1), new(2026, 5, 31));
        Route("Волкова", false, RouteStatus.Approved, new(2025, 10, 1), new(2026, 5, 31));
        Route("Лебедева", true, RouteStatus.Completed, new(2024, 10, 1), new(2025, 5, 31));
        Route("Голубев", true, RouteStatus.Approved, new(2025, 9, 15), new(2026, 6, 1));
        Route("Фёдорова", true, RouteStatus.Cancelled, new(2025, 10, 1), new(2026, 5, 31));
        Route("Козлов", true, RouteStatus.Approved, new(2025, 10, 1), new(2026, 5, 31));

        // Programmes: A targeted+pre-course, registry, stress module, on request; B targeted (no pre-course), distance,
        // e-learning, GIA experts; C pre-course (not targeted), registry, distance, e-learning, on request, attestation
        // experts; D retraining, pedagogical; E retraining, not pedagogical, distance; F plain upskilling.
        var provider = db.Providers.Add(new Provider { Name = "ЦНППМ пакета", Group = ProviderGroup.RegionalInstitute }).Entity;
        await db.SaveChangesAsync();
        Programme Prog(string code, ProgrammeKind kind, StudyForm form, Action<Programme> flags)
        {
            var p = new Programme { Code = code, Name = "Программа " + code, ProviderId = provider.Id, Kind = kind, Hours = 36, Form = form };
            flags(p);
            return db.Programmes.Add(p).Entity;
        }
        var a = Prog("A", ProgrammeKind.Upskilling, StudyForm.FullTime, p =>
            (p.Targeted, p.BuiltOnPreCourseDiagnostics, p.InFederalRegistry, p.HasStressModule, p.OnSchoolRequest) = (true, true, true, true, true));
        var b = Prog("B", ProgrammeKind.Upskilling, StudyForm.Distance, p =>
            (p.Targeted, p.ELearning, p.ExpertTopic) = (true, true, ExpertTopic.GiaCommission));
        var c = Prog("C", ProgrammeKind.Upskilling, StudyForm.Distance, p =>
            (p.BuiltOnPreCourseDiagnostics, p.InFederalRegistry, p.ELearning, p.OnSchoolRequest, p.ExpertTopic) = (true, true, true, true, ExpertTopic.AttestationExpert));
        var d = Prog("D", ProgrammeKind.Retraining, StudyForm.PartTime, p => p.Pedagogical = true);
        var e = Prog("E", ProgrammeKind.Retraining, StudyForm.Distance, p => p.ELearning = true);
        var f = Prog("F", ProgrammeKind.Upskilling, StudyForm.FullTime, _ => { });
        await db.SaveChangesAsync();
        void Enrol(string name, Programme programme, EnrolmentStatus status, DateOnly from, DateOnly to) => db.Enrolments.Add(new Enrolment
            { PersonId = Id(name), ProgrammeId = programme.Id, OrganisationId = OrgOf(name), Status = status, StartDate = from, EndDate = to, CreatedBy = "tests" });
        Enrol("Иванова", a, EnrolmentStatus.Completed, new(2025, 10, 1), new(2025, 11, 15));
        Enrol("Петров", b, EnrolmentStatus.Completed, new(2025, 10, 1), new(2025, 12, 20));
        Enrol("Волкова", a, EnrolmentStatus.Completed, new(2026, 2, 1), new(2026, 5, 30));
        Enrol("Соколов", c, EnrolmentStatus.Completed, new(2025, 6, 1), new(2025, 6, 30));      // 2024/25
        Enrol("Лебедева", c, EnrolmentStatus.Completed, new(2026, 3, 1), new(2026, 4, 10));
        Enrol("Семёнова", d, EnrolmentStatus.Completed, new(2025, 9, 10), new(2026, 6, 30));
        Enrol("Павлова", e, EnrolmentStatus.Completed, new(2025, 11, 1), new(2026, 1, 31));
        Enrol("Голубев", a, EnrolmentStatus.Completed, new(2025, 12, 1), new(2025, 12, 20));
        Enrol("Виноградова", a, EnrolmentStatus.Studying, new(2026, 5, 1), new(2026, 10, 30));
        Enrol("Богданов", e, EnrolmentStatus.Completed, new(2026, 2, 1), new(2026, 3, 31));
        Enrol("Фёдорова", f, EnrolmentStatus.Planned, new(2026, 3, 1), new(2026, 3, 31));
        Enrol("Новикова", d, EnrolmentStatus.Completed, new(2025, 10, 1), new(2026, 1, 31));

        // Communities: mentors (5), district association (2), network (4), school association (1), young teachers' school (6).
        Community Com(string name, CommunityKind kind) =>
            db.Communities.Add(new Community { Name = name, Kind = kind, Level = ActivityLevel.Municipal, CreatedOn = new(2020, 1, 1) }).Entity;
        var mentors = Com("Сообщество наставников", CommunityKind.MentorsCommunity);
        var district = Com("РМО учителей", CommunityKind.DistrictAssociation);
        var network = Com("Сетевое сообщество", CommunityKind.NetworkCommunity);
        var school = Com("ШМО", CommunityKind.SchoolAssociation);
        var youngSchool = Com("Школа молодого педагога", CommunityKind.YoungTeachersSchool);
        await db.SaveChangesAsync();
        void Member(Community community, string name, DateOnly from, DateOnly? to = null) => db.CommunityMemberships.Add(new CommunityMembership
            { CommunityId = community.Id, PersonId = Id(name), Role = MembershipRole.Member, ValidFrom = from, ValidTo = to });
        Member(mentors, "Иванова", new(2024, 9, 1));
        Member(mentors, "Соколов", new(2023, 1, 1), new(2025, 8, 31));
        Member(mentors, "Виноградова", new(2026, 1, 15));
        Member(mentors, "Козлов", new(2023, 1, 1));
        Member(district, "Петров", new(2024, 1, 1));
        Member(district, "Семёнова", new(2025, 9, 1));
        Member(network, "Петров", new(2025, 10, 1));
        Member(network, "Голубев", new(2025, 11, 1));
        Member(network, "Фёдорова", new(2025, 2, 1), new(2025, 9, 1));
        Member(school, "Соколов", new(2020, 1, 1));
        Member(youngSchool, "Павлова", new(2025, 9, 1));
        Member(youngSchool, "Волкова", new(2025, 9, 15));
        Member(youngSchool, "Голубев", new(2023, 3, 1), new(2025, 6, 30));

        void Pair(string mentor, string mentee, DateOnly from, DateOnly to) => db.MentoringPairs.Add(new MentoringPair
            { MentorId = Id(mentor), MenteeId = Id(mentee), OrganisationId = OrgOf(mentee), From = from, To = to, Status = MentoringStatus.Active });
        Pair("Иванова", "Петров", new(2025, 9, 1), new(2026, 5, 31));
        Pair("Виноградова", "Голубев", new(2023, 2, 1), new(2024, 5, 31));
        Pair("Соколов", "Лебедева", new(2025, 10, 1), new(2026, 5, 31));
        Pair("Богданов", "Фёдорова", new(2026, 1, 10), new(2026, 6, 30));

        // Events: E1 municipal (no organiser organisation) network seminar; E2 by S3; E3 by S1 in 2024/25; E4 network by S2.
        MethodicalEvent Ev(string name, DateOnly date, Organisation? organiser, Municipality? municipality, bool network) =>
            db.MethodicalEvents.Add(new MethodicalEvent
            {
                Name = name, Form = EventForm.Seminar, Level = ActivityLevel.Municipal, Date = date, IsNetwork = network,
                OrganiserOrganisationId = organiser?.Id, MunicipalityId = municipality?.Id,
            }).Entity;
        var e1 = Ev("Семинар района", new(2025, 10, 10), null, m1, true);
        var e2 = Ev("Мастер-класс S3", new(2026, 2, 1), s3, m2, false);
        var e3 = Ev("Сетевой день S1", new(2025, 5, 1), s1, m1, true);
        var e4 = Ev("Сетевой семинар S2", new(2026, 3, 1), s2, m1, true);
        await db.SaveChangesAsync();
        void Took(MethodicalEvent ev, string name) =>
            db.EventParticipations.Add(new EventParticipation { EventId = ev.Id, PersonId = Id(name), Role = ParticipationRole.Participant });
        Took(e1, "Иванова");
        Took(e3, "Петров");
        Took(e1, "Соколов");
        Took(e4, "Соколов");
        Took(e1, "Павлова");
        Took(e2, "Богданов");
        Took(e1, "Козлов");

        void Entry(string name, int year) => db.CompetitionEntries.Add(new CompetitionEntry
            { PersonId = Id(name), Competition = "Учитель года", Level = ActivityLevel.Municipal, SchoolYear = year, Result = CompetitionResult.Participant });
        Entry("Волкова", 2025);
        Entry("Голубев", 2025);
        Entry("Виноградова", 2024);
        Entry("Морозов", 2025);

        db.OrganisationYearStatuses.AddRange(
            new OrganisationYearStatus { OrganisationId = s1.Id, SchoolYear = 2025, ImplementsMentoringModel = true },
            new OrganisationYearStatus { OrganisationId = s1.Id, SchoolYear = 2024, InnovationLevel = InnovationLevel.Federal },
            new OrganisationYearStatus { OrganisationId = s2.Id, SchoolYear = 2024, ImplementsMentoringModel = true },
            new OrganisationYearStatus { OrganisationId = s2.Id, SchoolYear = 2025, InnovationLevel = InnovationLevel.Regional },
            new OrganisationYearStatus { OrganisationId = k.Id, SchoolYear = 2025, ImplementsMentoringModel = true, InnovationLevel = InnovationLevel.Municipal },
            new OrganisationYearStatus { OrganisationId = s3.Id, SchoolYear = 2025, InnovationLevel = InnovationLevel.None });

        void Vacancy(Organisation org, string subject, int count, int year) =>
            db.Vacancies.Add(new Vacancy { OrganisationId = org.Id, SubjectId = subjects[subject].Id, Count = count, SchoolYear = year });
        Vacancy(s1, "math", 2, 2025);
        Vacancy(s2, "phys", 1, 2025);
        Vacancy(s1, "math", 5, 2024);
        Vacancy(s1, "rus", 1, 2023);
        Vacancy(s2, "rus", 2, 2023);
        Vacancy(s2, "math", 1, 2023);
        Vacancy(s3, "phys", 1, 2023);

        // Monitoring form «PACK»: the 2025/26 request has approved submissions of S1 and S2 and a submitted (not approved)
        // one of S3; S3's approved answer belongs to the 2024/25 request.
        foreach (var code in new[] { "orgs.productive_methodical_system", "orgs.education_projects" })
            if (!await db.CollectedElements.AnyAsync(x => x.Code == code))
                db.CollectedElements.Add(new CollectedElement { Code = code, Name = code, Unit = "да/нет", MinValue = 0, MaxValue = 1, IsInteger = true });
        var form = db.CollectionForms.Add(new CollectionForm { Code = "PACK", Name = "Форма пакета" }).Entity;
        await db.SaveChangesAsync();
        CollectionSubmission Submission(Organisation org, SubmissionStatus status, decimal productive, decimal projects) => new()
        {
            OrganisationId = org.Id, Status = status,
            Values =
            [
                new CollectedValue { ElementCode = "orgs.productive_methodical_system", Value = productive },
                new CollectedValue { ElementCode = "orgs.education_projects", Value = projects },
            ],
        };
        db.CollectionRequests.AddRange(
            new CollectionRequest
            {
                FormId = form.Id, SchoolYear = 2025, Deadline = new(2025, 12, 25), CreatedBy = "tests",
                Submissions =
                [
                    Submission(s1, SubmissionStatus.Approved, 1, 1),
                    Submission(s2, SubmissionStatus.Approved, 0, 1),
                    Submission(s3, SubmissionStatus.Submitted, 1, 1),
                ],
            },
            new CollectionRequest
            {
                FormId = form.Id, SchoolYear = 2024, Deadline = new(2024, 12, 25), CreatedBy = "tests",
                Submissions = [Submission(s3, SubmissionStatus.Approved, 1, 1)],
            });
        await db.SaveChangesAsync();

        return new PackDataset
        {
            People = people,
            Units = new()
            {
                ["S1"] = (UnitLevel.Organisation, s1.Id, s1.ExternalCode),
                ["S2"] = (UnitLevel.Organisation, s2.Id, s2.ExternalCode),
                ["K"] = (UnitLevel.Organisation, k.Id, k.ExternalCode),
                ["S3"] = (UnitLevel.Organisation, s3.Id, s3.ExternalCode),
                ["M1"] = (UnitLevel.Municipality, m1.Id, m1.Code),
                ["M2"] = (UnitLevel.Municipality, m2.Id, m2.Code),
                ["R"] = (UnitLevel.Region, region.Id, region.Code),
            },
        };
    }
}
