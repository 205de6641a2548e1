using MiniExcelLibs.Attributes;

namespace EduCycle.Web.Features.Development.Communities.Api;

public sealed class CommunityExportRow
{
    [ExcelColumn(Name = "Сообщество", Width = 50)] public required string Name { get; init; }
    [ExcelColumn(Name = "Вид", Width = 24)] public required string Kind { get; init; }
    [ExcelColumn(Name = "Уровень", Width = 16)] public required string Level { get; init; }
    [ExcelColumn(Name = "Муниципалитет", Width = 30)] public required string Municipality { get; init; }
    [ExcelColumn(Name = "Организация", Width = 30)] public required string Organisation { get; init; }
    [ExcelColumn(Name = "Предмет", Width = 20)] public required string Subject { get; init; }
    [ExcelColumn(Name = "Руководитель", Width = 36)] public required string Leader { get; init; }
    [ExcelColumn(Name = "Участников", Width = 12)] public required int Members { get; init; }

    public static CommunityExportRow From(CommunityRow r) => new()
    {
        Name = r.Name,
        Kind = DevelopmentLabels.Of(r.Kind),
        Level = DevelopmentLabels.Of(r.Level),
        Municipality = r.Municipality ?? "",
        Organisation = r.Organisation ?? "",
        Subject = r.Subject ?? "",
        Leader = r.Leader ?? "",
        Members = r.Members,
    };
}

public sealed class EventExportRow
{
    [ExcelColumn(Name = "Дата", Format = "dd.MM.yyyy", Width = 12)] public required DateTime Date { get; init; }
    [ExcelColumn(Name = "Мероприятие", Width = 50)] public required string Name { get; init; }
    [ExcelColumn(Name = "Форма", Width = 20)] public required string Form { get; init; }
    [ExcelColumn(Name = "Уровень", Width = 16)] public required string Level { get; init; }
    [ExcelColumn(Name = "Организатор", Width = 30)] public required string Organiser { get; init; }
    [ExcelColumn(Name = "Муниципалитет", Width = 30)] public required string Municipality { get; init; }
    [ExcelColumn(Name = "Предмет", Width = 20)] public required string Subject { get; init; }
    [ExcelColumn(Name = "Сетевое", Width = 10)] public required string Network { get; init; }
    [ExcelColumn(Name = "Темы", Width = 50)] public required string Topics { get; init; }
    [ExcelColumn(Name = "Участников", Width = 12)] public required int Participants { get; init; }

    public static EventExportRow From(EventRow r) => new()
    {
        Date = r.Date.ToDateTime(TimeOnly.MinValue),
        Name = r.Name,
        Form = DevelopmentLabels.Of(r.Form),
        Level = DevelopmentLabels.Of(r.Level),
        Organiser = r.Organiser ?? "",
        Municipality = r.Municipality ?? "",
        Subject = r.Subject ?? "",
        Network = r.IsNetwork ? "да" : "нет",
        Topics = string.Join("; ", r.Topics),
        Participants = r.Participants,
    };
}

public sealed class DueExportRow
{
    [ExcelColumn(Name = "ФИО", Width = 36)] public required string Name { get; init; }
    [ExcelColumn(Name = "Организация", Width = 30)] public required string Organisation { get; init; }
    [ExcelColumn(Name = "Муниципалитет", Width = 30)] public required string Municipality { get; init; }
    [ExcelColumn(Name = "Категория", Width = 14)] public required string Category { get; init; }
    [ExcelColumn(Name = "Действует до", Format = "dd.MM.yyyy", Width = 14)] public required DateTime ValidTo { get; init; }
    [ExcelColumn(Name = "Осталось дней", Width = 14)] public required int DaysLeft { get; init; }
    [ExcelColumn(Name = "Состояние", Width = 14)] public required string State { get; init; }

    public static DueExportRow From(DueRow r) => new()
    {
        Name = r.Name,
        Organisation = r.Organisation,
        Municipality = r.Municipality,
        Category = DevelopmentLabels.Of(r.Category),
        ValidTo = r.ValidTo.ToDateTime(TimeOnly.MinValue),
        DaysLeft = r.DaysLeft,
        State = r.IsOverdue ? "просрочена" : "подходит срок",
    };
}

public sealed class AttestationExportRow
{
    [ExcelColumn(Name = "ФИО", Width = 36)] public required string Name { get; init; }
    [ExcelColumn(Name = "Категория", Width = 14)] public required string Category { get; init; }
    [ExcelColumn(Name = "Дата решения", Format = "dd.MM.yyyy", Width = 14)] public required DateTime DecidedOn { get; init; }
    [ExcelColumn(Name = "Действует до", Format = "dd.MM.yyyy", Width = 14)] public required DateTime ValidTo { get; init; }
    [ExcelColumn(Name = "Распоряжение №", Width = 18)] public required string OrderNumber { get; init; }

    public static AttestationExportRow From(AttestationRow r) => new()
    {
        Name = r.Name,
        Category = DevelopmentLabels.Of(r.Category),
        DecidedOn = r.DecidedOn.ToDateTime(TimeOnly.MinValue),
        ValidTo = r.ValidTo.ToDateTime(TimeOnly.MinValue),
        OrderNumber = r.OrderNumber ?? "",
    };
}

public sealed class ExpertExportRow
{
    [ExcelColumn(Name = "ФИО", Width = 36)] public required string Name { get; init; }
    [ExcelColumn(Name = "Вид", Width = 34)] public required string Kind { get; init; }
    [ExcelColumn(Name = "Предмет", Width = 20)] public required string Subject { get; init; }
    [ExcelColumn(Name = "С", Format = "dd.MM.yyyy", Width = 12)] public required DateTime Since { get; init; }
    [ExcelColumn(Name = "Действует до", Width = 14)] public required string ValidTo { get; init; }

    public static ExpertExportRow From(ExpertRow r) => new()
    {
        Name = r.Name,
        Kind = DevelopmentLabels.Of(r.Kind),
        Subject = r.Subject ?? "",
        Since = r.Since.ToDateTime(TimeOnly.MinValue),
        ValidTo = r.ValidTo?.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "бессрочно",
    };
}

public sealed class CompetitionExportRow
{
    [ExcelColumn(Name = "Учебный год", Width = 12)] public required string SchoolYear { get; init; }
    [ExcelColumn(Name = "Конкурс", Width = 36)] public required string Competition { get; init; }
    [ExcelColumn(Name = "Уровень", Width = 16)] public required string Level { get; init; }
    [ExcelColumn(Name = "ФИО", Width = 36)] public required string Name { get; init; }
    [ExcelColumn(Name = "Результат", Width = 14)] public required string Result { get; init; }

    public static CompetitionExportRow From(CompetitionRow r) => new()
    {
        SchoolYear = new Engine.Calendar.SchoolYear(r.SchoolYear).ToString(),
        Competition = r.Competition,
        Level = DevelopmentLabels.Of(r.Level),
        Name = r.Name,
        Result = DevelopmentLabels.Of(r.Result),
    };
}
