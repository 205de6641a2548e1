using System.Globalization;
using System.Text.Json;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace EduCycle.Web.Data;

/// <summary>Turns tracked changes of audited entities into audit rows (before/after of changed properties).</summary>
internal static class AuditTrail
{
    private static readonly HashSet<Type> Audited =
    [
        typeof(Organisation), typeof(OrganisationPlacement), typeof(OrganisationYearStatus),
        typeof(Person), typeof(Employment), typeof(PersonSubject), typeof(Vacancy),
        typeof(UserAssignment), typeof(PersonalAccessToken), typeof(Features.Monitoring.CollectionSubmission),
    ];

    private static readonly HashSet<string> Secret = [nameof(PersonalAccessToken.TokenHash)];

    public static List<Draft> Capture(ChangeTracker tracker)
    {
        var drafts = new List<Draft>();
        foreach (var entry in tracker.Entries())
        {
            if (!Audited.Contains(entry.Entity.GetType())) continue;
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Create,
                EntityState.Modified => AuditAction.Update,
                EntityState.Deleted => AuditAction.Delete,
                _ => (AuditAction?)null,
            };
            if (action is null) continue;
            var changed = entry.Properties
                .Where(p => !Secret.Contains(p.Metadata.Name) && (action != AuditAction.Update || p.IsModified))
                .ToList();
            if (changed.Count == 0) continue;
            // A created row's values are read after saving, when its generated key is known.
            drafts.Add(new Draft(entry, action.Value, changed,
                action == AuditAction.Create ? null : Json(changed, p => p.OriginalValue),
                action == AuditAction.Update ? Json(changed, p => p.CurrentValue) : null));
        }
        return drafts;
    }

    private static string Json(List<PropertyEntry> properties, Func<PropertyEntry, object?> value) =>
        JsonSerializer.Serialize(properties.ToDictionary(p => p.Metadata.Name, value));

    internal sealed record Draft(EntityEntry Entry, AuditAction Action, List<PropertyEntry> Changed, string? Before, string? After)
    {
        public AuditEntry ToEntry(DataScope scope, DateTime at) => new()
        {
            At = at,
            UserId = scope.UserId,
            UserName = scope.UserName,
            Action = Action,
            EntityType = Entry.Metadata.ClrType.Name,
            EntityId = string.Join(",", Entry.Metadata.FindPrimaryKey()!.Properties
                .Select(p => Convert.ToString(Entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture))),
            Before = Before,
            After = Action == AuditAction.Create ? Json(Changed, p => p.CurrentValue) : After,
        };
    }
}
