namespace EduCycle.Web.Features.Registry.Demo;

/// <summary>A further-training provider placed in a region (DOMAIN §2: ЛОИРО, ЦНППМ, universities).</summary>
internal sealed record ProviderInfo(string FullName, string ShortName, int MunicipalityIndex, int Trainees);

/// <summary>
/// One region to generate. The first is the Leningrad region with its real municipalities; the others
/// (national scale only) reuse its municipalities as a template under generated names and codes.
/// </summary>
internal sealed record DemoRegionTemplate(
    string Code, int Number, string Name, string Genitive, string ShortSuffix,
    IReadOnlyList<LeningradRegion.MunicipalityInfo> Municipalities, IReadOnlyList<ProviderInfo> Providers)
{
    public static DemoRegionTemplate For(int index)
    {
        if (index == 0)
            return new(LeningradRegion.Code, int.Parse(LeningradRegion.Code, System.Globalization.CultureInfo.InvariantCulture),
                LeningradRegion.Name, "Ленинградской области", "ЛО", LeningradRegion.Municipalities, LeningradProviders);
        var number = index < 47 ? index : index + 1;
        var code = number.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        var name = $"Регион {code}";
        var municipalities = LeningradRegion.Municipalities
            .Select((m, i) => m with { Code = $"{code}-{i + 1:00}", Name = $"{m.Name} ({name})" })
            .ToList();
        ProviderInfo[] providers =
        [
            new($"Государственное автономное образовательное учреждение дополнительного профессионального образования «Институт развития образования» (регион {code})", $"ГАОУ ДПО ИРО (регион {code})", 3, 4000),
            new($"Центр непрерывного повышения профессионального мастерства педагогических работников (регион {code})", $"ЦНППМ (регион {code})", 3, 1500),
            new($"Государственный педагогический университет (регион {code})", $"ГПУ (регион {code})", 5, 2500),
        ];
        return new(code, number, name, $"региона {code}", $"Р{code}", municipalities, providers);
    }

    /// <summary>
    /// The region's further-training providers. ЛОИРО and the university sit in Saint Petersburg, outside
    /// any Leningrad municipality; the demo places them in the Всеволожский район next to the city.
    /// </summary>
    private static readonly ProviderInfo[] LeningradProviders =
    [
        new("Государственное автономное образовательное учреждение дополнительного профессионального образования «Ленинградский областной институт развития образования»", "ГАОУ ДПО «ЛОИРО»", 3, 6000),
        new("Центр непрерывного повышения профессионального мастерства педагогических работников Ленинградской области", "ЦНППМ ЛО", 3, 1800),
        new("Государственное автономное образовательное учреждение высшего образования Ленинградской области «Ленинградский государственный университет имени А.С. Пушкина»", "ГАОУ ВО ЛО «ЛГУ им. А.С. Пушкина»", 3, 2500),
        new("Государственное автономное образовательное учреждение высшего образования Ленинградской области «Государственный институт экономики, финансов, права и технологий»", "ГАОУ ВО ЛО «ГИЭФПТ»", 5, 900),
    ];
}
