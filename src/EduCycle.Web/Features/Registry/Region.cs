namespace EduCycle.Web.Features.Registry;

/// <summary>Region («субъект РФ»): the top of the hierarchy.</summary>
public sealed class Region
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
}

/// <summary>Educational district («образовательный округ»): a grouping of municipalities (seed 004 §3).</summary>
public sealed class EducationalDistrict
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public required string Name { get; set; }
}

/// <summary>Municipality («муниципальный район / городской округ»).</summary>
public sealed class Municipality
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int? DistrictId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public MunicipalityKind Kind { get; set; }
    public EducationalDistrict? District { get; set; }
}
