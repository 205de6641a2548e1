using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Features.Registry.Queries;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Registry.Queries;

public sealed class OrganisationQueriesTests(TinyRegionDatabases databases) : IClassFixture<TinyRegionDatabases>
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Tree_counts_follow_the_placement_on_the_date(string provider)
    {
        var (db, r) = await databases.OpenAsync(provider);
        await using var _ = db;

        // Before the move: M1 holds O1, O2, O4 (P1–P6, P8, P9, P11, P12); M2 holds O3, O5 (P4 part-time, P7, P10).
        var before = Assert.Single(await OrganisationTree.LoadAsync(db, TinyRegion.Before, []));
        Assert.Equal((5, 12), (before.Organisations, before.Staff));
        Assert.Equal([("Северный округ", 3, 10), ("Южный округ", 2, 3)], before.Children.Select(d => (d.Name, d.Organisations, d.Staff)));
        Assert.Equal(("Альфинский район", 3, 10), Summary(Assert.Single(before.Children[0].Children)));
        Assert.Equal(("Бетинский район", 2, 3), Summary(Assert.Single(before.Children[1].Children)));

        // After: O4 (P8, P9, P12) is in M2 and P11 has left; P4 works in both municipalities but once in the region.
        var after = Assert.Single(await OrganisationTree.LoadAsync(db, TinyRegion.After, []));
        Assert.Equal((5, 11), (after.Organisations, after.Staff));
        Assert.Equal(("Альфинский район", 2, 6), Summary(after.Children[0].Children[0]));
        Assert.Equal(("Бетинский район", 3, 6), Summary(after.Children[1].Children[0]));

        // Schools only: M1 has O1, O2 (6 people); M2 has O4 (3 people).
        var schools = Assert.Single(await OrganisationTree.LoadAsync(db, TinyRegion.After, [OrganisationKind.School]));
        Assert.Equal((3, 9), (schools.Organisations, schools.Staff));
        Assert.Equal(("Бетинский район", 1, 3), Summary(schools.Children[1].Children[0]));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Moving_a_school_does_not_change_the_counts_before_the_move(string provider)
    {
        await using var db = await TestDatabases.OpenAsync(TestDatabases.Create(provider), DataScope.System(TinyRegion.After));
        var r = await TinyRegion.SeedAsync(db);
        var moveDate = new DateOnly(2025, 2, 1);
        var dayBefore = moveDate.AddDays(-1);
        async Task<(int M1, int M2, int M1Staff)> CountsAsync(DateOnly on) => (
            await OrganisationList.CountAsync(db, new OrganisationFilter(on) { MunicipalityId = r.M1 }),
            await OrganisationList.CountAsync(db, new OrganisationFilter(on) { MunicipalityId = r.M2 }),
            await PersonList.CountAsync(db, new PersonFilter(on) { MunicipalityId = r.M1 }));
        var beforeMove = await CountsAsync(dayBefore);
        Assert.Equal((2, 3, 6), beforeMove);

        // O2 (P5, P6) moves from M1 to M2 on 2025-02-01.
        var current = await db.OrganisationPlacements.SingleAsync(p => p.OrganisationId == r.O2);
        current.ValidTo = moveDate;
        db.OrganisationPlacements.Add(new OrganisationPlacement { OrganisationId = r.O2, MunicipalityId = r.M2, ValidFrom = moveDate });
        await db.SaveChangesAsync();

        Assert.Equal(beforeMove, await CountsAsync(dayBefore));
        Assert.Equal((1, 4, 4), await CountsAsync(moveDate));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task List_filters_narrow_as_computed_by_hand(string provider)
    {
        var (db, r) = await databases.OpenAsync(provider);
        await using var _ = db;
        async Task<int[]> IdsAsync(OrganisationFilter filter) => await OrganisationList.Rows(db, filter).Select(o => o.Id).ToArrayAsync();
        var after = new OrganisationFilter(TinyRegion.After);

        Assert.Equal([r.O3, r.O5, r.O1, r.O2, r.O4], await IdsAsync(after));
        Assert.Equal([r.O1, r.O2], await IdsAsync(after with { MunicipalityId = r.M1 }));
        Assert.Equal([r.O1, r.O2, r.O4], await IdsAsync(new OrganisationFilter(TinyRegion.Before) { MunicipalityId = r.M1 }));
        Assert.Equal([r.O3, r.O5, r.O4], await IdsAsync(after with { DistrictId = r.D2 }));
        Assert.Equal([r.O1, r.O2, r.O4], await IdsAsync(after with { Kinds = [OrganisationKind.School] }));
        Assert.Equal([r.O3, r.O1, r.O2, r.O4], await IdsAsync(after with { Kinds = [OrganisationKind.School, OrganisationKind.Preschool] }));
        Assert.Equal([r.O2, r.O4], await IdsAsync(after with { IsRural = true }));
        Assert.Equal([r.O1, r.O2, r.O4], await IdsAsync(after with { Search = "школа" }));
        Assert.Equal([r.O3], await IdsAsync(after with { Search = "солнышко" }));
        Assert.Equal([r.O5], await IdsAsync(after with { Search = "7805" }));
        Assert.Equal([r.O3, r.O2, r.O4, r.O5, r.O1], await IdsAsync(after with { Sort = OrganisationSort.Students }));

        var staff = await OrganisationList.Rows(db, after).ToDictionaryAsync(o => o.Id, o => o.StaffCount);
        Assert.Equal(new Dictionary<int, int> { [r.O1] = 4, [r.O2] = 2, [r.O3] = 1, [r.O4] = 3, [r.O5] = 2 }, staff);
        var o1Before = await OrganisationList.Rows(db, new OrganisationFilter(TinyRegion.Before)).SingleAsync(o => o.Id == r.O1);
        Assert.Equal((5, "Альфинский район"), (o1Before.StaffCount, o1Before.MunicipalityName));
        var o4 = await OrganisationList.Rows(db, after).SingleAsync(o => o.Id == r.O4);
        Assert.Equal("Бетинский район", o4.MunicipalityName);

        var page = await OrganisationList.PageAsync(db, after, page: 2, pageSize: 2);
        Assert.Equal((5, 2, 2), (page.Total, page.Page, page.PageSize));
        Assert.Equal([r.O1, r.O2], page.Items.Select(o => o.Id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Card_shows_history_head_staff_and_vacancies(string provider)
    {
        var (db, r) = await databases.OpenAsync(provider);
        await using var _ = db;

        var o1 = await OrganisationCards.LoadAsync(db, r.O1, TinyRegion.After);
        Assert.NotNull(o1);
        Assert.Equal(("Школа №1", OrganisationKind.School, 500), (o1.ShortName, o1.Kind, o1.StudentCount));
        Assert.Equal(new HeadRow(r.Person(4), "Григорьев Глеб Олегович", new DateOnly(2010, 9, 1)), o1.Head);
        Assert.Equal(4, o1.StaffCount);
        Assert.Equal([new PositionCount(Position.Teacher, 3), new PositionCount(Position.Head, 1)], o1.StaffByPosition);
        Assert.Equal([new CategoryCount(QualificationCategory.Highest, 1), new CategoryCount(QualificationCategory.First, 1), new CategoryCount(QualificationCategory.None, 2)], o1.StaffByCategory);
        Assert.Equal([new VacancyRow(2024, "Английский язык", 1), new VacancyRow(2024, "Математика", 2), new VacancyRow(2023, "Русский язык", 1)], o1.Vacancies);
        Assert.Equal([new YearStatusRow(2024, InnovationLevel.Regional, true, false)], o1.YearStatuses);

        var o1Before = await OrganisationCards.LoadAsync(db, r.O1, TinyRegion.Before);
        Assert.Equal([new PositionCount(Position.Teacher, 4), new PositionCount(Position.Head, 1)], o1Before!.StaffByPosition);

        var o4 = await OrganisationCards.LoadAsync(db, r.O4, TinyRegion.Before);
        Assert.Equal(["Альфинский район", "Бетинский район"], o4!.Placements.Select(p => p.MunicipalityName));
        Assert.Equal("Альфинский район", o4.Placement!.MunicipalityName);
        Assert.Equal(TinyRegion.Move, o4.Placements[0].ValidTo);

        Assert.Null(await OrganisationCards.LoadAsync(db, r.O5 + 1000, TinyRegion.After));
    }

    private static (string, int, int) Summary(TreeNode node) => (node.Name, node.Organisations, node.Staff);
}
