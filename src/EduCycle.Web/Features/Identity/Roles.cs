namespace EduCycle.Web.Features.Identity;

/// <summary>Roles of DOMAIN §8. Each role implies the scope kind its users are created with.</summary>
public static class Roles
{
    /// <summary>Regional operator (committee, ЦОКО): the whole region and the methodology.</summary>
    public const string RegionalOperator = "RegionalOperator";
    /// <summary>Regional institute / ЦНППМ methodist: professional development across the region.</summary>
    public const string RegionalMethodist = "RegionalMethodist";
    /// <summary>Municipal operator (education department): its municipality.</summary>
    public const string MunicipalOperator = "MunicipalOperator";
    /// <summary>Municipal methodical service (ММС): methodical work in its municipality.</summary>
    public const string MunicipalMethodist = "MunicipalMethodist";
    /// <summary>Head or deputy of an organisation: its organisation.</summary>
    public const string Head = "Head";
    /// <summary>Curator / expert / commission member: the organisations assigned to them.</summary>
    public const string Curator = "Curator";
    /// <summary>Teacher: only themselves.</summary>
    public const string Teacher = "Teacher";

    public static readonly IReadOnlyList<string> All =
        [RegionalOperator, RegionalMethodist, MunicipalOperator, MunicipalMethodist, Head, Curator, Teacher];

    /// <summary>Roles that may change registry data within their scope.</summary>
    public const string RegistryEditors = RegionalOperator + "," + MunicipalOperator + "," + Head;

    public static ScopeKind ScopeOf(string role) => role switch
    {
        RegionalOperator or RegionalMethodist => ScopeKind.Region,
        MunicipalOperator or MunicipalMethodist => ScopeKind.Municipality,
        Head => ScopeKind.Organisation,
        Curator => ScopeKind.Assigned,
        Teacher => ScopeKind.Self,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };

    public static string DisplayName(string role) => role switch
    {
        RegionalOperator => "Региональный оператор",
        RegionalMethodist => "Методист ИРО / ЦНППМ",
        MunicipalOperator => "Муниципальный оператор",
        MunicipalMethodist => "Муниципальная методическая служба",
        Head => "Руководитель организации",
        Curator => "Куратор / эксперт",
        Teacher => "Педагог",
        _ => role,
    };
}
