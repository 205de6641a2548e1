namespace EduCycle.Web.Features.Registry;

/// <summary>
/// Educational organisation. Its place in the hierarchy is kept as history in
/// <see cref="OrganisationPlacement"/>; context fields feed contextualisation (DOMAIN §5).
/// </summary>
public sealed class Organisation
{
    public int Id { get; set; }
    /// <summary>External code (ИНН/ОГРН-like string): the key of imports.</summary>
    public required string ExternalCode { get; set; }
    public required string FullName { get; set; }
    public required string ShortName { get; set; }
    public OrganisationKind Kind { get; set; }
    public bool IsRural { get; set; }
    public int StudentCount { get; set; }
    /// <summary>Social well-being index («индекс социального благополучия»), 0..1.</summary>
    public double? SocialWellbeingIndex { get; set; }
    /// <summary>Share of children with special needs («дети с ОВЗ»), %.</summary>
    public double? ShareSpecialNeeds { get; set; }
    /// <summary>Share of children for whom Russian is not native, %.</summary>
    public double? ShareNonNativeRussian { get; set; }

    public List<OrganisationPlacement> Placements { get; set; } = [];
    public List<OrganisationYearStatus> YearStatuses { get; set; } = [];
}

/// <summary>An organisation's parent municipality over a validity interval [ValidFrom, ValidTo).</summary>
public sealed class OrganisationPlacement
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public int MunicipalityId { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public Municipality? Municipality { get; set; }
}

/// <summary>Yearly status flags of an organisation (per school year, by its start year).</summary>
public sealed class OrganisationYearStatus
{
    public int OrganisationId { get; set; }
    public int SchoolYear { get; set; }
    public InnovationLevel InnovationLevel { get; set; }
    /// <summary>Tutor school («школа-тьютор»).</summary>
    public bool IsTutorSchool { get; set; }
    /// <summary>Basic school («базовая школа»).</summary>
    public bool IsBasicSchool { get; set; }
    /// <summary>Implements the mentoring target model («целевая модель наставничества», seed 001 ind. 14).</summary>
    public bool ImplementsMentoringModel { get; set; }
}
