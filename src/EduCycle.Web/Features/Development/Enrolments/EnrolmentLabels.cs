using EduCycle.Web.Features.Development.Enrolments;
namespace EduCycle.Web.Features.Development;

public static partial class DevelopmentLabels
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
