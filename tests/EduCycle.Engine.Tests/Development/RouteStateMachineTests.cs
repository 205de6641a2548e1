using EduCycle.Engine.Development;

namespace EduCycle.Engine.Tests.Development;

public sealed class RouteStateMachineTests
{
    [Theory]
    [InlineData(RouteStatus.Draft, RouteStatus.Approved)]
    [InlineData(RouteStatus.Approved, RouteStatus.InProgress)]
    [InlineData(RouteStatus.InProgress, RouteStatus.Completed)]
    public void The_forward_path_needs_no_reason(RouteStatus from, RouteStatus to) =>
        Assert.Null(RouteStateMachine.Refusal(from, to, null));

    [Theory]
    [InlineData(RouteStatus.Draft, RouteStatus.Cancelled)]
    [InlineData(RouteStatus.Approved, RouteStatus.Cancelled)]
    [InlineData(RouteStatus.InProgress, RouteStatus.Cancelled)]
    [InlineData(RouteStatus.Approved, RouteStatus.Draft)]
    public void Cancelling_and_returning_for_revision_need_a_reason(RouteStatus from, RouteStatus to)
    {
        Assert.Equal($"Для перехода из состояния «{RouteStateMachine.Name(from)}» в состояние «{RouteStateMachine.Name(to)}» укажите причину",
            RouteStateMachine.Refusal(from, to, "  "));
        Assert.Null(RouteStateMachine.Refusal(from, to, "учитель уволился"));
    }

    [Fact]
    public void Every_other_move_is_refused_naming_both_states()
    {
        var allowed = new HashSet<(RouteStatus, RouteStatus)>
        {
            (RouteStatus.Draft, RouteStatus.Approved), (RouteStatus.Approved, RouteStatus.InProgress), (RouteStatus.InProgress, RouteStatus.Completed),
            (RouteStatus.Draft, RouteStatus.Cancelled), (RouteStatus.Approved, RouteStatus.Cancelled), (RouteStatus.InProgress, RouteStatus.Cancelled),
            (RouteStatus.Approved, RouteStatus.Draft),
        };
        var refused = 0;
        foreach (var from in Enum.GetValues<RouteStatus>())
        foreach (var to in Enum.GetValues<RouteStatus>())
        {
            if (allowed.Contains((from, to))) { Assert.True(RouteStateMachine.Allows(from, to)); continue; }
            refused++;
            Assert.False(RouteStateMachine.Allows(from, to));
            Assert.Equal($"Переход маршрута из состояния «{RouteStateMachine.Name(from)}» в состояние «{RouteStateMachine.Name(to)}» недопустим",
                RouteStateMachine.Refusal(from, to, "причина"));
        }
        Assert.Equal(25 - 7, refused);
    }

    [Fact]
    public void A_completed_route_is_refused_with_the_russian_names()
    {
        Assert.Equal("Переход маршрута из состояния «завершён» в состояние «черновик» недопустим",
            RouteStateMachine.Refusal(RouteStatus.Completed, RouteStatus.Draft, "причина"));
        Assert.Empty(RouteStateMachine.Next(RouteStatus.Completed));
        Assert.Empty(RouteStateMachine.Next(RouteStatus.Cancelled));
    }
}
