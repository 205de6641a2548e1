using EduCycle.Engine.Cycle;
using EduCycle.Web.Features.Indicators.Computation;

namespace EduCycle.Web.Features.Cycle.Decisions;

/// <summary>
/// A management decision («управленческое решение», seed 001 §9), fixed in an order or directive with its number,
/// date and signatory once adopted; it answers findings, covers units (the organisations or municipalities it acts
/// on, which its effect evaluation compares with the others), is judged by indicators, and is carried out by measures.
/// </summary>
public sealed class ManagementDecision
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public DecisionKind Kind { get; set; }
    public DecisionDocumentKind DocumentKind { get; set; }
    public string? Number { get; set; }
    public DateOnly? Date { get; set; }
    public string? Signatory { get; set; }
    public required string Title { get; set; }
    /// <summary>The operative part («приказываю: …»), one point per line.</summary>
    public required string Content { get; set; }
    public required string Responsible { get; set; }
    public DateOnly Deadline { get; set; }
    public DecisionState State { get; set; }
    public string? CancelReason { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public List<DecisionFinding> Findings { get; set; } = [];
    public List<DecisionUnit> Units { get; set; } = [];
    public List<DecisionIndicator> Indicators { get; set; } = [];
    public List<Measure> Measures { get; set; } = [];
}

/// <summary>The five kinds of seed 001 §9.</summary>
public enum DecisionKind
{
    /// <summary>Организующие.</summary>
    Organising = 1,
    /// <summary>Активизирующие (e.g. sending teachers to targeted programmes).</summary>
    Activating = 2,
    /// <summary>Координирующие (e.g. internships).</summary>
    Coordinating = 3,
    /// <summary>Контролирующие (e.g. monthly meetings).</summary>
    Controlling = 4,
    /// <summary>Стимулирующие (e.g. awards, letters of thanks).</summary>
    Stimulating = 5,
}

public enum DecisionDocumentKind
{
    /// <summary>Приказ.</summary>
    Order = 1,
    /// <summary>Распоряжение.</summary>
    Directive = 2,
}

public sealed class DecisionFinding
{
    public int DecisionId { get; set; }
    public int FindingId { get; set; }
}

/// <summary>A unit the decision acts on.</summary>
public sealed class DecisionUnit
{
    public int DecisionId { get; set; }
    public UnitLevel Level { get; set; }
    public int UnitId { get; set; }
}

/// <summary>An indicator whose movement judges the decision.</summary>
public sealed class DecisionIndicator
{
    public int DecisionId { get; set; }
    public required string IndicatorCode { get; set; }
}
