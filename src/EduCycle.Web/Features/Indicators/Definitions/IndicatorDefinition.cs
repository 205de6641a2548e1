namespace EduCycle.Web.Features.Indicators.Definitions;

/// <summary>
/// One version of an indicator («показатель», «критерий»): an expression over data elements (numerator, optional
/// denominator, factor), valid from a date; a new version never rewrites the old one.
/// </summary>
public sealed class IndicatorDefinition
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public int Version { get; set; }
    public DateOnly ValidFrom { get; set; }
    public required string Name { get; set; }
    /// <summary>Area of the management cycle, e.g. «Профессиональное развитие педагогов».</summary>
    public required string Area { get; set; }
    /// <summary>The task («задача») or group the methodology lists the indicator under.</summary>
    public string? Task { get; set; }
    public required string Unit { get; set; }
    public Direction Direction { get; set; }
    public required string Numerator { get; set; }
    public string? Denominator { get; set; }
    public decimal Factor { get; set; } = 1m;
    /// <summary>Breakdown dimensions the methodology names (comma-separated codes: subject, group, age…).</summary>
    public string? Breakdowns { get; set; }
    /// <summary>Years the methodology asks the dynamics over (2 or 3), if it does.</summary>
    public int? DynamicsYears { get; set; }
    /// <summary>The methodology document and item the definition comes from.</summary>
    public required string Source { get; set; }
    public string? Description { get; set; }
    public DefinitionOrigin Origin { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }

    public IReadOnlyList<string> BreakdownList =>
        Breakdowns is null ? [] : Breakdowns.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Whether a higher value is better.</summary>
public enum Direction
{
    HigherIsBetter = 1,
    LowerIsBetter = 2,
}

public enum DefinitionOrigin
{
    Shipped = 1,
    Custom = 2,
}
