namespace EduCycle.Web.Features.Cycle.Recommendations;

/// <summary>
/// A versioned template of a targeted recommendation, chosen for a finding by its trigger (an indicator, a deficit
/// topic, an instrument band). The text holds placeholders — <c>{unit}</c>, <c>{indicator}</c>, <c>{value}</c>,
/// <c>{target}</c>, <c>{previous}</c>, <c>{year}</c>, <c>{best_units}</c> — filled from the finding and the analysis.
/// </summary>
public sealed class RecommendationTemplate
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public int Version { get; set; }
    public DateOnly ValidFrom { get; set; }
    public TemplateTrigger Trigger { get; set; }
    /// <summary>Indicator code, deficit topic code or instrument code (with the band in <see cref="TriggerBand"/>); empty for any finding.</summary>
    public string TriggerCode { get; set; } = "";
    public string? TriggerBand { get; set; }
    public AddresseeKind Addressee { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }
    /// <summary>Where the template comes from (seed, regional methodology).</summary>
    public string? Source { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
}

public enum TemplateTrigger
{
    Indicator = 1,
    Deficit = 2,
    Band = 3,
    Any = 4,
}

/// <summary>The addressees of seed 001 §7 and DOMAIN §7.</summary>
public enum AddresseeKind
{
    /// <summary>Methodical associations and professional communities («методические объединения и профессиональные сообщества»).</summary>
    Communities = 1,
    /// <summary>Heads of organisations («руководители образовательных организаций»).</summary>
    Heads = 2,
    /// <summary>The municipal methodical service («муниципальная методическая служба»).</summary>
    MethodicalService = 3,
    /// <summary>Teachers («педагогические работники»).</summary>
    Teachers = 4,
}
