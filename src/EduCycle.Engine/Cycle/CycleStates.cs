namespace EduCycle.Engine.Cycle;

/// <summary>Stage of a management cycle («управленческий цикл», seed 001 §2–10, seed 002 §6).</summary>
public enum CycleState
{
    Planning = 1,
    Monitoring = 2,
    Analysis = 3,
    Decisions = 4,
    Evaluation = 5,
    Closed = 6,
}

/// <summary>State of a targeted recommendation («адресная рекомендация»).</summary>
public enum RecommendationState
{
    Draft = 1,
    Approved = 2,
    Published = 3,
    Withdrawn = 4,
}

/// <summary>State of a management decision («управленческое решение»), fixed in an order or directive once adopted.</summary>
public enum DecisionState
{
    Draft = 1,
    Adopted = 2,
    Completed = 3,
    Cancelled = 4,
}

/// <summary>State of a measure («мероприятие») carrying out a decision.</summary>
public enum MeasureState
{
    Planned = 1,
    InProgress = 2,
    Done = 3,
    Cancelled = 4,
}

/// <summary>
/// The lives of the cycle's records. A cycle moves through its stages one at a time and may step back one stage
/// (with a reason) until it is closed; closing is final. A recommendation is approved, then published; it may be
/// withdrawn with a reason. A decision is adopted (signed), then completed; a measure is started, then done.
/// Cancelling always needs a reason.
/// </summary>
public static class CycleStates
{
    public static readonly StateMachine<CycleState> Cycle = new("цикла", new Dictionary<CycleState, CycleState[]>
    {
        [CycleState.Planning] = [CycleState.Monitoring],
        [CycleState.Monitoring] = [CycleState.Analysis, CycleState.Planning],
        [CycleState.Analysis] = [CycleState.Decisions, CycleState.Monitoring],
        [CycleState.Decisions] = [CycleState.Evaluation, CycleState.Analysis],
        [CycleState.Evaluation] = [CycleState.Closed, CycleState.Decisions],
        [CycleState.Closed] = [],
    }, Name, (from, to) => to < from);

    public static readonly StateMachine<RecommendationState> Recommendation = new("рекомендации", new Dictionary<RecommendationState, RecommendationState[]>
    {
        [RecommendationState.Draft] = [RecommendationState.Approved, RecommendationState.Withdrawn],
        [RecommendationState.Approved] = [RecommendationState.Published, RecommendationState.Draft, RecommendationState.Withdrawn],
        [RecommendationState.Published] = [RecommendationState.Withdrawn],
        [RecommendationState.Withdrawn] = [],
    }, Name, (from, to) => to == RecommendationState.Withdrawn || to < from);

    public static readonly StateMachine<DecisionState> Decision = new("решения", new Dictionary<DecisionState, DecisionState[]>
    {
        [DecisionState.Draft] = [DecisionState.Adopted, DecisionState.Cancelled],
        [DecisionState.Adopted] = [DecisionState.Completed, DecisionState.Cancelled],
        [DecisionState.Completed] = [],
        [DecisionState.Cancelled] = [],
    }, Name, (_, to) => to == DecisionState.Cancelled);

    public static readonly StateMachine<MeasureState> Measure = new("мероприятия", new Dictionary<MeasureState, MeasureState[]>
    {
        [MeasureState.Planned] = [MeasureState.InProgress, MeasureState.Cancelled],
        [MeasureState.InProgress] = [MeasureState.Done, MeasureState.Cancelled],
        [MeasureState.Done] = [],
        [MeasureState.Cancelled] = [],
    }, Name, (_, to) => to == MeasureState.Cancelled);

    public static string Name(CycleState state) => state switch
    {
        CycleState.Planning => "планирование",
        CycleState.Monitoring => "мониторинг",
        CycleState.Analysis => "анализ",
        CycleState.Decisions => "решения",
        CycleState.Evaluation => "оценка эффективности",
        CycleState.Closed => "закрыт",
        _ => state.ToString(),
    };

    public static string Name(RecommendationState state) => state switch
    {
        RecommendationState.Draft => "черновик",
        RecommendationState.Approved => "утверждена",
        RecommendationState.Published => "опубликована",
        RecommendationState.Withdrawn => "отозвана",
        _ => state.ToString(),
    };

    public static string Name(DecisionState state) => state switch
    {
        DecisionState.Draft => "проект",
        DecisionState.Adopted => "принято",
        DecisionState.Completed => "исполнено",
        DecisionState.Cancelled => "отменено",
        _ => state.ToString(),
    };

    public static string Name(MeasureState state) => state switch
    {
        MeasureState.Planned => "запланировано",
        MeasureState.InProgress => "выполняется",
        MeasureState.Done => "выполнено",
        MeasureState.Cancelled => "отменено",
        _ => state.ToString(),
    };
}
