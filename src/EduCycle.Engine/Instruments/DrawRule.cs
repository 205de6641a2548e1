namespace EduCycle.Engine.Instruments;

/// <summary>
/// Tests only: a variant draws <see cref="Count"/> distinct test questions of <see cref="Section"/>
/// (the cadre-reserve test structure: Constitution 5, education law 15, … — 45 questions).
/// </summary>
public sealed record DrawRule
{
    public required string Section { get; init; }
    public required int Count { get; init; }
}
