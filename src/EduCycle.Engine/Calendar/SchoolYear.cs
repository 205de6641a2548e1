using System.Globalization;

namespace EduCycle.Engine.Calendar;

/// <summary>
/// School year («учебный год»): 1 September of <see cref="StartYear"/> to 31 August of the next year.
/// Written «2025/26».
/// </summary>
public readonly record struct SchoolYear : IComparable<SchoolYear>
{
    public const int FirstMonth = 9;

    public SchoolYear(int startYear)
    {
        if (startYear is < 1900 or > 2200)
            throw new ArgumentOutOfRangeException(nameof(startYear), startYear, "School year must start between 1900 and 2200.");
        StartYear = startYear;
    }

    public int StartYear { get; }

    public DateOnly Start => new(StartYear, FirstMonth, 1);

    public DateOnly End => new(StartYear + 1, 8, 31);

    public static SchoolYear Containing(DateOnly date) =>
        new(date.Month >= FirstMonth ? date.Year : date.Year - 1);

    public SchoolYear Previous(int years = 1) => new(StartYear - years);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public int CompareTo(SchoolYear other) => StartYear.CompareTo(other.StartYear);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{StartYear}/{(StartYear + 1) % 100:00}");

    /// <summary>Parses «2025/26», «2025/2026» or «2025».</summary>
    public static bool TryParse(string? text, out SchoolYear year)
    {
        year = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var head = text.Trim().Split('/', '-')[0];
        if (!int.TryParse(head, NumberStyles.None, CultureInfo.InvariantCulture, out var start) || start is < 1900 or > 2200)
            return false;
        year = new SchoolYear(start);
        return true;
    }
}
