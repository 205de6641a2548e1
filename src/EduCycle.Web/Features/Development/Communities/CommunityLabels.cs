using EduCycle.Web.Features.Development.Communities;
using EduCycle.Web.Features.Development.Programmes;
using EduCycle.Web.Features.Registry;

namespace EduCycle.Web.Features.Development;

/// <summary>Russian names of the communities, events and attestation enumerations, shared by pages and exports.</summary>
public static partial class DevelopmentLabels
{
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

    public static string Of(ActivityLevel level) => level switch
    {
        ActivityLevel.School => "Школьный",
        ActivityLevel.Municipal => "Муниципальный",
        ActivityLevel.Regional => "Региональный",
        ActivityLevel.Federal => "Федеральный",
        _ => level.ToString(),
    };

    public static string Of(MembershipRole role) => role switch
    {
        MembershipRole.Leader => "Руководитель",
        _ => "Участник",
    };

    public static string Of(EventForm form) => form switch
    {
        EventForm.Seminar => "Семинар",
        EventForm.MasterClass => "Мастер-класс",
        EventForm.OpenLesson => "Открытый урок",
        EventForm.RoundTable => "Круглый стол",
        EventForm.MethodicalDay => "Методический день",
        EventForm.Conference => "Конференция",
        EventForm.Internship => "Стажировка",
        EventForm.Webinar => "Вебинар",
        _ => form.ToString(),
    };

    public static string Of(ParticipationRole role) => role switch
    {
        ParticipationRole.Speaker => "Выступающий",
        ParticipationRole.Organiser => "Организатор",
        _ => "Участник",
    };

    public static string Of(CompetitionResult result) => result switch
    {
        CompetitionResult.Winner => "Победитель",
        CompetitionResult.Prizewinner => "Призёр",
        CompetitionResult.Laureate => "Лауреат",
        _ => "Участник",
    };

    public static string Of(QualificationCategory category) => category switch
    {
        QualificationCategory.Highest => "Высшая",
        QualificationCategory.First => "Первая",
        _ => "Без категории",
    };

    /// <summary>The level each kind of association belongs to; network, mentors' and young teachers' communities may be at any level.</summary>
    public static ActivityLevel? RequiredLevel(CommunityKind kind) => kind switch
    {
        CommunityKind.SchoolAssociation => ActivityLevel.School,
        CommunityKind.DistrictAssociation => ActivityLevel.Municipal,
        CommunityKind.RegionalAssociation => ActivityLevel.Regional,
        _ => null,
    };

    /// <summary>Competitions of professional mastery offered in the entry form (any other name may be typed).</summary>
    public static readonly string[] Competitions = ["Учитель года", "Педагогический дебют", "Воспитатель года", "Сердце отдаю детям", "Педагог-психолог", "Лучший учитель (ПМО)"];
}
