namespace EduCycle.Web.Features.Identity;

/// <summary>What part of the region a user may see (DOMAIN §8).</summary>
public enum ScopeKind
{
    Region = 1,
    Municipality = 2,
    Organisation = 3,
    Assigned = 4,
    Self = 5,
}
