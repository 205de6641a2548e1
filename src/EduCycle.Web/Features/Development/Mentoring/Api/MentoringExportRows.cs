using MiniExcelLibs.Attributes;

namespace EduCycle.Web.Features.Development.Mentoring.Api;

public sealed class PairExportRow
{
    [ExcelColumn(Name = "Организация", Width = 36)] public required string Organisation { get; init; }
    [ExcelColumn(Name = "Наставник", Width = 36)] public required string Mentor { get; init; }
    [ExcelColumn(Name = "Наставляемый", Width = 36)] public required string Mentee { get; init; }
    [ExcelColumn(Name = "Форма", Width = 26)] public required string Form { get; init; }
    [ExcelColumn(Name = "С", Format = "dd.MM.yyyy", Width = 12)] public required DateTime Start { get; init; }
    [ExcelColumn(Name = "По", Format = "dd.MM.yyyy", Width = 12)] public required DateTime End { get; init; }
    [ExcelColumn(Name = "Статус", Width = 20)] public required string Status { get; init; }
    [ExcelColumn(Name = "Встреч", Width = 10)] public required int Meetings { get; init; }
    [ExcelColumn(Name = "План", Width = 50)] public required string Plan { get; init; }
    [ExcelColumn(Name = "Результат", Width = 50)] public required string Outcome { get; init; }

    public static PairExportRow From(PairRow r) => new()
    {
        Organisation = r.OrganisationName,
        Mentor = r.MentorName,
        Mentee = r.MenteeName,
        Form = DevelopmentLabels.Of(r.Form),
        Start = r.From.ToDateTime(TimeOnly.MinValue),
        End = r.To.ToDateTime(TimeOnly.MinValue),
        Status = DevelopmentLabels.Of(r.Status),
        Meetings = r.Meetings,
        Plan = r.Plan ?? "",
        Outcome = r.Outcome ?? "",
    };
}

public sealed class YoungTeacherExportRow
{
    [ExcelColumn(Name = "Муниципалитет", Width = 30)] public required string Municipality { get; init; }
    [ExcelColumn(Name = "Организация", Width = 36)] public required string Organisation { get; init; }
    [ExcelColumn(Name = "ФИО", Width = 36)] public required string Name { get; init; }
    [ExcelColumn(Name = "Возраст, лет", Width = 12)] public required int Age { get; init; }
    [ExcelColumn(Name = "Стаж, лет", Width = 10)] public required int Experience { get; init; }
    [ExcelColumn(Name = "Наставник", Width = 12)] public required string Mentor { get; init; }
    [ExcelColumn(Name = "Школа молодого педагога", Width = 16)] public required string Community { get; init; }
    [ExcelColumn(Name = "Охвачен поддержкой", Width = 14)] public required string Supported { get; init; }

    public static YoungTeacherExportRow From(YoungTeacherRow r) => new()
    {
        Municipality = r.Municipality,
        Organisation = r.Organisation,
        Name = r.Name,
        Age = r.Age,
        Experience = r.ExperienceYears,
        Mentor = r.HasMentor ? "да" : "нет",
        Community = r.InYoungTeachersCommunity ? "да" : "нет",
        Supported = r.IsSupported ? "да" : "нет",
    };
}
