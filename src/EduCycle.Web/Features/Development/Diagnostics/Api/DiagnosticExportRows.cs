using EduCycle.Engine.Development;
using EduCycle.Web.Features.Development.Diagnostics.Asset;
using EduCycle.Web.Features.Development.Diagnostics.Results;
using MiniExcelLibs.Attributes;

namespace EduCycle.Web.Features.Development.Diagnostics.Api;

/// <summary>A row of the campaign results export: one attempt of one teacher.</summary>
public sealed class DiagnosticResultExportRow
{
    [ExcelColumn(Name = "ФИО", Width = 36)] public required string Person { get; init; }
    [ExcelColumn(Name = "Организация", Width = 36)] public string? Organisation { get; init; }
    [ExcelColumn(Name = "Муниципалитет", Width = 30)] public string? Municipality { get; init; }
    [ExcelColumn(Name = "Предмет", Width = 20)] public string? Subject { get; init; }
    [ExcelColumn(Name = "Попытка", Width = 14)] public required string Attempt { get; init; }
    [ExcelColumn(Name = "Дата", Width = 12, Format = "dd.MM.yyyy")] public required DateTime TakenOn { get; init; }
    [ExcelColumn(Name = "Предметные, %", Width = 14, Format = "0.00")] public decimal? Subject_ { get; init; }
    [ExcelColumn(Name = "Методические, %", Width = 14, Format = "0.00")] public decimal? Methodical { get; init; }
    [ExcelColumn(Name = "Психолого-педагогические, %", Width = 16, Format = "0.00")] public decimal? PsychoPedagogical { get; init; }
    [ExcelColumn(Name = "Коммуникативные, %", Width = 14, Format = "0.00")] public decimal? Communicative { get; init; }
    [ExcelColumn(Name = "Универсальные, %", Width = 14, Format = "0.00")] public decimal? Universal { get; init; }
    [ExcelColumn(Name = "Уровень", Width = 20)] public required string Outcome { get; init; }
    [ExcelColumn(Name = "В базу аттестации", Width = 12)] public required string Confirmed { get; init; }
    [ExcelColumn(Name = "Нужна повторная", Width = 12)] public required string RepeatRequired { get; init; }
    [ExcelColumn(Name = "Темы дефицитов", Width = 60)] public required string Topics { get; init; }

    public static DiagnosticResultExportRow From(ResultRow r) => new()
    {
        Person = r.PersonName,
        Organisation = r.OrganisationName,
        Municipality = r.MunicipalityName,
        Subject = r.SubjectName,
        Attempt = DevelopmentLabels.Attempt(r.Attempt),
        TakenOn = r.TakenOn.ToDateTime(TimeOnly.MinValue),
        Subject_ = r.Percent(CompetencyGroup.Subject),
        Methodical = r.Percent(CompetencyGroup.Methodical),
        PsychoPedagogical = r.Percent(CompetencyGroup.PsychoPedagogical),
        Communicative = r.Percent(CompetencyGroup.Communicative),
        Universal = r.Percent(CompetencyGroup.Universal),
        Outcome = DevelopmentLabels.Of(r.Outcome),
        Confirmed = r.ConfirmedForAttestation ? "да" : "нет",
        RepeatRequired = r.RepeatRequired ? "да" : "нет",
        Topics = string.Join("; ", r.DeficitTopics),
    };
}

/// <summary>A row of the methodical asset export.</summary>
public sealed class AssetExportRow
{
    [ExcelColumn(Name = "ФИО", Width = 36)] public required string Person { get; init; }
    [ExcelColumn(Name = "Организация", Width = 36)] public string? Organisation { get; init; }
    [ExcelColumn(Name = "Предметные, %", Width = 14, Format = "0.00")] public decimal? Subject { get; init; }
    [ExcelColumn(Name = "Методические, %", Width = 14, Format = "0.00")] public decimal? Methodical { get; init; }
    [ExcelColumn(Name = "Состояние", Width = 30)] public required string State { get; init; }
    [ExcelColumn(Name = "Подтвердил", Width = 20)] public string? ConfirmedBy { get; init; }
    [ExcelColumn(Name = "Дата подтверждения", Width = 14, Format = "dd.MM.yyyy")] public DateTime? ConfirmedAt { get; init; }

    public static AssetExportRow From(AssetRow r) => new()
    {
        Person = r.PersonName,
        Organisation = r.OrganisationName,
        Subject = r.SubjectPercent,
        Methodical = r.MethodicalPercent,
        State = r.IsMember ? (r.IsCandidate ? "в активе" : "в активе (результаты ниже порога)") : "кандидат",
        ConfirmedBy = r.ConfirmedBy,
        ConfirmedAt = r.ConfirmedAt,
    };
}
