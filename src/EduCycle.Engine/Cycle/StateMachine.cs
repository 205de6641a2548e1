namespace EduCycle.Engine.Cycle;

/// <summary>
/// The allowed moves between the states of one kind of record, with the Russian names of the states and the moves
/// that need a reason. <see cref="Refusal"/> says why a move is refused, naming both states.
/// </summary>
public sealed class StateMachine<TState> where TState : struct, Enum
{
    private readonly IReadOnlyDictionary<TState, TState[]> moves;
    private readonly Func<TState, string> name;
    private readonly Func<TState, TState, bool> needsReason;

    /// <param name="noun">The record in the genitive, as in «Переход цикла из …» («цикла», «решения»).</param>
    public StateMachine(string noun, IReadOnlyDictionary<TState, TState[]> moves, Func<TState, string> name,
        Func<TState, TState, bool>? needsReason = null)
    {
        Noun = noun;
        this.moves = moves;
        this.name = name;
        this.needsReason = needsReason ?? ((_, _) => false);
    }

    public string Noun { get; }

    /// <summary>The states a record in <paramref name="from"/> may move to, in the order a page offers them.</summary>
    public IReadOnlyList<TState> Next(TState from) => moves.TryGetValue(from, out var next) ? next : [];

    public bool Allows(TState from, TState to) => Next(from).Contains(to);

    public bool NeedsReason(TState from, TState to) => needsReason(from, to);

    public string Name(TState state) => name(state);

    /// <summary>Why the move is refused, in Russian; null when it is allowed.</summary>
    public string? Refusal(TState from, TState to, string? reason = null)
    {
        if (!Allows(from, to))
        {
            var allowed = Next(from);
            var options = allowed.Count == 0
                ? "из этого состояния переходов нет"
                : "допустимо: " + string.Join(", ", allowed.Select(s => $"«{Name(s)}»"));
            return $"Переход {Noun} из состояния «{Name(from)}» в состояние «{Name(to)}» недопустим ({options})";
        }
        if (NeedsReason(from, to) && string.IsNullOrWhiteSpace(reason))
            return $"Для перехода {Noun} из состояния «{Name(from)}» в состояние «{Name(to)}» укажите причину";
        return null;
    }
}
