using EduCycle.Web.Features.Development.Routes;
using EduCycle.Engine.Development;

namespace EduCycle.Web.Features.Development;

/// <summary>Russian names of the route's enumerations, shared by pages, the cabinet and exports.</summary>
public static partial class DevelopmentLabels
{
    public static string Of(RouteStatus status) => status switch
    {
        RouteStatus.Draft => "Черновик",
        RouteStatus.Approved => "Утверждён",
        RouteStatus.InProgress => "Выполняется",
        RouteStatus.Completed => "Завершён",
        RouteStatus.Cancelled => "Отменён",
        _ => status.ToString(),
    };

    /// <summary>The button that moves a route to <paramref name="to"/> from <paramref name="from"/>.</summary>
    public static string Action(RouteStatus from, RouteStatus to) => (from, to) switch
    {
        (RouteStatus.Approved, RouteStatus.Draft) => "Вернуть на доработку",
        (_, RouteStatus.Approved) => "Утвердить",
        (_, RouteStatus.InProgress) => "Начать выполнение",
        (_, RouteStatus.Completed) => "Завершить с повторной диагностикой",
        (_, RouteStatus.Cancelled) => "Отменить маршрут",
        _ => Of(to),
    };

    public static string Of(RouteItemKind kind) => kind switch
    {
        RouteItemKind.Programme => "Программа ДПП",
        RouteItemKind.Seminar => "Семинар",
        RouteItemKind.MasterClass => "Мастер-класс",
        RouteItemKind.OpenLesson => "Открытый урок",
        RouteItemKind.Internship => "Стажировка на инновационной площадке",
        RouteItemKind.Mentoring => "Наставничество",
        RouteItemKind.SelfEducation => "Самообразование",
        RouteItemKind.MethodicalAssociation => "Работа в методическом объединении",
        _ => kind.ToString(),
    };

    public static string Of(RouteItemStatus status) => status switch
    {
        RouteItemStatus.Planned => "Запланирован",
        RouteItemStatus.InProgress => "Выполняется",
        RouteItemStatus.Done => "Выполнен",
        RouteItemStatus.Skipped => "Не выполнен",
        _ => status.ToString(),
    };
}
