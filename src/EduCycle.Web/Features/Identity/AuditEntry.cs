namespace EduCycle.Web.Features.Identity;

public enum AuditAction
{
    Create = 1,
    Update = 2,
    Delete = 3,
    /// <summary>A person's record was opened by somebody (152-ФЗ).</summary>
    Read = 4,
    Import = 5,
}

/// <summary>Audit log row: who did what to which record and when, with the values before and after.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    public required string UserName { get; set; }
    public AuditAction Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    /// <summary>JSON of the changed properties before the change.</summary>
    public string? Before { get; set; }
    /// <summary>JSON of the changed properties after the change.</summary>
    public string? After { get; set; }
}
