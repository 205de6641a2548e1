namespace EduCycle.Engine.Instruments;

/// <summary>A definition or response that cannot be used: it did not parse, or the definition has validation errors.</summary>
public sealed class InstrumentException(string subject, IReadOnlyList<InstrumentProblem> problems)
    : Exception($"«{subject}» содержит ошибки:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}")
{
    public IReadOnlyList<InstrumentProblem> Problems { get; } = problems;
}
