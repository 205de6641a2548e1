namespace EduCycle.Web.Features.Monitoring;

/// <summary>Russian names of the monitoring states (localizer keys on pages, plain text in exports).</summary>
public static class MonitoringLabels
{
    public static string Of(SubmissionStatus status, bool started = true) => status switch
    {
        SubmissionStatus.Draft => started ? "Черновик" : "Не начато",
        SubmissionStatus.Submitted => "На проверке",
        SubmissionStatus.Approved => "Утверждено",
        SubmissionStatus.Returned => "Возвращено на доработку",
        _ => status.ToString(),
    };

    public static string Of(MonitoringEventStatus status) => status switch
    {
        MonitoringEventStatus.Planned => "Запланировано",
        MonitoringEventStatus.InProgress => "Выполняется",
        MonitoringEventStatus.Done => "Выполнено",
        MonitoringEventStatus.Cancelled => "Отменено",
        _ => status.ToString(),
    };

    public static string Overdue => "Просрочено";

    /// <summary>«осталось 5 дн.», «срок сегодня», «просрочено на 3 дн.».</summary>
    public static string DaysLeft(int days) => days switch
    {
        > 0 => $"осталось {days} дн.",
        0 => "срок сегодня",
        _ => $"просрочено на {-days} дн.",
    };
}
