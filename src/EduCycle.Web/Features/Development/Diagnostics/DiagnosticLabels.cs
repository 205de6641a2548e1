using EduCycle.Web.Features.Development.Diagnostics;
using EduCycle.Engine.Development;

namespace EduCycle.Web.Features.Development;

/// <summary>Russian names of the diagnostics enums (localisation keys), also used by imports and exports.</summary>
public static partial class DevelopmentLabels
{
    public static string Of(DiagnosticOutcome outcome) => outcome switch
    {
        DiagnosticOutcome.Sufficient => "Достаточный",
        DiagnosticOutcome.Acceptable => "Допустимый",
        DiagnosticOutcome.Unsatisfactory => "Неудовлетворительный",
        _ => outcome.ToString(),
    };

    public static string Of(DeficitKind kind) => kind switch
    {
        DeficitKind.GeneralProfessional => "Общепрофессиональный",
        DeficitKind.Individual => "Индивидуальный",
        _ => kind.ToString(),
    };

    public static string Of(DeficitSource source) => source switch
    {
        DeficitSource.Diagnostic => "Диагностика",
        DeficitSource.Inspection => "Контрольно-надзорные мероприятия",
        DeficitSource.AssessmentResults => "Результаты оценочных процедур (ГИА, ВПР)",
        DeficitSource.ContestVideo => "Видеозаписи конкурсных уроков",
        DeficitSource.Questionnaire => "Анкетирование",
        DeficitSource.SelfAnalysis => "Самоанализ",
        _ => source.ToString(),
    };

    /// <summary>Attempt 1 is the entry diagnostic; later ones are numbered repeats.</summary>
    public static string Attempt(int attempt) => attempt <= 1 ? "Входная" : $"Повторная {attempt - 1}";

    /// <summary>Seed 004 ch.4: objective sources give general-professional deficits, questionnaires and self-analysis individual ones.</summary>
    public static DeficitKind KindOf(DeficitSource source) =>
        source is DeficitSource.Questionnaire or DeficitSource.SelfAnalysis ? DeficitKind.Individual : DeficitKind.GeneralProfessional;

    public static DiagnosticOutcome ToOutcome(this DiagnosticLevel level) => (DiagnosticOutcome)(int)level;
}
