using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Communities;
using EduCycle.Web.Features.Development.Mentoring;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Development.Mentoring;

public sealed class MentoringTests
{
    private static readonly DateOnly Today = new(2025, 11, 20);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static Writer As(string role, int? municipalityId = null, int? organisationId = null) =>
        new(new DataScope(Roles.ScopeOf(role), "u-" + role, role, municipalityId, organisationId, null, Today), new HashSet<string> { role });

    private static EduCycleDbContext Open(DatabaseSettings settings, Writer writer) => TestDatabases.Open(settings, writer.Scope);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_pair_is_refused_with_the_reason_and_nothing_is_written(string provider)
    {
        var (settings, r) = await TestRegion.CreateAsync(provider);
        var region = As(Roles.RegionalOperator);
        var from = new DateOnly(2025, 9, 1);
        PairDraft Draft(int org, int mentor, int mentee, DateOnly start, DateOnly end) =>
            new(org, mentor, mentee, MentoringForm.TeacherTeacher, start, end, "План");

        await using (var db = Open(settings, region))
        {
            Assert.Equal("Наставник и наставляемый должны быть разными людьми.",
                (await MentoringPairs.SaveAsync(db, region, null, Draft(r.A1.Id, r.P(1).Id, r.P(1).Id, from, from.AddMonths(9)))).Error);
            Assert.Equal("Период наставничества: дата окончания должна быть позже даты начала.",
                (await MentoringPairs.SaveAsync(db, region, null, Draft(r.A1.Id, r.P(2).Id, r.P(1).Id, from, from))).Error);
            // P4 works at B1, never at A1.
            Assert.Equal("Наставляемый не является работником выбранной организации в период наставничества.",
                (await MentoringPairs.SaveAsync(db, region, null, Draft(r.A1.Id, r.P(2).Id, r.P(4).Id, from, from.AddMonths(9)))).Error);
            // P6 left A1 on 2023-06-30: a pair at A1 for 2025/26 is refused, one in 2022/23 is fine.
            Assert.False((await MentoringPairs.SaveAsync(db, region, null, Draft(r.A1.Id, r.P(2).Id, r.P(6).Id, from, from.AddMonths(9)))).Ok);
            Assert.True((await MentoringPairs.SaveAsync(db, region, null, Draft(r.A1.Id, r.P(2).Id, r.P(6).Id, new DateOnly(2022, 9, 1), new DateOnly(2023, 5, 31)))).Ok);
        }

        var headOfA1 = As(Roles.Head, organisationId: r.A1.Id);
        var municipalB = As(Roles.MunicipalOperator, municipalityId: r.B.Id);
        var teacher = new Writer(new DataScope(ScopeKind.Self, "t", "t", null, r.A1.Id, r.P(1).Id, Today), new HashSet<string> { Roles.Teacher });
        await using (var db = Open(settings, headOfA1))
            Assert.Equal("Организация не найдена или вне вашей области ведения.",
                (await MentoringPairs.SaveAsync(db, headOfA1, null, Draft(r.B1.Id, r.P(6).Id, r.P(4).Id, from, from.AddMonths(9)))).Error);
        await using (var db = Open(settings, municipalB))
            Assert.Equal("Организация не найдена или вне вашей области ведения.",
                (await MentoringPairs.SaveAsync(db, municipalB, null, Draft(r.A1.Id, r.P(2).Id, r.P(1).Id, from, from.AddMonths(9)))).Error);
        await using (var db = Open(settings, teacher))
            Assert.Equal(Writer.NotAllowed, (await MentoringPairs.SaveAsync(db, teacher, null, Draft(r.A1.Id, r.P(2).Id, r.P(1).Id, from, from.AddMonths(9)))).Error);

        await using var check = TestDatabases.Open(settings);
        Assert.Equal([r.P(6).Id], await check.MentoringPairs.Select(p => p.MenteeId).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Meetings_stay_inside_the_period_and_completion_needs_an_outcome(string provider)
    {
        var (settings, r) = await TestRegion.CreateAsync(provider);
        var head = As(Roles.Head, organisationId: r.A1.Id);
        await using var db = Open(settings, head);
        var pair = await MentoringPairs.SaveAsync(db, head, null,
            new PairDraft(r.A1.Id, r.P(2).Id, r.P(1).Id, MentoringForm.HeadTeacher, new DateOnly(2025, 9, 1), new DateOnly(2026, 5, 31), null));
        Assert.True(pair.Ok, pair.Error);

        Assert.Equal("Встреча: дата должна быть в пределах периода наставничества.",
            (await MentoringPairs.AddMeetingAsync(db, head, pair.Id, new DateOnly(2025, 8, 31), "Знакомство", null)).Error);
        Assert.Equal("Встреча: укажите тему.", (await MentoringPairs.AddMeetingAsync(db, head, pair.Id, new DateOnly(2025, 9, 1), " ", null)).Error);
        Assert.True((await MentoringPairs.AddMeetingAsync(db, head, pair.Id, new DateOnly(2025, 9, 1), "Знакомство", null)).Ok);
        Assert.True((await MentoringPairs.AddMeetingAsync(db, head, pair.Id, new DateOnly(2026, 5, 31), "Итоги", "Открытый урок")).Ok);

        Assert.Equal("Укажите результат наставничества.", (await MentoringPairs.CompleteAsync(db, head, pair.Id, MentoringStatus.Completed, "")).Error);
        Assert.True((await MentoringPairs.CompleteAsync(db, head, pair.Id, MentoringStatus.Completed, "Провела открытый урок")).Ok);
        Assert.Equal("Пара уже завершена.", (await MentoringPairs.CompleteAsync(db, head, pair.Id, MentoringStatus.Terminated, "x")).Error);

        var row = Assert.Single(await MentoringPairs.ListAsync(db, new PairFilter { SchoolYear = 2025 }));
        Assert.Equal((2, new DateOnly(2026, 5, 31), MentoringStatus.Completed), (row.Meetings, row.LastMeeting!.Value, row.Status));
        Assert.Empty(await MentoringPairs.ListAsync(db, new PairFilter { SchoolYear = 2026 }));
    }

    /// <summary>
    /// On 2025-11-20: P1 (A1, 29) mentored by P2; P2 is a head (not counted) and a member of the mentors' community;
    /// P3 (A2) turns 35 that day (not young); P4 (B1, 33) has only a completed pair and a young-teachers membership ended that day;
    /// P5 (M, now in B, 40) started teaching 2023-09-01 (young specialist) and is in the young teachers' school; P6 (39, 20 years) is not young.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Young_teacher_coverage_counts_active_support_on_the_date(string provider)
    {
        var (settings, r) = await TestRegion.CreateAsync(provider);
        await using (var db = TestDatabases.Open(settings))
        {
            var people = await db.People.ToDictionaryAsync(p => p.Id);
            people[r.P(1).Id].BirthDate = new DateOnly(1995, 11, 21);
            people[r.P(2).Id].BirthDate = new DateOnly(1996, 1, 1);
            people[r.P(3).Id].BirthDate = new DateOnly(1990, 11, 20);
            people[r.P(4).Id].BirthDate = new DateOnly(1992, 1, 1);
            people[r.P(5).Id].ExperienceSince = new DateOnly(2023, 9, 1);
            var school = new Community { Name = "Школа молодого педагога", Kind = CommunityKind.YoungTeachersSchool, Level = ActivityLevel.Municipal, MunicipalityId = r.B.Id, CreatedOn = new DateOnly(2020, 1, 1) };
            var mentors = new Community { Name = "Сообщество наставников", Kind = CommunityKind.MentorsCommunity, Level = ActivityLevel.Regional, CreatedOn = new DateOnly(2020, 1, 1) };
            db.Communities.AddRange(school, mentors);
            await db.SaveChangesAsync();
            db.CommunityMemberships.AddRange(
                new CommunityMembership { CommunityId = school.Id, PersonId = r.P(4).Id, ValidFrom = new DateOnly(2024, 9, 1), ValidTo = Today },
                new CommunityMembership { CommunityId = school.Id, PersonId = r.P(5).Id, ValidFrom = new DateOnly(2025, 9, 1) },
                new CommunityMembership { CommunityId = mentors.Id, PersonId = r.P(2).Id, ValidFrom = new DateOnly(2025, 1, 1) });
            db.MentoringPairs.AddRange(
                new MentoringPair { OrganisationId = r.A1.Id, MentorId = r.P(2).Id, MenteeId = r.P(1).Id, From = new DateOnly(2025, 9, 1), To = new DateOnly(2026, 5, 31), Status = MentoringStatus.Active },
                new MentoringPair { OrganisationId = r.B1.Id, MentorId = r.P(6).Id, MenteeId = r.P(4).Id, From = new DateOnly(2024, 9, 1), To = new DateOnly(2026, 5, 31), Status = MentoringStatus.Completed });
            await db.SaveChangesAsync();
        }

        await using var region = TestDatabases.Open(settings);
        var report = await YoungTeachers.ReportAsync(region, Today);
        Assert.Equal([(r.P(1).Id, true), (r.P(4).Id, false), (r.P(5).Id, true)],
            report.Teachers.OrderBy(t => t.PersonId).Select(t => (t.PersonId, t.IsSupported)).ToList());
        Assert.Equal([("Альфинский район", 1, 1), ("Бетинский район", 2, 1)], report.ByMunicipality.Select(c => (c.Name, c.Young, c.Supported)).ToList());
        Assert.Equal(50.0, report.ByMunicipality[1].Percent);
        Assert.Equal((3, 2), (report.Total.Young, report.Total.Supported));
        Assert.Equal((1, 1), (report.Mentors, report.MentorsInCommunity));

        // The day before, P4's membership was still running (it ends exclusively on 2025-11-20); P3 was 34.
        var before = await YoungTeachers.ReportAsync(region, Today.AddDays(-1));
        Assert.Equal([("Альфинский район", 2, 1), ("Бетинский район", 2, 2)], before.ByMunicipality.Select(c => (c.Name, c.Young, c.Supported)).ToList());

        // A municipal operator of A sees only A.
        await using var municipal = TestDatabases.Open(settings, new DataScope(ScopeKind.Municipality, "m", "m", r.A.Id, null, null, Today));
        Assert.Equal([r.P(1).Id], (await YoungTeachers.ReportAsync(municipal, Today)).Teachers.Select(t => t.PersonId).ToList());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_teacher_gets_only_their_own_pairs_with_the_other_partys_name(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var r = await app.SeedRegionAsync();
        await using (var db = app.Db())
        {
            db.MentoringPairs.AddRange(
                new MentoringPair { OrganisationId = r.A1.Id, MentorId = r.P(2).Id, MenteeId = r.P(1).Id, From = new DateOnly(2025, 9, 1), To = new DateOnly(2026, 5, 31), Status = MentoringStatus.Active },
                new MentoringPair { OrganisationId = r.B1.Id, MentorId = r.P(6).Id, MenteeId = r.P(4).Id, From = new DateOnly(2025, 9, 1), To = new DateOnly(2026, 5, 31), Status = MentoringStatus.Active });
            await db.SaveChangesAsync();
        }

        var mentee = await app.ClientAsAsync(new TestUser("t-p1", Roles.Teacher, OrganisationId: r.A1.Id, PersonId: r.P(1).Id));
        var body = await mentee.GetStringAsync("/api/v1/mentoring/pairs");
        var pair = Assert.Single((await mentee.GetFromJsonAsync<List<PairRow>>("/api/v1/mentoring/pairs", Json))!);
        Assert.Equal((r.P(2).FullName, r.P(1).FullName), (pair.MentorName, pair.MenteeName));
        Assert.DoesNotContain("MARKP4", body, StringComparison.Ordinal);
        Assert.DoesNotContain("MARKP6", body, StringComparison.Ordinal);

        var mentor = await app.ClientAsAsync(new TestUser("t-p6", Roles.Teacher, OrganisationId: r.B1.Id, PersonId: r.P(6).Id));
        var own = Assert.Single((await mentor.GetFromJsonAsync<List<PairRow>>("/api/v1/mentoring/pairs", Json))!);
        Assert.Equal(r.P(4).FullName, own.MenteeName);

        var outsider = await app.ClientAsAsync(new TestUser("t-p3", Roles.Teacher, OrganisationId: r.A2.Id, PersonId: r.P(3).Id));
        Assert.Empty((await outsider.GetFromJsonAsync<List<PairRow>>("/api/v1/mentoring/pairs", Json))!);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_head_marks_their_school_as_implementing_the_mentoring_model_for_a_year(string provider)
    {
        var (settings, r) = await TestRegion.CreateAsync(provider);
        var head = As(Roles.Head, organisationId: r.A1.Id);
        await using (var db = Open(settings, head))
        {
            Assert.True((await MentoringModelSchools.MarkAsync(db, head, r.A1.Id, 2025, true)).Ok);
            Assert.Equal("Организация не найдена или вне вашей области ведения.", (await MentoringModelSchools.MarkAsync(db, head, r.B1.Id, 2025, true)).Error);
        }
        var methodist = As(Roles.MunicipalMethodist, municipalityId: r.A.Id);
        await using (var db = Open(settings, methodist))
            Assert.Equal(Writer.NotAllowed, (await MentoringModelSchools.MarkAsync(db, methodist, r.A2.Id, 2025, true)).Error);
        var operatorB = As(Roles.MunicipalOperator, municipalityId: r.B.Id);
        await using (var db = Open(settings, operatorB))
        {
            Assert.True((await MentoringModelSchools.MarkAsync(db, operatorB, r.M.Id, 2025, true)).Ok);
            Assert.True((await MentoringModelSchools.MarkAsync(db, operatorB, r.M.Id, 2025, false)).Ok);
            Assert.True((await MentoringModelSchools.MarkAsync(db, operatorB, r.B1.Id, 2024, true)).Ok);
        }

        await using var region = TestDatabases.Open(settings, As(Roles.RegionalOperator).Scope);
        var rows = await MentoringModelSchools.ListAsync(region, 2025);
        Assert.Equal(4, rows.Count);
        Assert.Equal([r.A1.Id], rows.Where(x => x.Implements).Select(x => x.OrganisationId).ToList());
        Assert.Equal([r.B1.Id], (await MentoringModelSchools.ListAsync(region, 2024)).Where(x => x.Implements).Select(x => x.OrganisationId).ToList());
    }
}
