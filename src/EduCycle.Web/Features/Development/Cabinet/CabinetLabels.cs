using EduCycle.Web.Features.Development.Communities;
using EduCycle.Web.Features.Development.Diagnostics;
using EduCycle.Web.Features.Development.Enrolments;
using EduCycle.Web.Features.Development.Mentoring;

namespace EduCycle.Web.Features.Development.Cabinet;

/// <summary>Russian names of the enumerations the cabinet shows.</summary>
public static class CabinetLabels
{
    public static string Of(DiagnosticOutcome outcome) => outcome switch
    {
        DiagnosticOutcome.Sufficient => "достаточный уровень",
        DiagnosticOutcome.Acceptable => "допустимый уровень",
        DiagnosticOutcome.Unsatisfactory => "неудовлетворительный уровень",
        _ => outcome.ToString(),
    };

    public static string Of(DeficitKind kind) => kind switch
    {
        DeficitKind.GeneralProfessional => "общепрофессиональный",
        DeficitKind.Individual => "индивидуальный",
        _ => kind.ToString(),
    };

    public static string Of(EnrolmentStatus status) => status switch
    {
        EnrolmentStatus.Planned => "Запланировано",
        EnrolmentStatus.Studying => "Обучается",
        EnrolmentStatus.Completed => "Завершено",
        EnrolmentStatus.NotCompleted => "Не завершено",
        EnrolmentStatus.Withdrawn => "Отчислен",
        _ => status.ToString(),
    };

    public static string Of(MentoringForm form) => form switch
    {
        MentoringForm.TeacherTeacher => "педагог — педагог",
        MentoringForm.HeadTeacher => "руководитель — педагог",
        MentoringForm.Group => "групповое",
        _ => form.ToString(),
    };

    public static string Of(MentoringStatus status) => status switch
    {
        MentoringStatus.Active => "действует",
        MentoringStatus.Completed => "завершено",
        MentoringStatus.Terminated => "прекращено",
        _ => status.ToString(),
    };

    public static string Of(CommunityKind kind) => kind switch
    {
        CommunityKind.SchoolAssociation => "ШМО",
        CommunityKind.DistrictAssociation => "РМО",
        CommunityKind.RegionalAssociation => "РУМО",
        CommunityKind.NetworkCommunity => "Сетевое сообщество",
        CommunityKind.MentorsCommunity => "Сообщество наставников",
        CommunityKind.YoungTeachersSchool => "Школа молодого педагога",
        _ => kind.ToString(),
    };

    public static string Of(EventForm form) => form switch
    {
        EventForm.Seminar => "семинар",
        EventForm.MasterClass => "мастер-класс",
        EventForm.OpenLesson => "открытый урок",
        EventForm.RoundTable => "круглый стол",
        EventForm.MethodicalDay => "методический день",
        EventForm.Conference => "конференция",
        EventForm.Internship => "стажировка",
        EventForm.Webinar => "вебинар",
        _ => form.ToString(),
    };

    public static string Of(ParticipationRole role) => role switch
    {
        ParticipationRole.Participant => "участник",
        ParticipationRole.Speaker => "выступающий",
        ParticipationRole.Organiser => "организатор",
        _ => role.ToString(),
    };
}
