using System.Globalization;
using EduCycle.Engine.Calendar;

namespace EduCycle.Web.Features.Monitoring.Calendar;

/// <summary>
/// The machine reading of a plan item's periodicity: windows <c>start-due</c> of calendar months, comma-separated, in
/// school-year order («сентябрь, ежемесячно» = <c>9-9,10-10,…,8-8</c>; «в течение года» = <c>9-8</c>; «Июль- сентябрь» = <c>7-9</c>).
/// A window starts on the first day of its start month and is due on the last day of its due month; a due month that comes
/// before the start month in the school year (Jul → Sep) falls in the next school year.
/// </summary>
public static class PlanTiming
{
    public sealed record Window(DateOnly Start, DateOnly Due);

    public static IReadOnlyList<Window> Windows(string timing, SchoolYear year) =>
        Parse(timing).Select(w =>
        {
            var start = MonthStart(year, w.Start);
            var dueYear = Position(w.Due) < Position(w.Start) ? year.Previous(-1) : year;
            var dueMonth = MonthStart(dueYear, w.Due);
            return new Window(start, dueMonth.AddMonths(1).AddDays(-1));
        }).ToList();

    /// <summary>The windows as month pairs; throws <see cref="FormatException"/> naming the faulty part.</summary>
    public static IReadOnlyList<(int Start, int Due)> Parse(string timing)
    {
        if (string.IsNullOrWhiteSpace(timing)) throw new FormatException("Сроки не заданы");
        return timing.Split(',').Select(part =>
        {
            var months = part.Split('-');
            if (months.Length != 2 || !Month(months[0], out var start) || !Month(months[1], out var due))
                throw new FormatException($"Сроки «{part}»: ожидается «месяц начала-месяц срока» (числа 1–12)");
            return (start, due);
        }).ToList();
    }

    private static bool Month(string text, out int month) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out month) && month is >= 1 and <= 12;

    /// <summary>1 for September … 12 for August.</summary>
    private static int Position(int month) => (month - SchoolYear.FirstMonth + 12) % 12 + 1;

    private static DateOnly MonthStart(SchoolYear year, int month) =>
        new(month >= SchoolYear.FirstMonth ? year.StartYear : year.StartYear + 1, month, 1);
}
