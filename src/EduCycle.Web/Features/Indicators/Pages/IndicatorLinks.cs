using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Infrastructure;
using static System.FormattableString;

namespace EduCycle.Web.Features.Indicators.Pages;

/// <summary>The addresses of the indicator pages and the number format they share.</summary>
public static class IndicatorLinks
{
    public static string Card(string code, int year, string? unit = null) =>
        Invariant($"/indicators/{Uri.EscapeDataString(code)}?year={year}") + (unit is null ? "" : $"&unit={Uri.EscapeDataString(unit)}");

    /// <summary>The units one level below a value: the municipalities of a region, the organisations of a municipality.</summary>
    public static string Units(string code, UnitLevel level, int year, int? within = null) =>
        Invariant($"/indicators/{Uri.EscapeDataString(code)}/units?level={level}&year={year}") + (within is { } w ? Invariant($"&within={w}") : "");

    public static string Records(string code, string unit, int year, int element = 0, string? breakdown = null, string? value = null) =>
        Invariant($"/indicators/{Uri.EscapeDataString(code)}/records?unit={Uri.EscapeDataString(unit)}&year={year}&element={element}")
        + (breakdown is null || value is null ? "" : $"&breakdown={Uri.EscapeDataString(breakdown)}&bk={Uri.EscapeDataString(value)}");

    /// <summary>Where a scorecard cell leads: one level down, or from an organisation to its records.</summary>
    public static string Drill(string code, ScorecardColumn column, int year) => column.Level switch
    {
        UnitLevel.Region => Units(code, UnitLevel.Municipality, year),
        UnitLevel.Municipality => Units(code, UnitLevel.Organisation, year, column.UnitId),
        _ => Records(code, column.Code, year),
    };

    public static string Number(double? value) =>
        value is { } v ? v.ToString(Math.Abs(v - Math.Round(v)) < 1e-9 ? "N0" : "N1", InfrastructureSetup.Russian) : "—";
}
