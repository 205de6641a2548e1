using System.Globalization;

namespace EduCycle.Engine.Instruments;

/// <summary>
/// A band (уровень, заключение): an inclusive range of the total or the percent with a label, e.g.
/// 30–42 «рекомендуется», 27–29 «рекомендуется после доработки», до 26 «не рекомендуется»
/// (seed 004, S4-F1). A <c>null</c> end is open.
/// </summary>
public sealed record Band
{
    public decimal? From { get; init; }
    public decimal? To { get; init; }
    public required string Label { get; init; }

    public bool Contains(decimal value) => (From is null || value >= From) && (To is null || value <= To);

    public override string ToString() => $"{Show(From)}–{Show(To)} «{Label}»";

    private static string Show(decimal? end) => end?.ToString(CultureInfo.InvariantCulture) ?? "…";
}
