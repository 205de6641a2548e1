namespace EduCycle.Web.Features.Cycle.Cycles;

/// <summary>One line of a cycle's timeline: a stage change, a recommendation published, a decision adopted, a measure done, an evaluation confirmed.</summary>
public sealed class CycleEvent
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public DateTime At { get; set; }
    public required string UserName { get; set; }
    public CycleEventKind Kind { get; set; }
    /// <summary>What happened, in Russian («Решение № 112 от 14.10.2025 принято»).</summary>
    public required string Text { get; set; }
    /// <summary>The record the event is about (<c>finding</c>, <c>recommendation</c>, <c>decision</c>, <c>measure</c>, <c>evaluation</c>), for links.</summary>
    public string? Subject { get; set; }
    public int? SubjectId { get; set; }
}

public enum CycleEventKind
{
    Created = 1,
    StageChanged = 2,
    Finding = 3,
    Recommendation = 4,
    Decision = 5,
    Measure = 6,
    Evaluation = 7,
    Closed = 8,
}
