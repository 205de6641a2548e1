using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Communities;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Development.Communities;

public sealed class CommunityTests
{
    internal static readonly DateOnly Today = new(2025, 11, 20);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    internal static Writer As(string role, int? municipalityId = null, int? organisationId = null) =>
        new(new DataScope(Roles.ScopeOf(role), "u-" + role, role, municipalityId, organisationId, null, Today), new HashSet<string> { role });

    internal static EduCycleDbContext Open(DatabaseSettings settings, Writer writer) => TestDatabases.Open(settings, writer.Scope);

    private static CommunityDraft Rmo(int municipalityId) =>
        new("РМО учителей математики", CommunityKind.DistrictAssociation, ActivityLevel.Municipal, municipalityId, null, null, new DateOnly(2020, 9, 1));

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Memberships_run_from_joining_to_the_day_they_end(string provider)
    {
        var (settings, r) = await TestRegion.CreateAsync(provider);
        var municipal = As(Roles.MunicipalMethodist, municipalityId: r.A.Id);
        await using var db = Open(settings, municipal);
        var rmo = await CommunityCatalogue.CreateAsync(db, municipal, Rmo(r.A.Id));
        Assert.True(rmo.Ok, rmo.Error);

        Assert.Equal("Дата вступления раньше даты создания сообщества (01.09.2020).",
            (await CommunityCatalogue.AddMemberAsync(db, municipal, rmo.Id, r.P(1).Id, MembershipRole.Member, new DateOnly(2020, 8, 31))).Error);
        var p1 = await CommunityCatalogue.AddMemberAsync(db, municipal, rmo.Id, r.P(1).Id, MembershipRole.Member, new DateOnly(2025, 9, 1));
        Assert.True(p1.Ok, p1.Error);
        Assert.True((await CommunityCatalogue.AddMemberAsync(db, municipal, rmo.Id, r.P(3).Id, MembershipRole.Leader, new DateOnly(2021, 1, 15))).Ok);
        Assert.Equal("Работник уже состоит в сообществе на эту дату.",
            (await CommunityCatalogue.AddMemberAsync(db, municipal, rmo.Id, r.P(1).Id, MembershipRole.Member, new DateOnly(2025, 10, 1))).Error);
        // P4 works in B: outside this methodist's scope.
        Assert.Equal("Работник не найден или вне вашей области ведения.",
            (await CommunityCatalogue.AddMemberAsync(db, municipal, rmo.Id, r.P(4).Id, MembershipRole.Member, new DateOnly(2025, 9, 1))).Error);

        Assert.Equal("Дата выхода должна быть позже даты вступления.", (await CommunityCatalogue.EndMembershipAsync(db, municipal, p1.Id, new DateOnly(2025, 9, 1))).Error);
        Assert.True((await CommunityCatalogue.EndMembershipAsync(db, municipal, p1.Id, Today)).Ok);
        Assert.Equal("Членство уже завершено.", (await CommunityCatalogue.EndMembershipAsync(db, municipal, p1.Id, Today.AddDays(1))).Error);

        // On the end date P1 is no longer counted; the leader (since 2021) still is.
        var row = (await CommunityCatalogue.FindAsync(db, rmo.Id))!;
        Assert.Equal((1, r.P(3).FullName), (row.Members, row.Leader));
        await using (var dayBefore = TestDatabases.Open(settings, municipal.Scope with { Today = Today.AddDays(-1) }))
            Assert.Equal(2, (await CommunityCatalogue.FindAsync(dayBefore, rmo.Id))!.Members);

        // Re-joining on the day the previous membership ended does not overlap it.
        Assert.True((await CommunityCatalogue.AddMemberAsync(db, municipal, rmo.Id, r.P(1).Id, MembershipRole.Member, Today)).Ok);
        Assert.Equal([(r.P(1).Id, (DateOnly?)null), (r.P(1).Id, Today)],
            (await CommunityCatalogue.MembersAsync(db, rmo.Id)).Where(m => m.PersonId == r.P(1).Id).Select(m => (m.PersonId, m.ValidTo)).ToList());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_municipal_user_cannot_write_into_another_municipality(string provider)
    {
        var (settings, r) = await TestRegion.CreateAsync(provider);
        var region = As(Roles.RegionalMethodist);
        int rmoB, eventB;
        await using (var db = Open(settings, region))
        {
            rmoB = (await CommunityCatalogue.CreateAsync(db, region, Rmo(r.B.Id))).Id;
            eventB = (await MethodicalEvents.CreateAsync(db, region, new EventDraft("Семинар в Б", EventForm.Seminar, ActivityLevel.Municipal,
                new DateOnly(2025, 10, 1), null, null, r.B.Id, null, null, false, []))).Id;
        }

        var municipalA = As(Roles.MunicipalOperator, municipalityId: r.A.Id);
        await using (var db = Open(settings, municipalA))
        {
            Assert.Equal("Муниципалитет вне вашей области ведения: изменять его записи нельзя.",
                (await CommunityCatalogue.CreateAsync(db, municipalA, Rmo(r.B.Id))).Error);
            Assert.Equal("Организация вне вашей области ведения: изменять её записи нельзя.",
                (await CommunityCatalogue.CreateAsync(db, municipalA, new CommunityDraft("ШМО Б1", CommunityKind.SchoolAssociation, ActivityLevel.School,
                    null, r.B1.Id, null, new DateOnly(2024, 9, 1)))).Error);
            Assert.Equal("Записи регионального и федерального уровня ведут региональный оператор и методисты ИРО / ЦНППМ.",
                (await CommunityCatalogue.CreateAsync(db, municipalA, new CommunityDraft("РУМО", CommunityKind.RegionalAssociation, ActivityLevel.Regional,
                    null, null, null, new DateOnly(2024, 9, 1)))).Error);
            Assert.Equal("Сообщество не найдено или вне вашей области ведения.",
                (await CommunityCatalogue.AddMemberAsync(db, municipalA, rmoB, r.P(1).Id, MembershipRole.Member, new DateOnly(2025, 9, 1))).Error);
            Assert.Equal("Мероприятие не найдено или вне вашей области ведения.",
                (await MethodicalEvents.AddParticipantsAsync(db, municipalA, eventB, [r.P(1).Id], ParticipationRole.Participant)).Error);
            Assert.Equal("Муниципалитет вне вашей области ведения: изменять его записи нельзя.",
                (await MethodicalEvents.CreateAsync(db, municipalA, new EventDraft("Чужой семинар", EventForm.Seminar, ActivityLevel.Municipal,
                    new DateOnly(2025, 10, 1), null, null, r.B.Id, null, null, false, []))).Error);
            // A school-level event organised by B1 is B's as well.
            Assert.False((await MethodicalEvents.CreateAsync(db, municipalA, new EventDraft("Открытый урок", EventForm.OpenLesson, ActivityLevel.School,
                new DateOnly(2025, 10, 1), null, r.B1.Id, null, null, null, false, []))).Ok);
            Assert.True((await CommunityCatalogue.CreateAsync(db, municipalA, Rmo(r.A.Id))).Ok);
        }

        var headA1 = As(Roles.Head, organisationId: r.A1.Id);
        await using (var db = Open(settings, headA1))
        {
            Assert.Equal("Муниципалитет вне вашей области ведения: изменять его записи нельзя.", (await CommunityCatalogue.CreateAsync(db, headA1, Rmo(r.A.Id))).Error);
            var shmo = await CommunityCatalogue.CreateAsync(db, headA1, new CommunityDraft("ШМО математиков", CommunityKind.SchoolAssociation, ActivityLevel.School,
                null, r.A1.Id, null, new DateOnly(2024, 9, 1)));
            Assert.True(shmo.Ok, shmo.Error);
            Assert.Equal("ШМО — объединение уровня «школьный».", (await CommunityCatalogue.CreateAsync(db, headA1, new CommunityDraft("ШМО", CommunityKind.SchoolAssociation,
                ActivityLevel.Municipal, r.A.Id, null, null, new DateOnly(2024, 9, 1)))).Error);
        }

        await using var check = TestDatabases.Open(settings);
        Assert.Equal(3, await check.Communities.CountAsync());
        Assert.Equal(0, await check.CommunityMemberships.CountAsync());
        Assert.Equal(r.A.Id, (await check.Communities.SingleAsync(c => c.Kind == CommunityKind.SchoolAssociation)).MunicipalityId);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Events_take_participants_once_and_filter_by_school_year_and_network(string provider)
    {
        var (settings, r) = await TestRegion.CreateAsync(provider);
        var municipal = As(Roles.MunicipalMethodist, municipalityId: r.A.Id);
        await using var db = Open(settings, municipal);
        EventDraft Draft(string name, DateOnly date, bool network) => new(name, EventForm.MasterClass, ActivityLevel.Municipal, date, null, null, r.A.Id, null, null, network, []);
        var august = await MethodicalEvents.CreateAsync(db, municipal, Draft("Августовское совещание", new DateOnly(2025, 8, 31), false));
        var september = await MethodicalEvents.CreateAsync(db, municipal, Draft("Сетевой мастер-класс", new DateOnly(2025, 9, 1), true));
        Assert.True(august.Ok && september.Ok);
        Assert.Equal("Дата окончания мероприятия раньше даты начала.",
            (await MethodicalEvents.CreateAsync(db, municipal, Draft("x", Today, false) with { EndDate = Today.AddDays(-1) })).Error);

        Assert.True((await MethodicalEvents.AddParticipantsAsync(db, municipal, september.Id, [r.P(1).Id, r.P(3).Id], ParticipationRole.Participant)).Ok);
        Assert.Equal($"Уже участвует: {r.P(1).FullName}.",
            (await MethodicalEvents.AddParticipantsAsync(db, municipal, september.Id, [r.P(1).Id, r.P(2).Id], ParticipationRole.Speaker)).Error);
        Assert.Equal("Среди участников есть работник вне вашей области ведения.",
            (await MethodicalEvents.AddParticipantsAsync(db, municipal, september.Id, [r.P(4).Id], ParticipationRole.Participant)).Error);

        var year = new Engine.Calendar.SchoolYear(2025);
        var thisYear = await MethodicalEvents.ListAsync(db, new EventFilter { From = year.Start, To = year.End });
        Assert.Equal([("Сетевой мастер-класс", 2)], thisYear.Select(e => (e.Name, e.Participants)).ToList());
        Assert.Equal(["Августовское совещание"], (await MethodicalEvents.ListAsync(db, new EventFilter { From = year.Previous().Start, To = year.Previous().End })).Select(e => e.Name));
        Assert.Equal(["Сетевой мастер-класс"], (await MethodicalEvents.ListAsync(db, new EventFilter { NetworkOnly = true })).Select(e => e.Name));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_teacher_sees_only_their_own_membership_through_the_api(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var r = await app.SeedRegionAsync();
        await using (var db = app.Db())
        {
            var network = new Community { Name = "Сетевое сообщество учителей математики", Kind = CommunityKind.NetworkCommunity, Level = ActivityLevel.Regional, CreatedOn = new DateOnly(2020, 1, 1) };
            db.Communities.Add(network);
            await db.SaveChangesAsync();
            db.CommunityMemberships.AddRange(
                new CommunityMembership { CommunityId = network.Id, PersonId = r.P(1).Id, ValidFrom = new DateOnly(2024, 9, 1) },
                new CommunityMembership { CommunityId = network.Id, PersonId = r.P(4).Id, Role = MembershipRole.Leader, ValidFrom = new DateOnly(2024, 9, 1) });
            await db.SaveChangesAsync();
        }

        var teacher = await app.ClientAsAsync(new TestUser("t-p1", Roles.Teacher, OrganisationId: r.A1.Id, PersonId: r.P(1).Id));
        var body = await teacher.GetStringAsync("/api/v1/communities");
        var row = Assert.Single(JsonSerializer.Deserialize<List<CommunityRow>>(body, Json)!);
        Assert.Equal((1, (string?)null), (row.Members, row.Leader));
        Assert.DoesNotContain("MARKP4", body, StringComparison.Ordinal);

        var region = await app.ClientAsAsync(new TestUser("region", Roles.RegionalOperator));
        var all = Assert.Single((await region.GetFromJsonAsync<List<CommunityRow>>("/api/v1/communities", Json))!);
        Assert.Equal((2, r.P(4).FullName), (all.Members, all.Leader));

        var bad = await region.GetAsync("/api/v1/communities?kind=Club");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Параметр «kind»", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
