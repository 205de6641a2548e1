using EduCycle.Engine.Calendar;

namespace EduCycle.Engine.Tests.Calendar;

public sealed class ValidityPeriodTests
{
    private static readonly DateOnly Move = new(2024, 1, 1);

    [Fact]
    public void The_end_date_belongs_to_the_next_period()
    {
        var before = new ValidityPeriod(new DateOnly(2019, 9, 1), Move);
        var after = new ValidityPeriod(Move);
        Assert.True(before.Contains(Move.AddDays(-1)));
        Assert.False(before.Contains(Move));
        Assert.True(after.Contains(Move));
        Assert.False(before.Overlaps(after));
    }

    [Fact]
    public void An_open_period_overlaps_everything_after_its_start()
    {
        var open = new ValidityPeriod(Move);
        Assert.True(open.Overlaps(new ValidityPeriod(new DateOnly(2030, 1, 1), new DateOnly(2030, 2, 1))));
        Assert.False(open.Overlaps(new ValidityPeriod(new DateOnly(2020, 1, 1), Move)));
    }

    [Fact]
    public void An_empty_or_reversed_period_is_refused() =>
        Assert.Throws<ArgumentException>(() => new ValidityPeriod(Move, Move));
}
