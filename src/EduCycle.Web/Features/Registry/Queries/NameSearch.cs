using System.Globalization;

namespace EduCycle.Web.Features.Registry.Queries;

/// <summary>
/// Spellings of a search term to compare with: SQLite compares Cyrillic case-sensitively, so the term
/// is tried as typed, in lower case and capitalised (how names are written).
/// </summary>
public static class NameSearch
{
    public static string[] Terms(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static (string AsTyped, string Lower, string Capitalised) Spellings(string term)
    {
        var culture = Infrastructure.InfrastructureSetup.Russian;
        var lower = term.ToLower(culture);
        return (term, lower, char.ToUpper(lower[0], culture) + lower[1..]);
    }
}
