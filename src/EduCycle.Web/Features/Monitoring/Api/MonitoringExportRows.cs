using EduCycle.Web.Features.Monitoring.Calendar;
using EduCycle.Web.Features.Monitoring.Collection;
using MiniExcelLibs.Attributes;

namespace EduCycle.Web.Features.Monitoring.Api;

public sealed class CalendarExportRow
{
    [ExcelColumn(Name = "Срок", Format = "dd.MM.yyyy", Width = 12)] public required DateTime Due { get; init; }
    [ExcelColumn(Name = "Начало", Format = "dd.MM.yyyy", Width = 12)] public required DateTime Start { get; init; }
    [ExcelColumn(Name = "Муниципалитет", Width = 30)] public required string Municipality { get; init; }
    [ExcelColumn(Name = "Мероприятие", Width = 70)] public required string Name { get; init; }
    [ExcelColumn(Name = "Сроки реализации", Width = 26)] public required string Periodicity { get; init; }
    [ExcelColumn(Name = "Ответственный исполнитель", Width = 40)] public required string Responsible { get; init; }
    [ExcelColumn(Name = "Ожидаемый результат", Width = 40)] public required string ExpectedResult { get; init; }
    [ExcelColumn(Name = "Состояние", Width = 16)] public required string Status { get; init; }
    [ExcelColumn(Name = "Просрочено", Width = 12)] public required string Overdue { get; init; }
    [ExcelColumn(Name = "Выполнено", Format = "dd.MM.yyyy", Width = 12)] public required DateTime? Done { get; init; }
    [ExcelColumn(Name = "Примечание", Width = 40)] public required string Note { get; init; }
    [ExcelColumn(Name = "Источник", Width = 50)] public required string Source { get; init; }

    public static CalendarExportRow From(CalendarRow r) => new()
    {
        Due = r.DueDate.ToDateTime(TimeOnly.MinValue),
        Start = r.StartDate.ToDateTime(TimeOnly.MinValue),
        Municipality = r.Municipality ?? "Регион",
        Name = r.Name,
        Periodicity = r.Periodicity,
        Responsible = r.Responsible,
        ExpectedResult = r.ExpectedResult ?? "",
        Status = MonitoringLabels.Of(r.Status),
        Overdue = r.IsOverdue ? "да" : "",
        Done = r.DoneDate?.ToDateTime(TimeOnly.MinValue),
        Note = r.Note ?? "",
        Source = r.Source,
    };
}

public sealed class ReminderExportRow
{
    [ExcelColumn(Name = "Организация", Width = 40)] public required string Organisation { get; init; }
    [ExcelColumn(Name = "Муниципалитет", Width = 30)] public required string Municipality { get; init; }
    [ExcelColumn(Name = "Состояние", Width = 24)] public required string Status { get; init; }
    [ExcelColumn(Name = "Срок сдачи", Format = "dd.MM.yyyy", Width = 12)] public required DateTime Deadline { get; init; }
    [ExcelColumn(Name = "Дней до срока (минус — просрочка)", Width = 16)] public required int DaysLeft { get; init; }
    [ExcelColumn(Name = "Руководитель", Width = 36)] public required string Head { get; init; }
    [ExcelColumn(Name = "Причина возврата", Width = 40)] public required string ReturnReason { get; init; }

    public static ReminderExportRow From(ReminderRow r) => new()
    {
        Organisation = r.Organisation,
        Municipality = r.Municipality ?? "",
        Status = MonitoringLabels.Of(r.Status, r.Started),
        Deadline = r.Deadline.ToDateTime(TimeOnly.MinValue),
        DaysLeft = r.DaysLeft,
        Head = r.Head ?? "",
        ReturnReason = r.ReturnReason ?? "",
    };
}
