namespace EduCycle.Web.Features.Registry.Demo;

/// <summary>
/// Reference data of the Leningrad region (seed 004): its 17 municipal districts and the Сосновоборский
/// городской округ, grouped into the 5 educational districts named in seed 004 §3. The seed names the
/// districts but not their membership; the grouping below follows geography and is a demo assumption.
/// </summary>
public static class LeningradRegion
{
    public const string Code = "47";
    public const string Name = "Ленинградская область";

    public static readonly IReadOnlyList<string> EducationalDistricts =
        ["Северо-Западный", "Юго-Западный", "Волховский", "Восточный", "Южный"];

    public sealed record MunicipalityInfo(string Code, string Name, string District, MunicipalityKind Kind, int Weight);

    /// <summary>Municipalities with a relative size weight (roughly the number of schools).</summary>
    public static readonly IReadOnlyList<MunicipalityInfo> Municipalities =
    [
        new("47-01", "Бокситогорский муниципальный район", "Восточный", MunicipalityKind.District, 4),
        new("47-02", "Волосовский муниципальный район", "Юго-Западный", MunicipalityKind.District, 4),
        new("47-03", "Волховский муниципальный район", "Волховский", MunicipalityKind.District, 6),
        new("47-04", "Всеволожский муниципальный район", "Северо-Западный", MunicipalityKind.District, 20),
        new("47-05", "Выборгский район", "Северо-Западный", MunicipalityKind.District, 11),
        new("47-06", "Гатчинский муниципальный район", "Южный", MunicipalityKind.District, 12),
        new("47-07", "Кингисеппский муниципальный район", "Юго-Западный", MunicipalityKind.District, 5),
        new("47-08", "Киришский муниципальный район", "Волховский", MunicipalityKind.District, 4),
        new("47-09", "Кировский муниципальный район", "Волховский", MunicipalityKind.District, 6),
        new("47-10", "Лодейнопольский муниципальный район", "Восточный", MunicipalityKind.District, 3),
        new("47-11", "Ломоносовский муниципальный район", "Юго-Западный", MunicipalityKind.District, 6),
        new("47-12", "Лужский муниципальный район", "Южный", MunicipalityKind.District, 6),
        new("47-13", "Подпорожский муниципальный район", "Восточный", MunicipalityKind.District, 3),
        new("47-14", "Приозерский муниципальный район", "Северо-Западный", MunicipalityKind.District, 5),
        new("47-15", "Сланцевский муниципальный район", "Юго-Западный", MunicipalityKind.District, 3),
        new("47-16", "Сосновоборский городской округ", "Юго-Западный", MunicipalityKind.CityDistrict, 3),
        new("47-17", "Тихвинский муниципальный район", "Восточный", MunicipalityKind.District, 5),
        new("47-18", "Тосненский муниципальный район", "Южный", MunicipalityKind.District, 7),
    ];

    /// <summary>School subjects used by staff records and vacancies.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Subjects =
    [
        ("rus", "Русский язык"), ("lit", "Литература"), ("math", "Математика"), ("inf", "Информатика"),
        ("phys", "Физика"), ("chem", "Химия"), ("bio", "Биология"), ("geo", "География"),
        ("hist", "История"), ("soc", "Обществознание"), ("eng", "Английский язык"), ("ger", "Немецкий язык"),
        ("prim", "Начальные классы"), ("pe", "Физическая культура"), ("art", "Изобразительное искусство"),
        ("mus", "Музыка"), ("tech", "Труд (технология)"), ("obzr", "ОБЗР"), ("preschool", "Дошкольное образование"),
        ("addedu", "Дополнительное образование"),
    ];
}
