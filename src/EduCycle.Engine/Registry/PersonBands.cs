namespace EduCycle.Engine.Registry;

/// <summary>Age bands used by the staff analysis of seed 001 §1.1 (under 35 = young teacher, ind. 13, 18).</summary>
public enum AgeBand
{
    Under25,
    From25To34,
    From35To59,
    From60,
}

/// <summary>Pedagogical experience bands of seed 001 §1.1 (young specialist = under 3 years).</summary>
public enum ExperienceBand
{
    Under3,
    From3To10,
    From10To20,
    Over20,
}

public static class PersonBands
{
    public const int YoungTeacherAgeLimit = 35;

    /// <summary>Whole years between <paramref name="from"/> and <paramref name="asOf"/> (birthday rule).</summary>
    public static int FullYears(DateOnly from, DateOnly asOf)
    {
        var years = asOf.Year - from.Year;
        if (asOf < from.AddYears(years)) years--;
        return Math.Max(years, 0);
    }

    public static AgeBand Age(DateOnly birthDate, DateOnly asOf) => FullYears(birthDate, asOf) switch
    {
        < 25 => AgeBand.Under25,
        < 35 => AgeBand.From25To34,
        < 60 => AgeBand.From35To59,
        _ => AgeBand.From60,
    };

    public static ExperienceBand Experience(DateOnly experienceSince, DateOnly asOf) => FullYears(experienceSince, asOf) switch
    {
        < 3 => ExperienceBand.Under3,
        < 10 => ExperienceBand.From3To10,
        <= 20 => ExperienceBand.From10To20,
        _ => ExperienceBand.Over20,
    };

    /// <summary>Birth-date interval (inclusive) of people whose age falls into <paramref name="band"/> on <paramref name="asOf"/>.</summary>
    public static (DateOnly? BornAfter, DateOnly? BornOnOrBefore) BirthDateRange(AgeBand band, DateOnly asOf) => band switch
    {
        AgeBand.Under25 => (asOf.AddYears(-25), null),
        AgeBand.From25To34 => (asOf.AddYears(-35), asOf.AddYears(-25)),
        AgeBand.From35To59 => (asOf.AddYears(-60), asOf.AddYears(-35)),
        _ => (null, asOf.AddYears(-60)),
    };

    /// <summary>Interval of experience start dates whose experience falls into <paramref name="band"/> on <paramref name="asOf"/>.</summary>
    public static (DateOnly? SinceAfter, DateOnly? SinceOnOrBefore) ExperienceStartRange(ExperienceBand band, DateOnly asOf) => band switch
    {
        ExperienceBand.Under3 => (asOf.AddYears(-3), null),
        ExperienceBand.From3To10 => (asOf.AddYears(-10), asOf.AddYears(-3)),
        ExperienceBand.From10To20 => (asOf.AddYears(-21), asOf.AddYears(-10)),
        _ => (null, asOf.AddYears(-21)),
    };
}
