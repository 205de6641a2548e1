using System.Globalization;
using System.Security.Claims;

namespace EduCycle.Web.Features.Identity;

/// <summary>
/// The part of the data the current principal may see. Built once per request (or circuit) and
/// applied by the DbContext's query filters to every query.
/// </summary>
public sealed record DataScope(
    ScopeKind Kind,
    string? UserId,
    string UserName,
    int? MunicipalityId,
    int? OrganisationId,
    int? PersonId,
    DateOnly Today)
{
    public const string ScopeClaim = "educycle:scope";
    public const string MunicipalityClaim = "educycle:municipality";
    public const string OrganisationClaim = "educycle:organisation";
    public const string PersonClaim = "educycle:person";

    /// <summary>The system itself (CLI, seeding, background jobs): sees the whole region.</summary>
    public static DataScope System(DateOnly? today = null) =>
        new(ScopeKind.Region, null, "system", null, null, null, today ?? DateOnly.FromDateTime(DateTime.Today));

    /// <summary>Nobody signed in: a scope that matches no organisation and no person.</summary>
    public static DataScope Nobody { get; } =
        new(ScopeKind.Organisation, null, "anonymous", null, -1, -1, DateOnly.FromDateTime(DateTime.Today));

    public bool SeesAll => Kind == ScopeKind.Region;

    public static DataScope FromPrincipal(ClaimsPrincipal? principal, DateOnly today)
    {
        if (principal?.Identity?.IsAuthenticated != true) return Nobody with { Today = today };
        var kindText = principal.FindFirstValue(ScopeClaim);
        if (!Enum.TryParse<ScopeKind>(kindText, out var kind)) return Nobody with { Today = today };
        return new DataScope(
            kind,
            principal.FindFirstValue(ClaimTypes.NameIdentifier),
            principal.Identity.Name ?? "?",
            IntClaim(principal, MunicipalityClaim),
            IntClaim(principal, OrganisationClaim),
            IntClaim(principal, PersonClaim),
            today);
    }

    public static IEnumerable<Claim> ClaimsOf(AppUser user)
    {
        yield return new Claim(ScopeClaim, user.ScopeKind.ToString());
        if (user.MunicipalityId is { } m) yield return new Claim(MunicipalityClaim, m.ToString(CultureInfo.InvariantCulture));
        if (user.OrganisationId is { } o) yield return new Claim(OrganisationClaim, o.ToString(CultureInfo.InvariantCulture));
        if (user.PersonId is { } p) yield return new Claim(PersonClaim, p.ToString(CultureInfo.InvariantCulture));
    }

    private static int? IntClaim(ClaimsPrincipal principal, string type) =>
        int.TryParse(principal.FindFirstValue(type), out var value) ? value : null;
}
