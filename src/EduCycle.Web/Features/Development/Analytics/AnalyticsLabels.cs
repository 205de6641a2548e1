using EduCycle.Engine.Development;
using EduCycle.Web.Features.Development.Routes;

namespace EduCycle.Web.Features.Development.Analytics;

/// <summary>Russian names the analytics show (localizer keys on pages, cell text in exports).</summary>
public static class AnalyticsLabels
{
    /// <summary>The competency groups the analytics show, in the seed's order.</summary>
    public static readonly IReadOnlyList<CompetencyGroup> Groups =
        [CompetencyGroup.Subject, CompetencyGroup.Methodical, CompetencyGroup.PsychoPedagogical, CompetencyGroup.Communicative];

    public static string Of(CompetencyGroup group) => group switch
    {
        CompetencyGroup.Subject => "Предметные",
        CompetencyGroup.Methodical => "Методические",
        CompetencyGroup.PsychoPedagogical => "Психолого-педагогические",
        CompetencyGroup.Communicative => "Коммуникативные",
        _ => "Универсальные",
    };

    public static string Of(RouteStatus status) => status switch
    {
        RouteStatus.Draft => "Черновик",
        RouteStatus.Approved => "Утверждён",
        RouteStatus.InProgress => "Выполняется",
        RouteStatus.Completed => "Завершён",
        _ => "Отменён",
    };
}
