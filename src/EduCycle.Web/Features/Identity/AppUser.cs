using Microsoft.AspNetCore.Identity;

namespace EduCycle.Web.Features.Identity;

/// <summary>A user account with the scope of data it may see.</summary>
public sealed class AppUser : IdentityUser
{
    public required string DisplayName { get; set; }
    public ScopeKind ScopeKind { get; set; }
    public int? MunicipalityId { get; set; }
    public int? OrganisationId { get; set; }
    /// <summary>The person record of a teacher (scope "self") or of a head.</summary>
    public int? PersonId { get; set; }
    /// <summary>Seeded demo account: usable only while the application runs in demo mode.</summary>
    public bool IsDemo { get; set; }
}

/// <summary>An organisation assigned to a curator, expert or commission member.</summary>
public sealed class UserAssignment
{
    public required string UserId { get; set; }
    public int OrganisationId { get; set; }
}

/// <summary>Personal access token for scripts: only its SHA-256 hash is stored.</summary>
public sealed class PersonalAccessToken
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string Name { get; set; }
    public required string TokenHash { get; set; }
    /// <summary>First characters of the token, shown so the user can tell tokens apart.</summary>
    public required string Prefix { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
}
