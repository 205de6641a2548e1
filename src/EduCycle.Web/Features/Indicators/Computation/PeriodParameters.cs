using EduCycle.Engine.Calendar;

namespace EduCycle.Web.Features.Indicators.Computation;

/// <summary>
/// Values of the period placeholders the data elements use, for a school year: {p:year} (start year), {p:from} /
/// {p:to} (1 September – 31 August), {p:ref} (census date 20 September, as in form ОО-1) and the birth/experience
/// limits of the age and experience bands counted back from the census date.
/// </summary>
public static class PeriodParameters
{
    public static DateOnly CensusDate(int startYear) => new(startYear, 9, 20);

    public static object Value(string name, int startYear)
    {
        var year = new SchoolYear(startYear);
        var census = CensusDate(startYear);
        return name switch
        {
            "year" => startYear,
            "from" => year.Start,
            "to" => year.End,
            "ref" => census,
            "born25" => census.AddYears(-25),
            "born35" => census.AddYears(-35),
            "born60" => census.AddYears(-60),
            "exp1" => census.AddYears(-1),
            "exp3" => census.AddYears(-3),
            "exp10" => census.AddYears(-10),
            "exp20" => census.AddYears(-20),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Неизвестный параметр периода"),
        };
    }
}
