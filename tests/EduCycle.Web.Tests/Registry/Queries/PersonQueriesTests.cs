using EduCycle.Engine.Registry;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Features.Registry.Queries;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Registry.Queries;

/// <summary>Staff list on <see cref="TinyRegion.After"/>: P1–P10 and P12 are employed (11), P11 has left.</summary>
public sealed class PersonQueriesTests(TinyRegionDatabases databases) : IClassFixture<TinyRegionDatabases>
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static readonly PersonFilter After = new(TinyRegion.After);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Each_filter_narrows_as_computed_by_hand(string provider)
    {
        var (db, r) = await databases.OpenAsync(provider);
        await using var _ = db;
        async Task<string> Names(PersonFilter filter) =>
            string.Join(",", (await PersonList.Rows(db, filter).ToListAsync()).Select(p => p.FullName.Split(' ')[0]));

        Assert.Equal("Андреева,Борисов,Васильева,Григорьев,Дмитриева,Егоров,Жукова,Зайцев,Ильина,Кузнецов,Морозова", await Names(After));
        Assert.Equal(11, await PersonList.CountAsync(db, After));
        Assert.Equal("Андреева,Борисов,Васильева,Григорьев,Лебедева,Морозова,Дмитриева,Егоров,Зайцев,Ильина".Split(',').Order().ToArray(),
            (await Names(new PersonFilter(TinyRegion.Before) { MunicipalityId = r.M1 })).Split(',').Order().ToArray());

        Assert.Equal("Андреева,Борисов,Васильева,Григорьев", await Names(After with { OrganisationId = r.O1 }));
        Assert.Equal("Григорьев,Егоров,Ильина", await Names(After with { Position = Position.Head }));
        Assert.Equal("", await Names(After with { OrganisationId = r.O5, Position = Position.Head }));
        Assert.Equal("Григорьев,Кузнецов", await Names(After with { OrganisationId = r.O5, Position = Position.AdditionalEducationTeacher }));
        Assert.Equal("Андреева,Васильева,Егоров,Ильина", await Names(After with { SubjectId = r.Math }));
        Assert.Equal("Васильева,Зайцев,Морозова", await Names(After with { SubjectId = r.English }));
        Assert.Equal("Григорьев,Дмитриева,Ильина", await Names(After with { Category = QualificationCategory.Highest }));
        Assert.Equal("Васильева,Егоров,Зайцев,Морозова", await Names(After with { Category = QualificationCategory.First }));
        Assert.Equal("Борисов,Жукова", await Names(After with { EducationLevel = EducationLevel.SecondaryVocational }));
        Assert.Equal("Андреева,Борисов,Васильева,Григорьев,Дмитриева,Егоров", await Names(After with { MunicipalityId = r.M1 }));
        Assert.Equal("Григорьев,Жукова,Зайцев,Ильина,Кузнецов,Морозова", await Names(After with { MunicipalityId = r.M2 }));
        Assert.Equal("Андреева,Ильина", await Names(After with { Search = "андр" }));
        Assert.Equal("Васильева", await Names(After with { Search = "Вера Васильева" }));
        Assert.Equal("Лебедева", await Names(new PersonFilter(TinyRegion.Before) { Search = "лебед" }));
        Assert.Equal("", await Names(After with { Search = "лебед" }));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Age_and_experience_bands_split_at_their_edges(string provider)
    {
        var (db, _) = await databases.OpenAsync(provider);
        await using var __ = db;
        async Task<string> Names(PersonFilter filter) =>
            string.Join(",", (await PersonList.Rows(db, filter).ToListAsync()).Select(p => p.FullName.Split(' ')[0]));

        // On 2025-03-01 P1 (born 2000-03-01) turns 25, P3 (1990-03-01) 35, P5 (1965-03-01) 60; a day younger stays below.
        Assert.Equal("Борисов", await Names(After with { AgeBand = AgeBand.Under25 }));
        Assert.Equal("Андреева,Григорьев,Кузнецов,Морозова", await Names(After with { AgeBand = AgeBand.From25To34 }));
        Assert.Equal("Васильева,Егоров,Жукова,Зайцев,Ильина", await Names(After with { AgeBand = AgeBand.From35To59 }));
        Assert.Equal("Дмитриева", await Names(After with { AgeBand = AgeBand.From60 }));
        // Experience: P1 exactly 3 years, P3 exactly 10, P6 20 years (10–20 includes 20), P5 21.
        Assert.Equal("Борисов", await Names(After with { ExperienceBand = ExperienceBand.Under3 }));
        Assert.Equal("Андреева,Григорьев,Кузнецов,Морозова", await Names(After with { ExperienceBand = ExperienceBand.From3To10 }));
        Assert.Equal("Васильева,Егоров,Жукова,Ильина", await Names(After with { ExperienceBand = ExperienceBand.From10To20 }));
        Assert.Equal("Дмитриева,Зайцев", await Names(After with { ExperienceBand = ExperienceBand.Over20 }));

        var rows = await PersonList.Rows(db, After with { Search = "Андреева" }).SingleAsync();
        Assert.Equal((25, 3), (rows.Age, rows.ExperienceYears));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Pages_and_sorts_on_the_server(string provider)
    {
        var (db, r) = await databases.OpenAsync(provider);
        await using var _ = db;
        static string Last(PersonRow p) => p.FullName.Split(' ')[0];

        var third = await PersonList.PageAsync(db, After, page: 3, pageSize: 4);
        Assert.Equal((11, 3, 4), (third.Total, third.Page, third.PageSize));
        Assert.Equal(["Ильина", "Кузнецов", "Морозова"], third.Items.Select(Last));

        var oldest = await PersonList.PageAsync(db, After with { Sort = PersonSort.BirthDate }, 1, 3);
        Assert.Equal(["Дмитриева", "Егоров", "Зайцев"], oldest.Items.Select(Last));
        var youngest = await PersonList.PageAsync(db, After with { Sort = PersonSort.BirthDate, Descending = true }, 1, 2);
        Assert.Equal(["Борисов", "Андреева"], youngest.Items.Select(Last));
        var mostExperienced = await PersonList.PageAsync(db, After with { Sort = PersonSort.Experience, Descending = true }, 1, 3);
        Assert.Equal(["Зайцев", "Дмитриева", "Егоров"], mostExperienced.Items.Select(Last));
        var leastExperienced = await PersonList.PageAsync(db, After with { Sort = PersonSort.Experience }, 1, 2);
        Assert.Equal(["Борисов", "Андреева"], leastExperienced.Items.Select(Last));
        var highest = await PersonList.PageAsync(db, After with { Sort = PersonSort.Category, Descending = true }, 1, 4);
        Assert.Equal(["Григорьев", "Дмитриева", "Ильина", "Васильева"], highest.Items.Select(Last));

        // The workplace shown is the main employment on the date: P4 heads O1 (and teaches part-time in O5).
        var p4 = await PersonList.Rows(db, After with { OrganisationId = r.O5, Position = Position.AdditionalEducationTeacher }).FirstAsync();
        Assert.Equal(new Workplace { OrganisationId = r.O1, OrganisationName = "Школа №1", Position = Position.Head, IsMain = true }, p4.Workplace);
        var p12 = await PersonList.Rows(db, After with { Search = "Морозова" }).SingleAsync();
        Assert.Equal("Школа №3", p12.Workplace!.OrganisationName);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Person_card_shows_history_and_audits_the_read(string provider)
    {
        var (db, r) = await databases.OpenAsync(provider);
        await using var _ = db;

        var card = await PersonCards.OpenAsync(db, r.Person(12));
        Assert.NotNull(card);
        Assert.Equal(("Морозова Мария Олеговна", 32, 8), (card.FullName, card.Age, card.ExperienceYears));
        Assert.Equal(
            [new EmploymentRow(r.O4, "Школа №3", Position.Teacher, true, new DateOnly(2023, 9, 1), null),
             new EmploymentRow(r.O1, "Школа №1", Position.Teacher, true, new DateOnly(2016, 9, 1), new DateOnly(2023, 9, 1))],
            card.Employments);
        Assert.Equal(["Английский язык"], card.Subjects);
        var id = r.Person(12).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Read && a.EntityType == nameof(Person) && a.EntityId == id));

        Assert.Null(await PersonCards.OpenAsync(db, r.Person(12) + 1000));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_municipal_operator_sees_only_the_municipality(string provider)
    {
        var (settings, r) = await databases.GetAsync(provider);
        var scope = new DataScope(ScopeKind.Municipality, "u-m1", "m1", r.M1, null, null, TinyRegion.After);
        await using var db = TestDatabases.Open(settings, scope);

        Assert.Equal(6, await PersonList.CountAsync(db, After));
        Assert.Equal(0, await PersonList.CountAsync(db, After with { MunicipalityId = r.M2 }));
        Assert.Null(await PersonCards.OpenAsync(db, r.Person(7)));
        var tree = Assert.Single(await OrganisationTree.LoadAsync(db, TinyRegion.After, []));
        Assert.Equal(("Альфинский район", 2, 6), (tree.Children.Single().Children.Single().Name, tree.Organisations, tree.Staff));
        Assert.Equal(["Альфинский район"], (await ReferenceLists.MunicipalitiesAsync(db, TinyRegion.After)).Select(m => m.Name));
    }
}
