using EduCycle.Web.Features.Cycle.Cycles;
using EduCycle.Web.Features.Cycle.Decisions;
using EduCycle.Web.Features.Cycle.Effects;
using EduCycle.Web.Features.Cycle.Findings;
using EduCycle.Web.Features.Cycle.Recommendations;

namespace EduCycle.Web.Features.Cycle;

/// <summary>Russian names of the cycle's kinds (localizer keys on pages, plain text in documents and exports). States: <see cref="Engine.Cycle.CycleStates"/>.</summary>
public static class CycleLabels
{
    public static string Of(CycleArea area) => area switch
    {
        CycleArea.ProfessionalDevelopment => "Профессиональное развитие педагогов",
        CycleArea.MethodicalWork => "Методическая работа",
        CycleArea.LowResults => "Поддержка школ с низкими результатами",
        CycleArea.HeadsEffectiveness => "Эффективность руководителей",
        _ => area.ToString(),
    };

    public static string Of(FindingSource source) => source switch
    {
        FindingSource.OffTarget => "Ниже целевого значения",
        FindingSource.Worsening => "Ухудшение динамики",
        FindingSource.WeakCluster => "Кластер слабых",
        FindingSource.LowBand => "Низкий уровень по инструменту",
        FindingSource.Manual => "Добавлено вручную",
        _ => source.ToString(),
    };

    public static string Of(AddresseeKind kind) => kind switch
    {
        AddresseeKind.Communities => "Методическим объединениям и профессиональным сообществам",
        AddresseeKind.Heads => "Руководителям образовательных организаций",
        AddresseeKind.MethodicalService => "Муниципальной методической службе",
        AddresseeKind.Teachers => "Педагогическим работникам",
        _ => kind.ToString(),
    };

    public static string Of(DecisionKind kind) => kind switch
    {
        DecisionKind.Organising => "Организующее",
        DecisionKind.Activating => "Активизирующее",
        DecisionKind.Coordinating => "Координирующее",
        DecisionKind.Controlling => "Контролирующее",
        DecisionKind.Stimulating => "Стимулирующее",
        _ => kind.ToString(),
    };

    public static string Of(DecisionDocumentKind kind) => kind switch
    {
        DecisionDocumentKind.Order => "Приказ",
        DecisionDocumentKind.Directive => "Распоряжение",
        _ => kind.ToString(),
    };

    public static string Of(EffectVerdict verdict) => verdict switch
    {
        EffectVerdict.Effective => "Эффективно",
        EffectVerdict.NotShown => "Эффект не доказан",
        EffectVerdict.Worse => "Стало хуже",
        _ => verdict.ToString(),
    };

    public static string Of(ComparisonMethod method) => method switch
    {
        ComparisonMethod.SameCluster => "Подразделения того же кластера",
        ComparisonMethod.Matching => "Подбор по исходным значениям",
        _ => method.ToString(),
    };
}
