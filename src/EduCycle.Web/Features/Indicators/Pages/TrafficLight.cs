using EduCycle.Web.Features.Indicators.Definitions;
using EduCycle.Web.Features.Indicators.Targets;

namespace EduCycle.Web.Features.Indicators.Pages;

/// <summary>How a value stands against its target, as the scorecard colours it.</summary>
public enum TrafficLight
{
    /// <summary>No target set (grey).</summary>
    NoTarget = 0,
    /// <summary>Target met (green).</summary>
    Met = 1,
    /// <summary>Off target by at most 10 % of the target (amber).</summary>
    Near = 2,
    /// <summary>Off target by more than 10 % (red).</summary>
    Off = 3,
    /// <summary>The value is undefined («нет значения»).</summary>
    NoValue = 4,
}

public static class TrafficLights
{
    public static TrafficLight Of(double? value, double? target, Direction direction)
    {
        if (value is not { } v) return TrafficLight.NoValue;
        if (target is not { } t) return TrafficLight.NoTarget;
        if (!TargetCheck.OffTarget(v, t, direction)) return TrafficLight.Met;
        return Math.Abs(v - t) <= 0.1 * Math.Abs(t) ? TrafficLight.Near : TrafficLight.Off;
    }

    public static string Label(TrafficLight light) => light switch
    {
        TrafficLight.Met => "целевое значение достигнуто",
        TrafficLight.Near => "близко к целевому (отставание не более 10 %)",
        TrafficLight.Off => "целевое значение не достигнуто",
        TrafficLight.NoValue => "нет значения",
        _ => "целевое значение не установлено",
    };

    /// <summary>A short status word for exports and the legend.</summary>
    public static string Short(TrafficLight light) => light switch
    {
        TrafficLight.Met => "зелёный",
        TrafficLight.Near => "жёлтый",
        TrafficLight.Off => "красный",
        TrafficLight.NoValue => "нет значения",
        _ => "нет цели",
    };

    public static string Background(TrafficLight light) => light switch
    {
        TrafficLight.Met => "#c8e6c9",
        TrafficLight.Near => "#ffe0a3",
        TrafficLight.Off => "#ffcdd2",
        _ => "#eeeeee",
    };
}
