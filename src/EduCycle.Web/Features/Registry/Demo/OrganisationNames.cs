namespace EduCycle.Web.Features.Registry.Demo;

/// <summary>Official full and short names of a municipality's organisations, numbered per settlement.</summary>
internal sealed class OrganisationNames(DemoRegionTemplate region, int municipality, DemoRandom random)
{
    private static readonly (string Name, string Short)[] AdditionalTypes =
    [
        ("Дом детского творчества", "ДДТ"), ("Детско-юношеская спортивная школа", "ДЮСШ"), ("Детская школа искусств", "ДШИ"),
        ("Центр детского творчества", "ЦДТ"), ("Станция юных техников", "СЮТ"), ("Детско-юношеский центр", "ДЮЦ"),
        ("Детская музыкальная школа", "ДМШ"), ("Центр информационных технологий", "ЦИТ"),
    ];

    private static readonly string[] VocationalTypes =
    [
        "политехнический колледж", "агропромышленный техникум", "индустриальный техникум", "педагогический колледж",
        "колледж сервиса и технологий", "технологический техникум", "многопрофильный колледж",
    ];

    private readonly Dictionary<(string Settlement, OrganisationKind Kind), int> counters = [];
    private readonly string adjective = region.Municipalities[municipality].Name.Split(' ')[0];

    public (string Full, string Short) School(string settlement, bool rural, int students)
    {
        var n = Count(settlement, OrganisationKind.School);
        if (rural)
        {
            var (type, abbr) = students < 120 && random.Chance(0.5)
                ? ("Основная общеобразовательная школа", "ООШ")
                : ("Средняя общеобразовательная школа", "СОШ");
            var number = n == 1 ? "" : $" № {n}";
            return ($"Муниципальное общеобразовательное учреждение «{type}{number}» {settlement}", $"МОУ {abbr}{number} {settlement}");
        }
        var roll = random.Next();
        return roll switch
        {
            < 0.06 => ($"Муниципальное общеобразовательное учреждение «Гимназия № {n}» {settlement}", $"МОУ «Гимназия № {n}»"),
            < 0.11 => ($"Муниципальное общеобразовательное учреждение «Лицей № {n}» {settlement}", $"МОУ «Лицей № {n}»"),
            < 0.15 => ($"Муниципальное общеобразовательное учреждение «Центр образования № {n}» {settlement}", $"МОУ ЦО № {n}"),
            _ => ($"Муниципальное общеобразовательное учреждение «Средняя общеобразовательная школа № {n}» {settlement}", $"МОУ СОШ № {n}"),
        };
    }

    public (string Full, string Short) Preschool(string settlement, bool rural)
    {
        var n = Count(settlement, OrganisationKind.Preschool);
        var number = rural && n == 1 ? "" : $" № {n}";
        var kind = random.Chance(0.3) ? " комбинированного вида" : "";
        return ($"Муниципальное дошкольное образовательное учреждение «Детский сад{number}{kind}» {settlement}",
            rural ? $"МДОУ «Детский сад{number}» {settlement}" : $"МДОУ «Детский сад{number}»");
    }

    public (string Full, string Short) Additional(string settlement)
    {
        var n = Count(settlement, OrganisationKind.AdditionalEducation) - 1;
        var (type, abbr) = AdditionalTypes[n % AdditionalTypes.Length];
        var number = n < AdditionalTypes.Length ? "" : $" № {n / AdditionalTypes.Length + 1}";
        return ($"Муниципальное учреждение дополнительного образования «{type}{number}» {settlement}", $"МУ ДО «{abbr}{number}» {settlement}");
    }

    public (string Full, string Short) Vocational()
    {
        var n = Count("", OrganisationKind.Vocational) - 1;
        var type = VocationalTypes[n % VocationalTypes.Length];
        var number = n < VocationalTypes.Length ? "" : $" № {n / VocationalTypes.Length + 1}";
        var name = $"{adjective} {type}{number}";
        return ($"Государственное бюджетное профессиональное образовательное учреждение {region.Genitive} «{name}»",
            $"ГБПОУ {region.ShortSuffix} «{name}»");
    }

    private int Count(string settlement, OrganisationKind kind)
    {
        var n = counters.GetValueOrDefault((settlement, kind)) + 1;
        counters[(settlement, kind)] = n;
        return n;
    }
}
