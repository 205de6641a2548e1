using EduCycle.Web.Features.Registry.Queries;
using MiniExcelLibs.Attributes;

namespace EduCycle.Web.Features.Registry.Api;

/// <summary>A row of the organisations export (columns in Russian, counts as numbers).</summary>
public sealed class OrganisationExportRow
{
    [ExcelColumn(Name = "Код", Width = 14)] public required string Code { get; init; }
    [ExcelColumn(Name = "Краткое наименование", Width = 40)] public required string ShortName { get; init; }
    [ExcelColumn(Name = "Полное наименование", Width = 60)] public required string FullName { get; init; }
    [ExcelColumn(Name = "Тип", Width = 30)] public required string Kind { get; init; }
    [ExcelColumn(Name = "Муниципалитет", Width = 36)] public required string Municipality { get; init; }
    [ExcelColumn(Name = "Местность", Width = 12)] public required string Locality { get; init; }
    [ExcelColumn(Name = "Обучающихся", Width = 14)] public required int Students { get; init; }
    [ExcelColumn(Name = "Работников", Width = 14)] public required int Staff { get; init; }

    public static OrganisationExportRow From(OrganisationRow row) => new()
    {
        Code = row.ExternalCode,
        ShortName = row.ShortName,
        FullName = row.FullName,
        Kind = RegistryLabels.Of(row.Kind),
        Municipality = row.MunicipalityName,
        Locality = row.IsRural ? "Сельская" : "Городская",
        Students = row.StudentCount,
        Staff = row.StaffCount,
    };
}

/// <summary>A row of the staff export: dates are Excel dates shown dd.MM.yyyy, ages and years are numbers.</summary>
public sealed class PersonExportRow
{
    [ExcelColumn(Name = "ФИО", Width = 36)] public required string FullName { get; init; }
    [ExcelColumn(Name = "Дата рождения", Format = "dd.MM.yyyy", Width = 14)] public required DateTime BirthDate { get; init; }
    [ExcelColumn(Name = "Возраст, лет", Width = 12)] public required int Age { get; init; }
    [ExcelColumn(Name = "Стаж с", Format = "dd.MM.yyyy", Width = 14)] public required DateTime ExperienceSince { get; init; }
    [ExcelColumn(Name = "Стаж, лет", Width = 10)] public required int ExperienceYears { get; init; }
    [ExcelColumn(Name = "Категория", Width = 16)] public required string Category { get; init; }
    [ExcelColumn(Name = "Образование", Width = 24)] public required string Education { get; init; }
    [ExcelColumn(Name = "Организация", Width = 40)] public required string Organisation { get; init; }
    [ExcelColumn(Name = "Должность", Width = 30)] public required string Position { get; init; }

    public static PersonExportRow From(PersonRow row) => new()
    {
        FullName = row.FullName,
        BirthDate = row.BirthDate.ToDateTime(TimeOnly.MinValue),
        Age = row.Age,
        ExperienceSince = row.ExperienceSince.ToDateTime(TimeOnly.MinValue),
        ExperienceYears = row.ExperienceYears,
        Category = RegistryLabels.Of(row.Category),
        Education = RegistryLabels.Of(row.EducationLevel),
        Organisation = row.Workplace?.OrganisationName ?? "",
        Position = row.Workplace is null ? "" : RegistryLabels.Of(row.Workplace.Position),
    };
}
