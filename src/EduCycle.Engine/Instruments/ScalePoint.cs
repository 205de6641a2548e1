namespace EduCycle.Engine.Instruments;

/// <summary>One named point of a scale: «2 — соответствует», «1 — частично соответствует», «0 — не соответствует».</summary>
/// <remarks>
/// <see cref="Value"/> is the points a scale item earns. <see cref="Code"/> is an optional short code
/// (<c>high</c>, <c>cantSay</c>) by which Likert rows may be answered instead of the label or the value.
/// </remarks>
public sealed record ScalePoint
{
    public required decimal Value { get; init; }
    public required string Label { get; init; }
    public string? Code { get; init; }

    /// <summary>Whether a Likert row answer given as text names this point (by code or label).</summary>
    public bool IsNamed(string answer) => answer == Code || answer == Label;
}
