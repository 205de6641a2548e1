using EduCycle.Engine.Development;
using EduCycle.Web.Features.Development.Programmes;

namespace EduCycle.Web.Features.Development.Demo;

/// <summary>
/// The demo's deficit topics, further-training providers (seed 004 ch.4 provider groups, real names) and the templates
/// programmes are made of.
/// </summary>
internal static class DemoCatalogue
{
    public sealed record TopicInfo(string Code, string Name, CompetencyGroup Group, string? Subject = null);

    public static readonly IReadOnlyList<TopicInfo> Topics =
    [
        new("DT-SUB-RUS-1", "Орфографический и пунктуационный анализ текста", CompetencyGroup.Subject, "rus"),
        new("DT-SUB-RUS-2", "Подготовка к итоговому сочинению и заданию 27 ЕГЭ", CompetencyGroup.Subject, "rus"),
        new("DT-SUB-LIT-1", "Анализ художественного текста", CompetencyGroup.Subject, "lit"),
        new("DT-SUB-MATH-1", "Решение задач с параметром", CompetencyGroup.Subject, "math"),
        new("DT-SUB-MATH-2", "Геометрические задачи повышенной сложности", CompetencyGroup.Subject, "math"),
        new("DT-SUB-INF-1", "Программирование и алгоритмизация", CompetencyGroup.Subject, "inf"),
        new("DT-SUB-PHYS-1", "Решение расчётных задач по физике", CompetencyGroup.Subject, "phys"),
        new("DT-SUB-CHEM-1", "Расчётные задачи и химический эксперимент", CompetencyGroup.Subject, "chem"),
        new("DT-SUB-BIO-1", "Генетика и задачи по молекулярной биологии", CompetencyGroup.Subject, "bio"),
        new("DT-SUB-GEO-1", "Работа с картографическими источниками", CompetencyGroup.Subject, "geo"),
        new("DT-SUB-HIST-1", "Работа с историческими источниками", CompetencyGroup.Subject, "hist"),
        new("DT-SUB-SOC-1", "Правовые и экономические понятия курса обществознания", CompetencyGroup.Subject, "soc"),
        new("DT-SUB-ENG-1", "Грамматика и лексика английского языка (уровень B2–C1)", CompetencyGroup.Subject, "eng"),
        new("DT-SUB-PRIM-1", "Методика обучения чтению в начальной школе", CompetencyGroup.Subject, "prim"),
        new("DT-SUB-PRIM-2", "Решение текстовых задач в начальной школе", CompetencyGroup.Subject, "prim"),
        new("DT-SUB-GEN-1", "Содержание федеральной образовательной программы по предмету", CompetencyGroup.Subject),
        new("DT-SUB-GEN-2", "Задания повышенного и высокого уровня сложности ГИА по предмету", CompetencyGroup.Subject),
        new("DT-MET-01", "Формирующее оценивание", CompetencyGroup.Methodical),
        new("DT-MET-02", "Проектирование урока в системно-деятельностном подходе", CompetencyGroup.Methodical),
        new("DT-MET-03", "Формирование функциональной грамотности обучающихся", CompetencyGroup.Methodical),
        new("DT-MET-04", "Разработка рабочей программы по ФОП и ФГОС", CompetencyGroup.Methodical),
        new("DT-MET-05", "Цифровые образовательные ресурсы и ФГИС «Моя школа»", CompetencyGroup.Methodical),
        new("DT-MET-06", "Проектная и исследовательская деятельность обучающихся", CompetencyGroup.Methodical),
        new("DT-MET-07", "Анализ результатов ВПР и ГИА для коррекции обучения", CompetencyGroup.Methodical),
        new("DT-PSY-01", "Обучение детей с ОВЗ в инклюзивном классе", CompetencyGroup.PsychoPedagogical),
        new("DT-PSY-02", "Работа с детьми-инофонами", CompetencyGroup.PsychoPedagogical),
        new("DT-PSY-03", "Профилактика деструктивного поведения обучающихся", CompetencyGroup.PsychoPedagogical),
        new("DT-PSY-04", "Работа с одарёнными обучающимися", CompetencyGroup.PsychoPedagogical),
        new("DT-PSY-05", "Формирование учебной мотивации", CompetencyGroup.PsychoPedagogical),
        new("DT-COM-01", "Взаимодействие с родителями (законными представителями)", CompetencyGroup.Communicative),
        new("DT-COM-02", "Разрешение конфликтных ситуаций и школьная медиация", CompetencyGroup.Communicative),
        new("DT-COM-03", "Профилактика профессионального выгорания, стрессоустойчивость", CompetencyGroup.Communicative),
        new("DT-COM-04", "Организация учебного сотрудничества обучающихся", CompetencyGroup.Communicative),
    ];

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
        new("Формирующее оценивание в условиях реализации ФГОС", Met, ["DT-MET-01"]),
        new("Технологии формирующего оценивания на уроке: практикум", Met, ["DT-MET-01", "DT-MET-02"]),
        new("Проектирование современного урока в системно-деятельностном подходе", Met, ["DT-MET-02"]),
        new("Формирование и оценка функциональной грамотности обучающихся", Met, ["DT-MET-03"]),
        new("Читательская грамотность: стратегии смыслового чтения на всех предметах", Met, ["DT-MET-03"]),
        new("Математическая и естественно-научная грамотность: задания PISA-типа", Met | Sub, ["DT-MET-03", "DT-SUB-GEN-2"]),
        new("Реализация обновлённых ФГОС и ФОП: рабочая программа учителя", Met, ["DT-MET-04", "DT-SUB-GEN-1"]),
        new("Цифровая образовательная среда: ФГИС «Моя школа» в работе учителя", Met, ["DT-MET-05"]),
        new("Дистанционные образовательные технологии в урочной и внеурочной деятельности", Met, ["DT-MET-05"]),
        new("Организация проектной и исследовательской деятельности обучающихся", Met, ["DT-MET-06"]),
        new("Анализ результатов ВПР и ГИА как основа коррекции образовательного процесса", Met, ["DT-MET-07"]),
        new("Инклюзивное образование: обучение детей с ОВЗ в общеобразовательном классе", Psy, ["DT-PSY-01"]),
        new("Адаптированные образовательные программы для обучающихся с ОВЗ", Psy | Met, ["DT-PSY-01", "DT-MET-04"]),
        new("Обучение русскому языку детей-инофонов", Psy | Sub, ["DT-PSY-02"]),
        new("Профилактика деструктивного поведения и буллинга в образовательной среде", Psy | Com, ["DT-PSY-03", "DT-COM-02"]),
        new("Выявление и сопровождение одарённых обучающихся", Psy, ["DT-PSY-04"]),
        new("Психолого-педагогические условия формирования учебной мотивации", Psy, ["DT-PSY-05"]),
        new("Взаимодействие педагога с родителями (законными представителями) обучающихся", Com, ["DT-COM-01"]),
        new("Школьная служба медиации: разрешение конфликтов в образовательной организации", Com, ["DT-COM-02"]),
        new("Профилактика профессионального выгорания педагогов", Com, ["DT-COM-03"]),
        new("Организация учебного сотрудничества и групповой работы на уроке", Com | Met, ["DT-COM-04", "DT-MET-02"]),
        new("Наставничество в образовательной организации: целевая модель", Met | Com, ["DT-COM-04"]),
        new("Классный руководитель: воспитательная работа в современной школе", Psy | Com, ["DT-PSY-03", "DT-COM-01"]),
        new("Подготовка обучающихся к ГИА по русскому языку", Sub | Met, ["DT-SUB-RUS-1", "DT-SUB-RUS-2"], Subject: "rus"),
        new("Итоговое сочинение и сочинение ЕГЭ: методика подготовки", Sub, ["DT-SUB-RUS-2"], Subject: "rus"),
        new("Анализ художественного текста на уроках литературы", Sub, ["DT-SUB-LIT-1"], Subject: "lit"),
        new("Решение задач с параметром: методика обучения", Sub, ["DT-SUB-MATH-1"], Subject: "math"),
        new("Геометрия в 7–11 классах: задачи повышенной сложности", Sub, ["DT-SUB-MATH-2"], Subject: "math"),
        new("Подготовка обучающихся к ГИА по математике", Sub | Met, ["DT-SUB-MATH-1", "DT-SUB-MATH-2", "DT-SUB-GEN-2"], Subject: "math"),
        new("Программирование на Python в школьном курсе информатики", Sub, ["DT-SUB-INF-1"], Subject: "inf"),
        new("Решение расчётных задач по физике в основной и средней школе", Sub, ["DT-SUB-PHYS-1"], Subject: "phys"),
        new("Школьный химический эксперимент и расчётные задачи", Sub, ["DT-SUB-CHEM-1"], Subject: "chem"),
        new("Генетика в школьном курсе биологии", Sub, ["DT-SUB-BIO-1"], Subject: "bio"),
        new("Картографическая грамотность на уроках географии", Sub, ["DT-SUB-GEO-1"], Subject: "geo"),
        new("Работа с историческими источниками на уроках истории", Sub, ["DT-SUB-HIST-1"], Subject: "hist"),
        new("Финансовая и правовая грамотность в курсе обществознания", Sub, ["DT-SUB-SOC-1"], Subject: "soc"),
        new("Английский язык: совершенствование языковой компетенции учителя (B2–C1)", Sub, ["DT-SUB-ENG-1"], Subject: "eng"),
        new("Обучение чтению и работе с текстом в начальной школе", Sub | Met, ["DT-SUB-PRIM-1", "DT-MET-03"], Subject: "prim"),
        new("Текстовые задачи в курсе математики начальной школы", Sub, ["DT-SUB-PRIM-2"], Subject: "prim"),
        new("Подготовка экспертов предметных комиссий ГИА-9 и ГИА-11", Sub, ["DT-SUB-GEN-2"], Expert: ExpertTopic.GiaCommission),
        new("Подготовка экспертов для проведения аттестации педагогических работников", Met, ["DT-MET-07"], Expert: ExpertTopic.AttestationExpert),
        new("Педагогика и методика преподавания в общеобразовательной организации", Met | Psy, ["DT-MET-02", "DT-PSY-05"], ProgrammeKind.Retraining),
        new("Педагогическое образование: учитель начальных классов", Met | Psy | Sub, ["DT-SUB-PRIM-1", "DT-MET-02"], ProgrammeKind.Retraining, Subject: "prim"),
        new("Педагогическое образование: учитель информатики", Sub | Met, ["DT-SUB-INF-1"], ProgrammeKind.Retraining, Subject: "inf"),
        new("Дефектология: олигофренопедагогика и инклюзивное образование", Psy, ["DT-PSY-01"], ProgrammeKind.Retraining),
        new("Менеджмент в образовании", Met | Com, ["DT-COM-01"], ProgrammeKind.Retraining),
    ];

    public const int ProgrammeCount = 120;
}
