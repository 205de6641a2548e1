using EduCycle.Web.Features.Development.Mentoring;
namespace EduCycle.Web.Features.Development;

/// <summary>Russian names of the mentoring enumerations, shared by pages and exports.</summary>
public static partial class DevelopmentLabels
{
    public static string Of(MentoringForm form) => form switch
    {
        MentoringForm.TeacherTeacher => "Педагог — педагог",
        MentoringForm.HeadTeacher => "Руководитель — педагог",
        MentoringForm.Group => "Групповое наставничество",
        _ => form.ToString(),
    };

    public static string Of(MentoringStatus status) => status switch
    {
        MentoringStatus.Active => "Действует",
        MentoringStatus.Completed => "Завершена",
        MentoringStatus.Terminated => "Прекращена досрочно",
        _ => status.ToString(),
    };
}
