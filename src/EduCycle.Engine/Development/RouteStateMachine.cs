namespace EduCycle.Engine.Development;

/// <summary>
/// The life of a route: Draft → Approved → InProgress → Completed; Draft, Approved and InProgress may be
/// Cancelled, and an Approved route may be returned to Draft for revision. Cancelling and returning need a reason.
/// </summary>
public static class RouteStateMachine
{
    private static readonly Dictionary<RouteStatus, RouteStatus[]> Moves = new()
    {
        [RouteStatus.Draft] = [RouteStatus.Approved, RouteStatus.Cancelled],
        [RouteStatus.Approved] = [RouteStatus.InProgress, RouteStatus.Draft, RouteStatus.Cancelled],
        [RouteStatus.InProgress] = [RouteStatus.Completed, RouteStatus.Cancelled],
        [RouteStatus.Completed] = [],
        [RouteStatus.Cancelled] = [],
    };

    /// <summary>The states a route in <paramref name="from"/> may move to, in the order a page offers them.</summary>
    public static IReadOnlyList<RouteStatus> Next(RouteStatus from) => Moves.TryGetValue(from, out var next) ? next : [];

    public static bool Allows(RouteStatus from, RouteStatus to) => Next(from).Contains(to);

    public static bool NeedsReason(RouteStatus from, RouteStatus to) =>
        to == RouteStatus.Cancelled || (from == RouteStatus.Approved && to == RouteStatus.Draft);

    /// <summary>Why the move is refused, in Russian naming both states; null when it is allowed.</summary>
    public static string? Refusal(RouteStatus from, RouteStatus to, string? reason)
    {
        if (!Allows(from, to))
            return $"Переход маршрута из состояния «{Name(from)}» в состояние «{Name(to)}» недопустим";
        if (NeedsReason(from, to) && string.IsNullOrWhiteSpace(reason))
            return $"Для перехода из состояния «{Name(from)}» в состояние «{Name(to)}» укажите причину";
        return null;
    }

    public static string Name(RouteStatus status) => status switch
    {
        RouteStatus.Draft => "черновик",
        RouteStatus.Approved => "утверждён",
        RouteStatus.InProgress => "выполняется",
        RouteStatus.Completed => "завершён",
        RouteStatus.Cancelled => "отменён",
        _ => status.ToString(),
    };
}
