using EduCycle.Engine.Development;
using EduCycle.Web.Features.Development.Programmes;

namespace EduCycle.Web.Features.Development.Demo;

/// <summary>
/// The demo's further-training providers (seed 004 ch.4 provider groups, real names) and the templates
/// programmes are made of; programmes address the shipped deficit topics (methodology/development/deficit-topics.json).
/// </summary>
internal static class DemoCatalogue
{
    public sealed record ProviderInfo(string Name, ProviderGroup Group, double Weight, string Short);

    public static readonly IReadOnlyList<ProviderInfo> Providers =
    [
        new("ГАОУ ДПО «Ленинградский областной институт развития образования»", ProviderGroup.RegionalInstitute, 45, "ЛОИРО"),
        new("ГАОУ ВО ЛО «Ленинградский государственный университет имени А.С. Пушкина»", ProviderGroup.University, 14, "ЛГУ"),
        new("ГБУ ДПО «Санкт-Петербургская академия постдипломного педагогического образования имени К.Д. Ушинского»", ProviderGroup.SaintPetersburg, 8, "СПбАППО"),
        new("ФГБОУ ВО «Российский государственный педагогический университет им. А.И. Герцена»", ProviderGroup.SaintPetersburg, 6, "РГПУ"),
        new("ФГАОУ ДПО «Академия реализации государственной политики и профессионального развития работников образования Министерства просвещения Российской Федерации»", ProviderGroup.Moscow, 8, "АМП"),
        new("ГАОУ ВО «Московский городской педагогический университет»", ProviderGroup.Moscow, 4, "МГПУ"),
        new("ГОУ ВО МО «Государственный гуманитарно-технологический университет»", ProviderGroup.MoscowOblast, 3, "ГГТУ"),
        new("ООО «Центр инновационного образования и воспитания» (г. Саратов)", ProviderGroup.OtherRegion, 5, "ЦИОВ"),
        new("АНО ДПО «Институт современного образования» (г. Воронеж)", ProviderGroup.OtherRegion, 4, "ИСО"),
        new("Cambridge Assessment English (Великобритания)", ProviderGroup.Foreign, 2, "CAE"),
    ];

    /// <summary>A programme template: a title with <c>{0}</c> for a subject's name in the genitive where it is subject-bound.</summary>
    public sealed record ProgrammeTemplate(string Title, CompetencyGroups Groups, string[] Topics, ProgrammeKind Kind = ProgrammeKind.Upskilling,
        ExpertTopic Expert = ExpertTopic.None, string? Subject = null);

    private const CompetencyGroups Met = CompetencyGroups.Methodical, Psy = CompetencyGroups.PsychoPedagogical,
        Com = CompetencyGroups.Communicative, Sub = CompetencyGroups.Subject;

    public static readonly IReadOnlyList<ProgrammeTemplate> Templates =
    [
        new("Формирующее оценивание в условиях реализации ФГОС", Met, ["meth-formative-assessment"]),
        new("Технологии формирующего оценивания на уроке: практикум", Met, ["meth-formative-assessment", "meth-lesson-design"]),
        new("Проектирование современного урока в системно-деятельностном подходе", Met, ["meth-lesson-design"]),
        new("Формирование и оценка функциональной грамотности обучающихся", Met, ["meth-functional-literacy"]),
        new("Читательская грамотность: стратегии смыслового чтения на всех предметах", Met, ["meth-functional-literacy"]),
        new("Математическая и естественно-научная грамотность: задания PISA-типа", Met | Sub, ["meth-functional-literacy", "subj-fgos-content"]),
        new("Реализация обновлённых ФГОС и ФОП: рабочая программа учителя", Met, ["meth-work-program", "subj-fgos-content"]),
        new("Цифровая образовательная среда: ФГИС «Моя школа» в работе учителя", Met, ["meth-digital-tools"]),
        new("Дистанционные образовательные технологии в урочной и внеурочной деятельности", Met, ["meth-digital-tools"]),
        new("Организация проектной и исследовательской деятельности обучающихся", Met, ["meth-project-research"]),
        new("Анализ результатов ВПР и ГИА как основа коррекции образовательного процесса", Met, ["meth-vpr-results"]),
        new("Инклюзивное образование: обучение детей с ОВЗ в общеобразовательном классе", Psy, ["psy-special-needs"]),
        new("Адаптированные образовательные программы для обучающихся с ОВЗ", Psy | Met, ["psy-special-needs", "meth-work-program"]),
        new("Обучение русскому языку детей-инофонов", Psy | Sub, ["psy-non-native"]),
        new("Профилактика деструктивного поведения и буллинга в образовательной среде", Psy | Com, ["psy-behaviour", "com-parents-conflict"]),
        new("Выявление и сопровождение одарённых обучающихся", Psy, ["psy-gifted"]),
        new("Психолого-педагогические условия формирования учебной мотивации", Psy, ["psy-age-features"]),
        new("Взаимодействие педагога с родителями (законными представителями) обучающихся", Com, ["com-parents-involvement"]),
        new("Школьная служба медиации: разрешение конфликтов в образовательной организации", Com, ["com-parents-conflict"]),
        new("Профилактика профессионального выгорания педагогов", Com, ["psy-burnout"]),
        new("Организация учебного сотрудничества и групповой работы на уроке", Com | Met, ["com-class-management", "meth-lesson-design"]),
        new("Наставничество в образовательной организации: целевая модель", Met | Com, ["com-class-management"]),
        new("Классный руководитель: воспитательная работа в современной школе", Psy | Com, ["psy-behaviour", "com-parents-involvement"]),
        new("Подготовка обучающихся к ГИА по русскому языку", Sub | Met, ["subj-rus-punctuation", "subj-rus-essay"], Subject: "rus"),
        new("Итоговое сочинение и сочинение ЕГЭ: методика подготовки", Sub, ["subj-rus-essay"], Subject: "rus"),
        new("Анализ художественного текста на уроках литературы", Sub, ["subj-lit-interpretation"], Subject: "lit"),
        new("Решение задач с параметром: методика обучения", Sub, ["subj-math-profile-ege"], Subject: "math"),
        new("Геометрия в 7–11 классах: задачи повышенной сложности", Sub, ["subj-math-geometry"], Subject: "math"),
        new("Подготовка обучающихся к ГИА по математике", Sub | Met, ["subj-math-profile-ege", "subj-math-geometry", "subj-fgos-content"], Subject: "math"),
        new("Программирование на Python в школьном курсе информатики", Sub, ["subj-inf-programming"], Subject: "inf"),
        new("Решение расчётных задач по физике в основной и средней школе", Sub, ["subj-phys-experiment"], Subject: "phys"),
        new("Школьный химический эксперимент и расчётные задачи", Sub, ["subj-chem-calculation"], Subject: "chem"),
        new("Генетика в школьном курсе биологии", Sub, ["subj-bio-genetics"], Subject: "bio"),
        new("Картографическая грамотность на уроках географии", Sub, ["subj-geo-maps"], Subject: "geo"),
        new("Работа с историческими источниками на уроках истории", Sub, ["subj-hist-sources"], Subject: "hist"),
        new("Финансовая и правовая грамотность в курсе обществознания", Sub, ["subj-soc-law"], Subject: "soc"),
        new("Английский язык: совершенствование языковой компетенции учителя (B2–C1)", Sub, ["subj-eng-speaking"], Subject: "eng"),
        new("Обучение чтению и работе с текстом в начальной школе", Sub | Met, ["subj-prim-reading", "meth-functional-literacy"], Subject: "prim"),
        new("Текстовые задачи в курсе математики начальной школы", Sub, ["subj-prim-reading"], Subject: "prim"),
        new("Подготовка экспертов предметных комиссий ГИА-9 и ГИА-11", Sub, ["subj-fgos-content"], Expert: ExpertTopic.GiaCommission),
        new("Подготовка экспертов для проведения аттестации педагогических работников", Met, ["meth-vpr-results"], Expert: ExpertTopic.AttestationExpert),
        new("Педагогика и методика преподавания в общеобразовательной организации", Met | Psy, ["meth-lesson-design", "psy-age-features"], ProgrammeKind.Retraining),
        new("Педагогическое образование: учитель начальных классов", Met | Psy | Sub, ["subj-prim-reading", "meth-lesson-design"], ProgrammeKind.Retraining, Subject: "prim"),
        new("Педагогическое образование: учитель информатики", Sub | Met, ["subj-inf-programming"], ProgrammeKind.Retraining, Subject: "inf"),
        new("Дефектология: олигофренопедагогика и инклюзивное образование", Psy, ["psy-special-needs"], ProgrammeKind.Retraining),
        new("Менеджмент в образовании", Met | Com, ["com-parents-involvement"], ProgrammeKind.Retraining),
    ];

    public const int ProgrammeCount = 120;
}
