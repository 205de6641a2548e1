using EduCycle.Engine.Development;
using MiniExcelLibs.Attributes;

namespace EduCycle.Web.Features.Development.Analytics;

public sealed class HeatCellExportRow
{
    [ExcelColumn(Name = "Предмет", Width = 30)] public required string Subject { get; init; }
    [ExcelColumn(Name = "Группа компетенций", Width = 28)] public required string Group { get; init; }
    [ExcelColumn(Name = "Прошли входную диагностику", Width = 16)] public required int Diagnosed { get; init; }
    [ExcelColumn(Name = "С дефицитом в группе", Width = 16)] public required int WithDeficit { get; init; }
    [ExcelColumn(Name = "Доля с дефицитом, %", Width = 14, Format = "0.0")] public required double Share { get; init; }
    [ExcelColumn(Name = "Средний результат, %", Width = 14, Format = "0.0")] public required double MeanPercent { get; init; }

    public static HeatCellExportRow From(HeatCell c) => new()
    {
        Subject = c.Subject, Group = DevelopmentLabels.Of(c.Group), Diagnosed = c.Diagnosed, WithDeficit = c.WithDeficit, Share = c.Share, MeanPercent = c.MeanPercent,
    };
}

public sealed class AreaDeficitsExportRow
{
    [ExcelColumn(Name = "Муниципалитет / организация", Width = 44)] public required string Name { get; init; }
    [ExcelColumn(Name = "Прошли входную диагностику", Width = 16)] public required int Diagnosed { get; init; }
    [ExcelColumn(Name = "С дефицитами, %", Width = 14, Format = "0.0")] public double? Any { get; init; }
    [ExcelColumn(Name = "Предметные, %", Width = 14, Format = "0.0")] public double? Subject { get; init; }
    [ExcelColumn(Name = "Методические, %", Width = 14, Format = "0.0")] public double? Methodical { get; init; }
    [ExcelColumn(Name = "Психолого-педагогические, %", Width = 16, Format = "0.0")] public double? Psycho { get; init; }
    [ExcelColumn(Name = "Коммуникативные, %", Width = 14, Format = "0.0")] public double? Communicative { get; init; }

    public static AreaDeficitsExportRow From(AreaDeficits a) => new()
    {
        Name = a.Name, Diagnosed = a.Diagnosed, Any = a.Share(a.WithAnyDeficit),
        Subject = a.Share(a.WithDeficit[CompetencyGroup.Subject]), Methodical = a.Share(a.WithDeficit[CompetencyGroup.Methodical]),
        Psycho = a.Share(a.WithDeficit[CompetencyGroup.PsychoPedagogical]), Communicative = a.Share(a.WithDeficit[CompetencyGroup.Communicative]),
    };
}

public sealed class WithoutRouteExportRow
{
    [ExcelColumn(Name = "ФИО", Width = 36)] public required string FullName { get; init; }
    [ExcelColumn(Name = "Организация", Width = 40)] public required string Organisation { get; init; }
    [ExcelColumn(Name = "Муниципалитет", Width = 36)] public required string Municipality { get; init; }
    [ExcelColumn(Name = "Дефицитов", Width = 12)] public required int Deficits { get; init; }
    [ExcelColumn(Name = "Выявлен впервые", Format = "dd.MM.yyyy", Width = 14)] public required DateTime FirstIdentified { get; init; }

    public static WithoutRouteExportRow From(TeacherWithoutRoute t) => new()
    {
        FullName = t.FullName, Organisation = t.Organisation, Municipality = t.Municipality, Deficits = t.Deficits,
        FirstIdentified = t.FirstIdentified.ToDateTime(TimeOnly.MinValue),
    };
}

public sealed class OverdueRouteExportRow
{
    [ExcelColumn(Name = "ФИО", Width = 36)] public required string FullName { get; init; }
    [ExcelColumn(Name = "Организация", Width = 40)] public required string Organisation { get; init; }
    [ExcelColumn(Name = "Муниципалитет", Width = 36)] public required string Municipality { get; init; }
    [ExcelColumn(Name = "Состояние", Width = 14)] public required string Status { get; init; }
    [ExcelColumn(Name = "Срок по плану", Format = "dd.MM.yyyy", Width = 14)] public required DateTime PlannedTo { get; init; }
    [ExcelColumn(Name = "Просрочено, дней", Width = 12)] public required int DaysOverdue { get; init; }
    [ExcelColumn(Name = "Пунктов", Width = 10)] public required int Items { get; init; }
    [ExcelColumn(Name = "Выполнено", Width = 10)] public required int ItemsDone { get; init; }

    public static OverdueRouteExportRow From(OverdueRoute r) => new()
    {
        FullName = r.FullName, Organisation = r.Organisation, Municipality = r.Municipality, Status = DevelopmentLabels.Of(r.Status),
        PlannedTo = r.PlannedTo.ToDateTime(TimeOnly.MinValue), DaysOverdue = r.DaysOverdue, Items = r.Items, ItemsDone = r.ItemsDone,
    };
}

public sealed class YoungCoverageExportRow
{
    [ExcelColumn(Name = "Муниципалитет / организация", Width = 44)] public required string Name { get; init; }
    [ExcelColumn(Name = "Молодых педагогов (до 35 лет)", Width = 16)] public required int Young { get; init; }
    [ExcelColumn(Name = "С наставником", Width = 14)] public required int WithMentor { get; init; }
    [ExcelColumn(Name = "В «Школе молодого педагога»", Width = 16)] public required int InSchool { get; init; }
    [ExcelColumn(Name = "Охвачены поддержкой", Width = 14)] public required int Covered { get; init; }
    [ExcelColumn(Name = "Охват, %", Width = 12, Format = "0.0")] public double? Share { get; init; }

    public static YoungCoverageExportRow From(YoungCoverage c) => new()
    {
        Name = c.Name, Young = c.Young, WithMentor = c.WithMentor, InSchool = c.InYoungTeachersSchool, Covered = c.Covered, Share = c.Share,
    };
}
