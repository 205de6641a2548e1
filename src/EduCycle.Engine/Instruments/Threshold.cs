using System.Text.Json.Serialization;

namespace EduCycle.Engine.Instruments;

/// <summary>
/// The threshold an indicator of a heads' framework must reach (seed 004 §1: a head is effective when
/// more than half of the indicators reach their thresholds), e.g. <c>{ "op": "&gt;=", "value": 80 }</c>.
/// </summary>
public sealed record Threshold
{
    public required ThresholdOperator Op { get; init; }
    public required decimal Value { get; init; }

    public bool IsReachedBy(decimal value) => Op switch
    {
        ThresholdOperator.GreaterOrEqual => value >= Value,
        ThresholdOperator.Greater => value > Value,
        ThresholdOperator.LessOrEqual => value <= Value,
        ThresholdOperator.Less => value < Value,
        ThresholdOperator.Equal => value == Value,
        _ => throw new ArgumentOutOfRangeException(nameof(value), Op, null),
    };
}

[JsonConverter(typeof(JsonStringEnumConverter<ThresholdOperator>))]
public enum ThresholdOperator
{
    [JsonStringEnumMemberName(">=")] GreaterOrEqual,
    [JsonStringEnumMemberName(">")] Greater,
    [JsonStringEnumMemberName("<=")] LessOrEqual,
    [JsonStringEnumMemberName("<")] Less,
    [JsonStringEnumMemberName("==")] Equal,
}
