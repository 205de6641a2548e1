using EduCycle.Engine.Instruments;
using EduCycle.Web.Infrastructure;

namespace EduCycle.Web.Features.Instruments.Pages;

/// <summary>Russian names of the instrument enums (localisation keys).</summary>
public static class InstrumentLabels
{
    public static string Of(InstrumentKind kind) => kind switch
    {
        InstrumentKind.Checklist => "Чек-лист",
        InstrumentKind.Expertise => "Экспертиза",
        InstrumentKind.SelfAssessment => "Самооценка",
        InstrumentKind.Questionnaire => "Анкета",
        InstrumentKind.Framework => "Критерии эффективности",
        InstrumentKind.Test => "Тест",
        _ => kind.ToString(),
    };

    public static string Of(AssessedSubject subject) => subject switch
    {
        AssessedSubject.Organisation => "Организация",
        AssessedSubject.Municipality => "Муниципалитет",
        AssessedSubject.Person => "Работник",
        AssessedSubject.Programme => "Программа ДПО",
        _ => subject.ToString(),
    };

    public static string Of(InstrumentOrigin origin) => origin switch
    {
        InstrumentOrigin.Shipped => "поставлена с системой",
        InstrumentOrigin.Edited => "создана в системе",
        _ => origin.ToString(),
    };

    public static string Of(AssignmentStatus status) => status switch
    {
        AssignmentStatus.Assigned => "назначено",
        AssignmentStatus.Draft => "заполняется",
        AssignmentStatus.Submitted => "отправлено на экспертизу",
        AssignmentStatus.Reviewed => "согласовано",
        AssignmentStatus.Locked => "закрыто",
        _ => status.ToString(),
    };

    /// <summary>A band's range: «30–42», «до 26», «от 60».</summary>
    public static string Range(Band band) => (band.From, band.To) switch
    {
        ({ } from, { } to) => $"{Number(from)}–{Number(to)}",
        (null, { } to) => $"до {Number(to)}",
        ({ } from, null) => $"от {Number(from)}",
        _ => "любое значение",
    };

    public static string Number(decimal value) => value.ToString("0.##", InfrastructureSetup.Russian);
}
