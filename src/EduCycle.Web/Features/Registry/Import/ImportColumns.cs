namespace EduCycle.Web.Features.Registry.Import;

/// <summary>A column of an import file: its Russian header is the single name used by templates, parsing and messages.</summary>
public sealed record ImportColumn(string Header, bool Required)
{
    /// <summary>Header comparison tolerant of case, spacing, dash kinds and «ё».</summary>
    public static string Normalise(string header) =>
        string.Join(' ', header.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Replace('–', '-').Replace('—', '-').Replace('ё', 'е').Replace('Ё', 'Е')
            .ToLowerInvariant();

    public override string ToString() => Header;
}

/// <summary>Columns of the organisations file.</summary>
public static class OrganisationColumns
{
    public static readonly ImportColumn Code = new("Код организации (ИНН)", true);
    public static readonly ImportColumn FullName = new("Полное наименование", true);
    public static readonly ImportColumn ShortName = new("Краткое наименование", false);
    public static readonly ImportColumn Kind = new("Тип (ОО/ДОО/ДО/СПО/ДПО)", true);
    public static readonly ImportColumn MunicipalityCode = new("Код муниципалитета", true);
    public static readonly ImportColumn ValidFrom = new("Действует с", false);
    public static readonly ImportColumn IsRural = new("Сельская (да/нет)", false);
    public static readonly ImportColumn StudentCount = new("Численность обучающихся", false);
    public static readonly ImportColumn SocialWellbeingIndex = new("Индекс социального благополучия (0–1)", false);
    public static readonly ImportColumn ShareSpecialNeeds = new("Доля детей с ОВЗ, %", false);
    public static readonly ImportColumn ShareNonNativeRussian = new("Доля детей с неродным русским, %", false);

    public static readonly IReadOnlyList<ImportColumn> All =
    [
        Code, FullName, ShortName, Kind, MunicipalityCode, ValidFrom, IsRural, StudentCount,
        SocialWellbeingIndex, ShareSpecialNeeds, ShareNonNativeRussian,
    ];
}

/// <summary>Columns of the staff file: one row per person and their workplace.</summary>
public static class StaffColumns
{
    public static readonly ImportColumn Snils = new("СНИЛС", true);
    public static readonly ImportColumn LastName = new("Фамилия", true);
    public static readonly ImportColumn FirstName = new("Имя", true);
    public static readonly ImportColumn MiddleName = new("Отчество", false);
    public static readonly ImportColumn BirthDate = new("Дата рождения", true);
    public static readonly ImportColumn Sex = new("Пол (м/ж)", true);
    public static readonly ImportColumn EducationLevel = new("Уровень образования (высшее/СПО/иное)", true);
    public static readonly ImportColumn ExperienceSince = new("Педагогический стаж с", true);
    public static readonly ImportColumn Category = new("Квалификационная категория (нет/первая/высшая)", false);
    public static readonly ImportColumn CategoryDate = new("Дата присвоения категории", false);
    public static readonly ImportColumn OrganisationCode = new("Код организации", true);
    public static readonly ImportColumn Position = new("Должность", true);
    public static readonly ImportColumn IsMain = new("Основное место (да/нет)", false);
    public static readonly ImportColumn StartDate = new("Дата начала работы", true);
    public static readonly ImportColumn Subjects = new("Предметы", false);

    public static readonly IReadOnlyList<ImportColumn> All =
    [
        Snils, LastName, FirstName, MiddleName, BirthDate, Sex, EducationLevel, ExperienceSince, Category, CategoryDate,
        OrganisationCode, Position, IsMain, StartDate, Subjects,
    ];
}

/// <summary>The Russian texts of enumerated values in import files (the first text of each value is the canonical one).</summary>
public static class ImportChoices
{
    public static readonly IReadOnlyList<(string Text, OrganisationKind Value)> OrganisationKinds =
    [
        ("ОО", OrganisationKind.School), ("ДОО", OrganisationKind.Preschool), ("ДО", OrganisationKind.AdditionalEducation),
        ("СПО", OrganisationKind.Vocational), ("ДПО", OrganisationKind.FurtherTraining),
    ];

    public static readonly IReadOnlyList<(string Text, Sex Value)> Sexes =
        [("м", Sex.Male), ("ж", Sex.Female), ("муж", Sex.Male), ("жен", Sex.Female)];

    public static readonly IReadOnlyList<(string Text, EducationLevel Value)> EducationLevels =
        [("высшее", EducationLevel.Higher), ("СПО", EducationLevel.SecondaryVocational), ("иное", EducationLevel.Other)];

    public static readonly IReadOnlyList<(string Text, QualificationCategory Value)> Categories =
        [("нет", QualificationCategory.None), ("первая", QualificationCategory.First), ("высшая", QualificationCategory.Highest)];

    public static readonly IReadOnlyList<(string Text, Position Value)> Positions =
    [
        ("учитель", Position.Teacher), ("воспитатель", Position.PreschoolTeacher), ("педагог ДО", Position.AdditionalEducationTeacher),
        ("руководитель", Position.Head), ("заместитель руководителя", Position.DeputyHead), ("методист", Position.Methodist),
        ("педагог-психолог", Position.Psychologist), ("тьютор", Position.Tutor), ("социальный педагог", Position.SocialPedagogue),
        ("учитель-логопед", Position.SpeechTherapist), ("преподаватель", Position.Lecturer),
        ("педагог дополнительного образования", Position.AdditionalEducationTeacher),
    ];

    public static readonly IReadOnlyList<(string Text, bool Value)> YesNo = [("да", true), ("нет", false)];

    public static string TextOf<T>(IReadOnlyList<(string Text, T Value)> choices, T value) where T : notnull =>
        choices.First(c => c.Value.Equals(value)).Text;
}
