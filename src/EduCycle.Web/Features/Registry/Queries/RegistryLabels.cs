using EduCycle.Engine.Registry;

namespace EduCycle.Web.Features.Registry.Queries;

/// <summary>Russian names of the registry's enumerations, shared by pages and exports.</summary>
public static class RegistryLabels
{
    public static string Of(OrganisationKind kind) => kind switch
    {
        OrganisationKind.School => "Общеобразовательная организация",
        OrganisationKind.Preschool => "Дошкольная организация",
        OrganisationKind.AdditionalEducation => "Организация дополнительного образования",
        OrganisationKind.Vocational => "Профессиональная организация",
        OrganisationKind.FurtherTraining => "Организация ДПО",
        _ => kind.ToString(),
    };

    public static string Of(Position position) => position switch
    {
        Position.Teacher => "Учитель",
        Position.PreschoolTeacher => "Воспитатель",
        Position.AdditionalEducationTeacher => "Педагог дополнительного образования",
        Position.Head => "Руководитель",
        Position.DeputyHead => "Заместитель руководителя",
        Position.Methodist => "Методист",
        Position.Psychologist => "Педагог-психолог",
        Position.Tutor => "Тьютор",
        Position.SocialPedagogue => "Социальный педагог",
        Position.SpeechTherapist => "Учитель-логопед",
        Position.Lecturer => "Преподаватель",
        _ => position.ToString(),
    };

    public static string Of(QualificationCategory category) => category switch
    {
        QualificationCategory.None => "Без категории",
        QualificationCategory.First => "Первая",
        QualificationCategory.Highest => "Высшая",
        _ => category.ToString(),
    };

    public static string Of(EducationLevel level) => level switch
    {
        EducationLevel.Higher => "Высшее",
        EducationLevel.SecondaryVocational => "Среднее профессиональное",
        EducationLevel.Other => "Иное",
        _ => level.ToString(),
    };

    public static string Of(Sex sex) => sex == Sex.Female ? "Женский" : "Мужской";

    public static string Of(InnovationLevel level) => level switch
    {
        InnovationLevel.None => "Нет",
        InnovationLevel.Municipal => "Муниципальная",
        InnovationLevel.Regional => "Региональная",
        InnovationLevel.Federal => "Федеральная",
        _ => level.ToString(),
    };

    public static string Of(AgeBand band) => band switch
    {
        AgeBand.Under25 => "До 25 лет",
        AgeBand.From25To34 => "25–34 года",
        AgeBand.From35To59 => "35–59 лет",
        _ => "60 лет и старше",
    };

    public static string Of(ExperienceBand band) => band switch
    {
        ExperienceBand.Under3 => "До 3 лет",
        ExperienceBand.From3To10 => "3–9 лет",
        ExperienceBand.From10To20 => "10–20 лет",
        _ => "Более 20 лет",
    };

    public static string Of(MunicipalityKind kind) => kind == MunicipalityKind.CityDistrict ? "Городской округ" : "Муниципальный район";
}
