namespace EduCycle.Web.Features.Registry;

/// <summary>Kind of educational organisation (DOMAIN §2).</summary>
public enum OrganisationKind
{
    /// <summary>General school («общеобразовательная организация», ОО).</summary>
    School = 1,
    /// <summary>Preschool («дошкольная образовательная организация», ДОО).</summary>
    Preschool = 2,
    /// <summary>Additional education («организация дополнительного образования», ДО).</summary>
    AdditionalEducation = 3,
    /// <summary>Vocational («профессиональная образовательная организация», СПО).</summary>
    Vocational = 4,
    /// <summary>Further-training provider («организация ДПО»: ЛОИРО, ЦНППМ, universities).</summary>
    FurtherTraining = 5,
}

/// <summary>Municipality kind: municipal district or city district («городской округ»).</summary>
public enum MunicipalityKind
{
    District = 1,
    CityDistrict = 2,
}

/// <summary>Innovation platform level («инновационная площадка»).</summary>
public enum InnovationLevel
{
    None = 0,
    Municipal = 1,
    Regional = 2,
    Federal = 3,
}

public enum Sex
{
    Female = 1,
    Male = 2,
}

/// <summary>Education level («уровень образования»).</summary>
public enum EducationLevel
{
    Higher = 1,
    SecondaryVocational = 2,
    Other = 3,
}

/// <summary>Qualification category («квалификационная категория»).</summary>
public enum QualificationCategory
{
    None = 0,
    First = 1,
    Highest = 2,
}

/// <summary>Position of a pedagogical or managerial worker.</summary>
public enum Position
{
    Teacher = 1,
    PreschoolTeacher = 2,
    AdditionalEducationTeacher = 3,
    Head = 4,
    DeputyHead = 5,
    Methodist = 6,
    Psychologist = 7,
    Tutor = 8,
    SocialPedagogue = 9,
    SpeechTherapist = 10,
    Lecturer = 11,
}
