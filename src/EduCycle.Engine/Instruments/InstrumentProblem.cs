using System.Text.Json.Serialization;

namespace EduCycle.Engine.Instruments;

/// <summary>A problem of a definition or a response: where (<see cref="Path"/>: a definition path such as
/// <c>sections[2].items[3]</c>, or an item code) and what, in Russian.</summary>
public sealed record InstrumentProblem(ProblemSeverity Severity, string Path, string Message)
{
    public static InstrumentProblem Error(string path, string message) => new(ProblemSeverity.Error, path, message);
    public static InstrumentProblem Warning(string path, string message) => new(ProblemSeverity.Warning, path, message);

    [JsonIgnore]
    public bool IsError => Severity == ProblemSeverity.Error;

    public override string ToString() => $"{(IsError ? "Ошибка" : "Предупреждение")}: {Path}: {Message}";
}

public enum ProblemSeverity
{
    Error,
    Warning,
}
