using EduCycle.Web.Features.Development.Programmes;
using EduCycle.Engine.Development;

namespace EduCycle.Web.Features.Development;

/// <summary>Russian texts of the catalogue's values, shared by pages, exports, the import and documents.</summary>
public static partial class DevelopmentLabels
{
    public static string Of(ProviderGroup group) => group switch
    {
        ProviderGroup.RegionalInstitute => "ЛОИРО / ЦНППМ",
        ProviderGroup.University => "ЛГУ имени А.С. Пушкина",
        ProviderGroup.SaintPetersburg => "ОО Санкт-Петербурга",
        ProviderGroup.Moscow => "ОО Москвы",
        ProviderGroup.MoscowOblast => "ОО Московской области",
        ProviderGroup.OtherRegion => "ОО иных регионов РФ",
        ProviderGroup.Foreign => "Зарубежные ОО",
        _ => group.ToString(),
    };

    public static string Of(ProgrammeKind kind) => kind == ProgrammeKind.Upskilling ? "ПК" : "ПП";

    public static string LongOf(ProgrammeKind kind) =>
        kind == ProgrammeKind.Upskilling ? "Повышение квалификации" : "Профессиональная переподготовка";

    public static string Of(StudyForm form) => form switch
    {
        StudyForm.FullTime => "очная",
        StudyForm.PartTime => "очно-заочная",
        StudyForm.Distance => "дистанционная",
        StudyForm.Blended => "очная с применением ДОТ",
        _ => form.ToString(),
    };

    public static string Of(ExpertTopic topic) => topic switch
    {
        ExpertTopic.None => "нет",
        ExpertTopic.GiaCommission => "подготовка экспертов предметных комиссий ГИА",
        ExpertTopic.AttestationExpert => "подготовка экспертов аттестации",
        _ => topic.ToString(),
    };

    public static string OfModule(DiagnosticModules module) => module switch
    {
        DiagnosticModules.Entry => "входной",
        DiagnosticModules.Current => "текущий",
        DiagnosticModules.Exit => "итоговый",
        _ => module.ToString(),
    };

    public static string Of(DiagnosticModules modules) =>
        modules == DiagnosticModules.None ? "нет" : string.Join(", ", DiagnosticModuleValues.Where(m => modules.HasFlag(m)).Select(m => OfModule(m)));

    public static readonly IReadOnlyList<DiagnosticModules> DiagnosticModuleValues =
        [DiagnosticModules.Entry, DiagnosticModules.Current, DiagnosticModules.Exit];

    /// <summary>The group's name as in the diagnostics («предметные» …).</summary>
    /// <summary>The competency as named in the seed 003 forms («предметной компетенции» → «предметная компетенция»).</summary>
    public static string Competency(CompetencyGroup group) => group switch
    {
        CompetencyGroup.Subject => "предметная компетенция",
        CompetencyGroup.Methodical => "методическая компетенция",
        CompetencyGroup.PsychoPedagogical => "психолого-педагогическая компетенция",
        CompetencyGroup.Communicative => "коммуникативная компетенция",
        CompetencyGroup.Universal => "универсальные компетенции",
        _ => group.ToString(),
    };

    public static string Of(CompetencyGroups groups) =>
        groups == CompetencyGroups.None ? "—" : string.Join(", ", groups.Members().Select(g => DevelopmentLabels.Of(g).ToLowerInvariant()));

    public static string YesNo(bool value) => value ? "да" : "нет";
}
