using EduCycle.Web.Features.Indicators.Definitions;
using EduCycle.Web.Features.Indicators.Pages;

namespace EduCycle.Web.Tests.Indicators.Pages;

public sealed class TrafficLightTests
{
    [Theory]
    [InlineData(60.0, 60.0, Direction.HigherIsBetter, TrafficLight.Met)]
    [InlineData(75.0, 60.0, Direction.HigherIsBetter, TrafficLight.Met)]
    [InlineData(54.0, 60.0, Direction.HigherIsBetter, TrafficLight.Near)]
    [InlineData(53.9, 60.0, Direction.HigherIsBetter, TrafficLight.Off)]
    [InlineData(10.0, 12.0, Direction.LowerIsBetter, TrafficLight.Met)]
    [InlineData(13.2, 12.0, Direction.LowerIsBetter, TrafficLight.Near)]
    [InlineData(13.3, 12.0, Direction.LowerIsBetter, TrafficLight.Off)]
    public void Colours_by_the_gap_to_the_target_in_the_indicators_direction(double value, double target, Direction direction, TrafficLight expected) =>
        Assert.Equal(expected, TrafficLights.Of(value, target, direction));

    [Fact]
    public void Without_a_value_or_a_target_the_cell_is_grey()
    {
        Assert.Equal(TrafficLight.NoValue, TrafficLights.Of(null, 10, Direction.HigherIsBetter));
        Assert.Equal(TrafficLight.NoTarget, TrafficLights.Of(10, null, Direction.HigherIsBetter));
    }
}
