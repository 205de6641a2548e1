using EduCycle.Web.Features.Indicators.Definitions;

namespace EduCycle.Web.Features.Indicators.Targets;

/// <summary>How a value stands against its target and the year before: the rule findings are made by.</summary>
public static class TargetCheck
{
    /// <summary>Whether the value falls short of the target in the indicator's direction.</summary>
    public static bool OffTarget(double value, double target, Direction direction) =>
        direction == Direction.HigherIsBetter ? value < target : value > target;

    /// <summary>
    /// Whether the value is worse than the previous year's; for an indicator that is itself a dynamic (a change over
    /// years) a change on the bad side of zero is the worsening.
    /// </summary>
    public static bool Worsening(double value, double? previous, Direction direction, bool isDynamic)
    {
        var reference = isDynamic ? 0 : previous;
        if (reference is not { } r) return false;
        return direction == Direction.HigherIsBetter ? value < r : value > r;
    }

    /// <summary>Severity by the relative gap: at least 20 % of the reference is high, at least 10 % medium.</summary>
    public static FindingSeverity Severity(double value, double reference)
    {
        var gap = Math.Abs(value - reference) / Math.Max(Math.Abs(reference), 1);
        return gap >= 0.2 ? FindingSeverity.High : gap >= 0.1 ? FindingSeverity.Medium : FindingSeverity.Low;
    }
}
