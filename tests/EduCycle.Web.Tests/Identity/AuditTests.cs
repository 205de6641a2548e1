using System.Text.Json;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Identity;

public sealed class AuditTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_change_leaves_a_row_with_the_user_and_the_values_before_and_after(string provider)
    {
        var (settings, r) = await TestRegion.CreateAsync(provider);
        var editor = new DataScope(ScopeKind.Municipality, "user-7", "editor@a", r.A.Id, null, null, new DateOnly(2025, 11, 20));

        await using (var db = TestDatabases.Open(settings, editor))
        {
            var person = await db.People.SingleAsync(p => p.Id == r.P(1).Id);
            person.Category = QualificationCategory.Highest;
            await db.SaveChangesAsync();
        }

        await using (var db = TestDatabases.Open(settings))
        {
            var row = await db.AuditEntries.Where(a => a.EntityType == nameof(Person) && a.Action == AuditAction.Update).SingleAsync();
            Assert.Equal("user-7", row.UserId);
            Assert.Equal("editor@a", row.UserName);
            Assert.Equal(r.P(1).Id.ToString(System.Globalization.CultureInfo.InvariantCulture), row.EntityId);
            Assert.Equal((int)QualificationCategory.First, JsonDocument.Parse(row.Before!).RootElement.GetProperty("Category").GetInt32());
            Assert.Equal((int)QualificationCategory.Highest, JsonDocument.Parse(row.After!).RootElement.GetProperty("Category").GetInt32());
            Assert.False(JsonDocument.Parse(row.After!).RootElement.TryGetProperty("LastName", out _), "Only changed properties are recorded.");
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Opening_someone_elses_record_is_audited_and_opening_ones_own_is_not(string provider)
    {
        var (settings, r) = await TestRegion.CreateAsync(provider);
        var head = new DataScope(ScopeKind.Organisation, "head-1", "head@a1", null, r.A1.Id, r.P(2).Id, new DateOnly(2025, 11, 20));

        await using (var db = TestDatabases.Open(settings, head))
        {
            await db.AuditReadAsync(await db.People.SingleAsync(p => p.Id == r.P(1).Id));
            await db.AuditReadAsync(await db.People.SingleAsync(p => p.Id == r.P(2).Id));
        }

        await using (var db = TestDatabases.Open(settings))
        {
            var reads = await db.AuditEntries.Where(a => a.Action == AuditAction.Read).ToListAsync();
            var read = Assert.Single(reads);
            Assert.Equal("head-1", read.UserId);
            Assert.Equal(r.P(1).Id.ToString(System.Globalization.CultureInfo.InvariantCulture), read.EntityId);
        }
    }
}
