using EduCycle.Web.Features.Development.Communities;
using EduCycle.Web.Features.Development.Programmes;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Development.Communities;

public sealed class AttestationTests
{
    private static readonly DateOnly Today = CommunityTests.Today;

    /// <summary>
    /// Today 2025-11-20, window 6 months → up to 2026-05-20 inclusive. P1: decision 2021-05-20 → valid to 2026-05-20 (due, window end);
    /// P2: decision 2021-05-21 → 2026-05-21 (not due); P3: no record, category date 2020-11-19 → expired 2025-11-19 (overdue);
    /// P4: category date 2020-11-20 → expires today (due, 0 days); P5 has no category; P6: category date 2022-05-20 → 2027.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_due_list_includes_the_window_end_and_the_overdue(string provider)
    {
        var (settings, r) = await TestRegion.CreateAsync(provider);
        await using (var db = TestDatabases.Open(settings))
        {
            var people = await db.People.ToDictionaryAsync(p => p.Id);
            people[r.P(3).Id].CategoryDate = new DateOnly(2020, 11, 19);
            people[r.P(4).Id].CategoryDate = new DateOnly(2020, 11, 20);
            people[r.P(5).Id].Category = QualificationCategory.None;
            people[r.P(5).Id].CategoryDate = null;
            await db.SaveChangesAsync();
        }
        var region = CommunityTests.As(Roles.RegionalOperator);
        await using (var db = CommunityTests.Open(settings, region))
        {
            Assert.True((await AttestationRegister.AddAsync(db, region, r.P(1).Id, QualificationCategory.Highest, new DateOnly(2021, 5, 20), "12-р")).Ok);
            Assert.True((await AttestationRegister.AddAsync(db, region, r.P(2).Id, QualificationCategory.First, new DateOnly(2021, 5, 21), null)).Ok);
        }

        await using var view = CommunityTests.Open(settings, region);
        var due = await AttestationRegister.DueAsync(view);
        Assert.Equal([(r.P(3).Id, -1, true), (r.P(4).Id, 0, false), (r.P(1).Id, 181, false)],
            due.Select(d => (d.PersonId, d.DaysLeft, d.IsOverdue)).ToList());
        Assert.Equal(new DateOnly(2026, 5, 20), due[2].ValidTo);
        // A window one day shorter than six months leaves P1 out.
        Assert.DoesNotContain(await AttestationRegister.DueAsync(view, months: 5), d => d.PersonId == r.P(1).Id);

        var municipalB = CommunityTests.As(Roles.MunicipalOperator, municipalityId: r.B.Id);
        await using var b = CommunityTests.Open(settings, municipalB);
        Assert.Equal([r.P(4).Id], (await AttestationRegister.DueAsync(b)).Select(d => d.PersonId).ToList());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Only_the_latest_decision_becomes_the_current_category(string provider)
    {
        var (settings, r) = await TestRegion.CreateAsync(provider);
        var head = CommunityTests.As(Roles.Head, organisationId: r.A1.Id);
        await using (var db = CommunityTests.Open(settings, head))
        {
            Assert.True((await AttestationRegister.AddAsync(db, head, r.P(1).Id, QualificationCategory.Highest, new DateOnly(2024, 12, 25), "5-р")).Ok);
            Assert.True((await AttestationRegister.AddAsync(db, head, r.P(1).Id, QualificationCategory.First, new DateOnly(2019, 12, 25), "7-р")).Ok);
            Assert.Equal("Решение об аттестации этого работника на эту дату уже внесено.",
                (await AttestationRegister.AddAsync(db, head, r.P(1).Id, QualificationCategory.First, new DateOnly(2024, 12, 25), null)).Error);
            Assert.Equal("Дата решения не может быть позже сегодняшней.",
                (await AttestationRegister.AddAsync(db, head, r.P(1).Id, QualificationCategory.First, Today.AddDays(1), null)).Error);
            Assert.Equal("Работник не найден или вне вашей области ведения.",
                (await AttestationRegister.AddAsync(db, head, r.P(4).Id, QualificationCategory.First, new DateOnly(2024, 12, 25), null)).Error);

            var history = await AttestationRegister.HistoryAsync(db);
            Assert.Equal([(new DateOnly(2024, 12, 25), new DateOnly(2029, 12, 25)), (new DateOnly(2019, 12, 25), new DateOnly(2024, 12, 25))],
                history.Select(h => (h.DecidedOn, h.ValidTo)).ToList());
        }
        await using var check = TestDatabases.Open(settings);
        var p1 = await check.People.SingleAsync(p => p.Id == r.P(1).Id);
        Assert.Equal((QualificationCategory.Highest, (DateOnly?)new DateOnly(2024, 12, 25)), (p1.Category, p1.CategoryDate));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Experts_and_competition_entries_are_checked_and_scoped(string provider)
    {
        var (settings, r) = await TestRegion.CreateAsync(provider);
        var municipalA = CommunityTests.As(Roles.MunicipalOperator, municipalityId: r.A.Id);
        await using var db = CommunityTests.Open(settings, municipalA);
        var math = await db.Subjects.Where(s => s.Code == "math").Select(s => s.Id).SingleAsync();

        Assert.Equal("Для эксперта предметной комиссии ГИА укажите предмет.",
            (await ExpertRegister.AddAsync(db, municipalA, r.P(1).Id, ExpertTopic.GiaCommission, null, new DateOnly(2024, 1, 1), null)).Error);
        Assert.Equal("Срок действия раньше даты включения в состав экспертов.",
            (await ExpertRegister.AddAsync(db, municipalA, r.P(1).Id, ExpertTopic.AttestationExpert, null, new DateOnly(2024, 1, 1), new DateOnly(2023, 12, 31))).Error);
        Assert.True((await ExpertRegister.AddAsync(db, municipalA, r.P(1).Id, ExpertTopic.GiaCommission, math, new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31))).Ok);
        Assert.True((await ExpertRegister.AddAsync(db, municipalA, r.P(3).Id, ExpertTopic.AttestationExpert, null, new DateOnly(2022, 1, 1), new DateOnly(2024, 12, 31))).Ok);
        Assert.Equal([r.P(1).Id], (await ExpertRegister.ListAsync(db, currentOnly: true)).Select(e => e.PersonId).ToList());

        Assert.Equal("Укажите название конкурса.", (await CompetitionRegister.AddAsync(db, municipalA, r.P(1).Id, " ", ActivityLevel.Municipal, 2024, CompetitionResult.Winner)).Error);
        Assert.Equal("Учебный год конкурса указан неверно.", (await CompetitionRegister.AddAsync(db, municipalA, r.P(1).Id, "Учитель года", ActivityLevel.Municipal, 2026, CompetitionResult.Winner)).Error);
        Assert.Equal("Работник не найден или вне вашей области ведения.",
            (await CompetitionRegister.AddAsync(db, municipalA, r.P(4).Id, "Учитель года", ActivityLevel.Municipal, 2024, CompetitionResult.Winner)).Error);
        Assert.True((await CompetitionRegister.AddAsync(db, municipalA, r.P(1).Id, "Педагогический дебют", ActivityLevel.Regional, 2024, CompetitionResult.Prizewinner)).Ok);
        var entry = Assert.Single(await CompetitionRegister.ListAsync(db, schoolYear: 2024));
        Assert.Equal(("Педагогический дебют", CompetitionResult.Prizewinner), (entry.Competition, entry.Result));
    }
}
