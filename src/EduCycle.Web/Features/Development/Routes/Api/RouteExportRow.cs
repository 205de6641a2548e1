using EduCycle.Engine.Development;
using MiniExcelLibs.Attributes;

namespace EduCycle.Web.Features.Development.Routes.Api;

/// <summary>A row of the routes export: dates are Excel dates, counts are numbers.</summary>
public sealed class RouteExportRow
{
    [ExcelColumn(Name = "№ маршрута", Width = 12)] public required int Id { get; init; }
    [ExcelColumn(Name = "Педагог", Width = 36)] public required string Person { get; init; }
    [ExcelColumn(Name = "Организация", Width = 36)] public required string Organisation { get; init; }
    [ExcelColumn(Name = "Муниципалитет", Width = 30)] public required string Municipality { get; init; }
    [ExcelColumn(Name = "Состояние", Width = 14)] public required string Status { get; init; }
    [ExcelColumn(Name = "Начало", Format = "dd.MM.yyyy", Width = 12)] public required DateTime PlannedFrom { get; init; }
    [ExcelColumn(Name = "Окончание", Format = "dd.MM.yyyy", Width = 12)] public required DateTime PlannedTo { get; init; }
    [ExcelColumn(Name = "Пунктов", Width = 10)] public required int Items { get; init; }
    [ExcelColumn(Name = "Выполнено", Width = 10)] public required int Done { get; init; }
    [ExcelColumn(Name = "Просрочен", Width = 10)] public required string Overdue { get; init; }

    public static RouteExportRow From(RouteRow row) => new()
    {
        Id = row.Id,
        Person = row.PersonName,
        Organisation = row.OrganisationName,
        Municipality = row.MunicipalityName ?? "",
        Status = RouteStateMachine.Name(row.Status),
        PlannedFrom = row.PlannedFrom.ToDateTime(TimeOnly.MinValue),
        PlannedTo = row.PlannedTo.ToDateTime(TimeOnly.MinValue),
        Items = row.Items,
        Done = row.ItemsDone,
        Overdue = row.Overdue ? "да" : "нет",
    };
}
