namespace EduCycle.Web.Features.Instruments.Documents;

/// <summary>What a rendered blank says about the assessment besides the answers: who was assessed, when, by whom.</summary>
public sealed record DocumentHeader
{
    /// <summary>The organisation, municipality, programme or person assessed.</summary>
    public required string SubjectName { get; init; }

    /// <summary>The campaign or period, e.g. «2024/25 учебный год».</summary>
    public string? Period { get; init; }

    public AssessorRole Role { get; init; } = AssessorRole.Expert;
    public string? ExpertName { get; init; }
    public required DateOnly Date { get; init; }

    /// <summary>Further header lines in order, e.g. the ДПП blank's «Кафедра», «Ответственный разработчик».</summary>
    public IReadOnlyList<HeaderField> Fields { get; init; } = [];

    public string? Conclusion { get; init; }
    public string? Recommendation { get; init; }
}

/// <summary>One labelled line of the blank's header.</summary>
public sealed record HeaderField(string Label, string Value);

public enum AssessorRole
{
    /// <summary>самооценка: the subject fills the form about itself.</summary>
    SelfAssessment,
    /// <summary>экспертная оценка.</summary>
    Expert,
}
