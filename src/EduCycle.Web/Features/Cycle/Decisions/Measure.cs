using EduCycle.Engine.Cycle;

namespace EduCycle.Web.Features.Cycle.Decisions;

/// <summary>
/// A measure («мероприятие») carrying out a decision, with its owner, dates, state and evidence of execution. A
/// measure may act on records: <see cref="MeasureAction.EnrolInProgramme"/> enrols the listed teachers in a programme
/// when it is started.
/// </summary>
public sealed class Measure
{
    public int Id { get; set; }
    public int DecisionId { get; set; }
    public required string Title { get; set; }
    public required string Owner { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly DueOn { get; set; }
    public MeasureState State { get; set; }
    /// <summary>What shows it was done (a report, a protocol, a link).</summary>
    public string? Evidence { get; set; }
    public DateOnly? DoneOn { get; set; }
    public string? CancelReason { get; set; }
    public MeasureAction Action { get; set; }
    public int? ProgrammeId { get; set; }
    public List<MeasurePerson> People { get; set; } = [];
}

public enum MeasureAction
{
    None = 0,
    /// <summary>Send the listed teachers to a (targeted) further-training programme: creates their enrolments.</summary>
    EnrolInProgramme = 1,
}

/// <summary>A teacher a measure acts on, and the enrolment it created.</summary>
public sealed class MeasurePerson
{
    public int MeasureId { get; set; }
    public int PersonId { get; set; }
    public int? EnrolmentId { get; set; }
}
