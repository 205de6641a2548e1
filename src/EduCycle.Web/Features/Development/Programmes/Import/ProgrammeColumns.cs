using EduCycle.Engine.Development;
using EduCycle.Web.Features.Registry.Import;
using ExpertTopicValue = EduCycle.Web.Features.Development.Programmes.ExpertTopic;
using ModuleValue = EduCycle.Web.Features.Development.Programmes.DiagnosticModules;

namespace EduCycle.Web.Features.Development.Programmes.Import;

/// <summary>Columns of the catalogue file: one row per programme, identified by its code.</summary>
public static class ProgrammeColumns
{
    public static readonly ImportColumn Code = new("Код программы", true);
    public static readonly ImportColumn Name = new("Наименование программы", true);
    public static readonly ImportColumn Provider = new("Организация ДПО", true);
    public static readonly ImportColumn Kind = new("Вид (ПК/ПП)", true);
    public static readonly ImportColumn Hours = new("Объём, часов", true);
    public static readonly ImportColumn Form = new("Форма обучения", true);
    public static readonly ImportColumn ELearning = new("Электронное обучение (да/нет)", false);
    public static readonly ImportColumn FederalRegistry = new("В федеральном реестре (да/нет)", false);
    public static readonly ImportColumn StressModule = new("Модуль профилактики профессионального выгорания (да/нет)", false);
    public static readonly ImportColumn DiagnosticModules = new("Диагностические модули", false);
    public static readonly ImportColumn PreCourse = new("Основана на докурсовой диагностике (да/нет)", false);
    public static readonly ImportColumn Targeted = new("Адресная (да/нет)", false);
    public static readonly ImportColumn Growth = new("Стимулирует профессиональный рост (да/нет)", false);
    public static readonly ImportColumn Pedagogical = new("Педагогическая направленность ПП (да/нет)", false);
    public static readonly ImportColumn SchoolRequest = new("По запросам школ (да/нет)", false);
    public static readonly ImportColumn ExpertTopic = new("Экспертная тематика", false);
    public static readonly ImportColumn Groups = new("Группы компетенций", false);
    public static readonly ImportColumn Topics = new("Коды тем дефицитов", false);
    public static readonly ImportColumn Subject = new("Предмет (код)", false);
    public static readonly ImportColumn Annotation = new("Аннотация", false);

    public static readonly IReadOnlyList<ImportColumn> All =
    [
        Code, Name, Provider, Kind, Hours, Form, ELearning, FederalRegistry, StressModule, DiagnosticModules, PreCourse, Targeted,
        Growth, Pedagogical, SchoolRequest, ExpertTopic, Groups, Topics, Subject, Annotation,
    ];

    public static readonly IReadOnlyList<(string Text, ProgrammeKind Value)> Kinds =
    [
        ("ПК", ProgrammeKind.Upskilling), ("ПП", ProgrammeKind.Retraining),
        ("повышение квалификации", ProgrammeKind.Upskilling), ("профессиональная переподготовка", ProgrammeKind.Retraining),
    ];

    public static readonly IReadOnlyList<(string Text, StudyForm Value)> Forms =
    [
        ("очная", StudyForm.FullTime), ("очно-заочная", StudyForm.PartTime), ("дистанционная", StudyForm.Distance),
        ("очная с применением ДОТ", StudyForm.Blended),
    ];

    public static readonly IReadOnlyList<(string Text, ExpertTopicValue Value)> ExpertTopics =
        [("нет", ExpertTopicValue.None), ("ГИА", ExpertTopicValue.GiaCommission), ("аттестация", ExpertTopicValue.AttestationExpert)];

    public static readonly IReadOnlyList<(string Text, ModuleValue Value)> Modules =
    [
        ("входной", ModuleValue.Entry), ("текущий", ModuleValue.Current),
        ("итоговый", ModuleValue.Exit),
    ];

    public static readonly IReadOnlyList<(string Text, CompetencyGroup Value)> GroupChoices =
        Enum.GetValues<CompetencyGroup>().Select(g => (DevelopmentLabels.Of(g), g)).ToList();

    public static string Hint(ImportColumn c)
    {
        if (c == Code) return "уникальный код программы; повторная загрузка с тем же кодом обновляет программу";
        if (c == Provider) return "наименование организации ДПО точно как в списке поставщиков";
        if (c == Kind) return "ПК — повышение квалификации, ПП — профессиональная переподготовка";
        if (c == Hours) return "целое положительное число";
        if (c == Form) return string.Join(", ", Forms.Select(f => f.Text));
        if (c == DiagnosticModules) return "через запятую: входной, текущий, итоговый; пусто — нет";
        if (c == ExpertTopic) return "нет, ГИА (подготовка экспертов предметных комиссий) или аттестация (подготовка экспертов аттестации)";
        if (c == Groups) return "через запятую: " + string.Join(", ", GroupChoices.Select(g => g.Text));
        if (c == Topics) return "коды тем профессиональных дефицитов из справочника через запятую";
        if (c == Subject) return "код предмета из справочника; пусто — для всех предметов";
        if (c.Header.EndsWith("(да/нет)", StringComparison.Ordinal)) return "да или нет; пусто — нет";
        return "текст";
    }
}
