using EduCycle.Engine.Calendar;
using FsCheck.Xunit;

namespace EduCycle.Engine.Tests.Calendar;

public sealed class SchoolYearTests
{
    [Theory]
    [InlineData(2025, 9, 1, 2025)]
    [InlineData(2026, 8, 31, 2025)]
    [InlineData(2026, 1, 15, 2025)]
    [InlineData(2025, 8, 31, 2024)]
    public void The_school_year_runs_from_1_September_to_31_August(int y, int m, int d, int expectedStart) =>
        Assert.Equal(expectedStart, SchoolYear.Containing(new DateOnly(y, m, d)).StartYear);

    [Fact]
    public void It_is_written_as_in_russian_documents() =>
        Assert.Equal("2025/26", new SchoolYear(2025).ToString());

    [Fact]
    public void The_turn_of_the_century_keeps_two_digits() =>
        Assert.Equal("2099/00", new SchoolYear(2099).ToString());

    [Theory]
    [InlineData("2025/26", 2025)]
    [InlineData("2025/2026", 2025)]
    [InlineData(" 2024 ", 2024)]
    [InlineData("2023-2024", 2023)]
    public void Parses_the_usual_spellings(string text, int expected)
    {
        Assert.True(SchoolYear.TryParse(text, out var year));
        Assert.Equal(expected, year.StartYear);
    }

    [Theory]
    [InlineData("")]
    [InlineData("двадцать пятый")]
    [InlineData("1800/01")]
    public void Rejects_what_is_not_a_school_year(string text) => Assert.False(SchoolYear.TryParse(text, out _));

    [Property]
    public bool Every_date_lies_in_the_school_year_containing_it(DateTime any)
    {
        var date = DateOnly.FromDateTime(new DateTime(2000, 1, 1).AddDays(Math.Abs(any.Ticks % 36500)));
        var year = SchoolYear.Containing(date);
        return year.Contains(date) && !year.Previous().Contains(date) && year.Start.DayNumber - year.Previous().Start.DayNumber is 365 or 366;
    }
}
