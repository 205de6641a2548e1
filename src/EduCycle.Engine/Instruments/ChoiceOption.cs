namespace EduCycle.Engine.Instruments;

/// <summary>An option of a choice item or a test question; <see cref="Points"/> makes a choice item scored.</summary>
public sealed record ChoiceOption
{
    public required string Code { get; init; }
    public string Text { get; init; } = "";
    public decimal? Points { get; init; }
}
