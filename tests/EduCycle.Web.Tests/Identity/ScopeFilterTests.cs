using EduCycle.Web.Features.Identity;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Identity;

/// <summary>The query filters of DOMAIN §8, checked against the hand-made <see cref="TestRegion"/>.</summary>
public sealed class ScopeFilterTests
{
    private static readonly DateOnly Today = new(2025, 11, 20);

    private static DataScope Scope(ScopeKind kind, int? municipality = null, int? organisation = null, int? person = null, string? user = null) =>
        new(kind, user, "tester", municipality, organisation, person, Today);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Each_scope_sees_exactly_its_organisations_people_and_employments(string provider)
    {
        var (settings, r) = await TestRegion.CreateAsync(provider);
        await using (var db = TestDatabases.Open(settings))
        {
            db.Users.Add(new AppUser { Id = "curator-1", UserName = "curator-1", DisplayName = "curator" });
            db.UserAssignments.AddRange(new UserAssignment { UserId = "curator-1", OrganisationId = r.B1.Id }, new UserAssignment { UserId = "curator-1", OrganisationId = r.M.Id });
            await db.SaveChangesAsync();
        }

        // Municipality A today: A1 and A2 (M moved to B on 2024-01-01); people ever employed there: P1, P2, P3, P6.
        await Expect(Scope(ScopeKind.Municipality, municipality: r.A.Id), [r.A1.Id, r.A2.Id], [1, 2, 3, 6], employments: 4);
        // Municipality B today: B1 and M; P4, P5, P6 (P6's A1 employment stays hidden).
        await Expect(Scope(ScopeKind.Municipality, municipality: r.B.Id), [r.B1.Id, r.M.Id], [4, 5, 6], employments: 3);
        // Head of A1: A1 only; P1, P2, P6.
        await Expect(Scope(ScopeKind.Organisation, organisation: r.A1.Id, person: r.P(2).Id), [r.A1.Id], [1, 2, 6], employments: 3);
        // Curator assigned B1 and M.
        await Expect(Scope(ScopeKind.Assigned, user: "curator-1"), [r.B1.Id, r.M.Id], [4, 5, 6], employments: 3);
        // Teacher P1: their school, only themselves and only their own employment.
        await Expect(Scope(ScopeKind.Self, organisation: r.A1.Id, person: r.P(1).Id), [r.A1.Id], [1], employments: 1);
        // Region: everything (7 employments: P6 has two).
        await Expect(Scope(ScopeKind.Region), r.Organisations.Select(o => o.Id).ToArray(), [1, 2, 3, 4, 5, 6], employments: 7);
        // Nobody signed in: nothing.
        await Expect(DataScope.Nobody, [], [], employments: 0);

        async Task Expect(DataScope scope, int[] organisations, int[] people, int employments)
        {
            await using var db = TestDatabases.Open(settings, scope);
            Assert.Equal(organisations.Order(), (await db.Organisations.Select(o => o.Id).ToListAsync()).Order());
            Assert.Equal(people.Select(n => r.P(n).Id).Order(), (await db.People.Select(p => p.Id).ToListAsync()).Order());
            Assert.Equal(employments, await db.Employments.CountAsync());
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_record_outside_the_scope_cannot_be_found_by_id(string provider)
    {
        var (settings, r) = await TestRegion.CreateAsync(provider);

        await using var municipal = TestDatabases.Open(settings, Scope(ScopeKind.Municipality, municipality: r.A.Id));
        Assert.Null(await municipal.Organisations.FindAsync(r.B1.Id));
        Assert.Null(await municipal.People.SingleOrDefaultAsync(p => p.Id == r.P(4).Id));
        Assert.NotNull(await municipal.People.SingleOrDefaultAsync(p => p.Id == r.P(1).Id));
    }
}
