using EduCycle.Engine.Cycle;
using EduCycle.Web.Features.Registry;

namespace EduCycle.Web.Features.Cycle.Cycles;

/// <summary>
/// A management cycle («управленческий цикл») of one area at one level for one school year, e.g. «Профессиональное
/// развитие педагогов, Ленинский район, 2025/26»: goals → indicators → monitoring → analysis → recommendations →
/// decisions → evaluation of their effect (seed 001 §2–10). A region-level cycle has no municipality.
/// </summary>
public sealed class ManagementCycle
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public CycleArea Area { get; set; }
    public int? MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }
    /// <summary>First calendar year of the school year (2025 for 2025/26).</summary>
    public int SchoolYear { get; set; }
    /// <summary>Goals and tasks («цели и задачи»), one per line.</summary>
    public required string Goals { get; set; }
    public CycleState State { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    /// <summary>The cycle whose conclusions this one started from.</summary>
    public int? PreviousCycleId { get; set; }
    /// <summary>The working group's conclusion on reaching the goals and the next cycle («вывод о достижении целей»).</summary>
    public string? Conclusion { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }
    public List<CycleIndicator> Indicators { get; set; } = [];
}

/// <summary>The four areas of DOMAIN §1.</summary>
public enum CycleArea
{
    ProfessionalDevelopment = 1,
    MethodicalWork = 2,
    LowResults = 3,
    HeadsEffectiveness = 4,
}

/// <summary>An indicator the cycle monitors, pinned to the definition version in force when it was chosen, with the cycle's target.</summary>
public sealed class CycleIndicator
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public required string IndicatorCode { get; set; }
    public int IndicatorVersion { get; set; }
    /// <summary>The cycle's target for its own unit; null: the targets of the indicators' register apply.</summary>
    public double? Target { get; set; }
}
