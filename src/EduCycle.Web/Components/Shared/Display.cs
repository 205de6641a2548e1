using System.Globalization;
using EduCycle.Web.Infrastructure;

namespace EduCycle.Web.Components.Shared;

/// <summary>Russian formatting of values on pages: dd.MM.yyyy dates, grouped numbers, decimal commas.</summary>
public static class Display
{
    private static CultureInfo Russian => InfrastructureSetup.Russian;

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", Russian);

    public static string Date(DateOnly? date) => date is { } value ? Date(value) : "—";

    public static string Number(int value) => value.ToString("N0", Russian);

    public static string Decimal(double? value, string suffix = "") => value is { } v ? v.ToString("0.##", Russian) + suffix : "—";

    public static string Period(DateOnly from, DateOnly? to) => to is { } end ? $"{Date(from)} – {Date(end)}" : $"с {Date(from)}";
}
