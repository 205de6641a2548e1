using EduCycle.Engine.Registry;
using FsCheck.Xunit;

namespace EduCycle.Engine.Tests.Registry;

public sealed class PersonBandsTests
{
    private static readonly DateOnly AsOf = new(2025, 11, 20);

    [Theory]
    [InlineData(1990, 11, 20, 35)]  // birthday today
    [InlineData(1990, 11, 21, 34)]  // birthday tomorrow
    [InlineData(2000, 2, 29, 25)]
    public void Full_years_count_birthdays(int y, int m, int d, int expected) =>
        Assert.Equal(expected, PersonBands.FullYears(new DateOnly(y, m, d), AsOf));

    [Theory]
    [InlineData(2000, 11, 21, AgeBand.Under25)]      // 24 years
    [InlineData(2000, 11, 20, AgeBand.From25To34)]   // 25 today
    [InlineData(1990, 11, 21, AgeBand.From25To34)]   // 34: still a young teacher (under 35)
    [InlineData(1990, 11, 20, AgeBand.From35To59)]   // 35 today
    [InlineData(1965, 11, 20, AgeBand.From60)]
    public void Age_bands_have_exact_edges(int y, int m, int d, AgeBand expected) =>
        Assert.Equal(expected, PersonBands.Age(new DateOnly(y, m, d), AsOf));

    [Theory]
    [InlineData(2022, 11, 21, ExperienceBand.Under3)]     // 2 years: young specialist
    [InlineData(2022, 11, 20, ExperienceBand.From3To10)]
    [InlineData(2005, 11, 20, ExperienceBand.From10To20)] // exactly 20 years is not "more than 20"
    [InlineData(2004, 11, 20, ExperienceBand.Over20)]     // 21 years
    public void Experience_bands_follow_seed_001(int y, int m, int d, ExperienceBand expected) =>
        Assert.Equal(expected, PersonBands.Experience(new DateOnly(y, m, d), AsOf));

    [Property(MaxTest = 500)]
    public bool Birth_date_ranges_select_exactly_the_people_of_the_band(int offset)
    {
        var birth = AsOf.AddDays(-(Math.Abs(offset % 30000) + 6000));
        var matching = Enum.GetValues<AgeBand>().Where(b =>
        {
            var (after, onOrBefore) = PersonBands.BirthDateRange(b, AsOf);
            return (after is null || birth > after) && (onOrBefore is null || birth <= onOrBefore);
        });
        return matching.SequenceEqual([PersonBands.Age(birth, AsOf)]);
    }

    [Property(MaxTest = 500)]
    public bool Experience_ranges_select_exactly_the_people_of_the_band(int offset)
    {
        var since = AsOf.AddDays(-Math.Abs(offset % 20000));
        var matching = Enum.GetValues<ExperienceBand>().Where(b =>
        {
            var (after, onOrBefore) = PersonBands.ExperienceStartRange(b, AsOf);
            return (after is null || since > after) && (onOrBefore is null || since <= onOrBefore);
        });
        return matching.SequenceEqual([PersonBands.Experience(since, AsOf)]);
    }
}
