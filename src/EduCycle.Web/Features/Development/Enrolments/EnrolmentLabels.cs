namespace EduCycle.Web.Features.Development.Enrolments;

public static class EnrolmentLabels
{
    public static string Of(EnrolmentStatus status) => status switch
    {
        EnrolmentStatus.Planned => "запланировано",
        EnrolmentStatus.Studying => "обучается",
        EnrolmentStatus.Completed => "завершено",
        EnrolmentStatus.NotCompleted => "не завершено",
        EnrolmentStatus.Withdrawn => "отчислен / отказался",
        _ => status.ToString(),
    };

    public static string Of(FormStatus status) => status switch
    {
        FormStatus.Draft => "черновик",
        FormStatus.Submitted => "отправлено",
        FormStatus.Signed => "подписано руководителем",
        _ => status.ToString(),
    };
}
