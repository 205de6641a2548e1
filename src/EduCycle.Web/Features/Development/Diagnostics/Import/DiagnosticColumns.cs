using EduCycle.Engine.Development;
using EduCycle.Web.Features.Registry.Import;

namespace EduCycle.Web.Features.Development.Diagnostics.Import;

/// <summary>Columns of a diagnostic results file, as testing platforms export them: one row per teacher.</summary>
public static class DiagnosticColumns
{
    public static readonly ImportColumn PersonCode = new("СНИЛС / личный код", true);
    public static readonly ImportColumn FullName = new("ФИО", false);
    public static readonly ImportColumn Subject = new("Предмет", false);
    public static readonly ImportColumn TakenOn = new("Дата диагностики", true);
    public static readonly ImportColumn Attempt = new("Попытка", false);
    public static readonly ImportColumn Topics = new("Коды тем дефицитов", false);

    public static readonly IReadOnlyDictionary<CompetencyGroup, ImportColumn> Percents =
        Enum.GetValues<CompetencyGroup>().ToDictionary(g => g, g => new ImportColumn($"{DevelopmentLabels.Of(g)}, %", false));

    public static readonly IReadOnlyList<ImportColumn> All =
        [PersonCode, FullName, Subject, TakenOn, Attempt, .. Percents.Values, Topics];

    /// <summary>What to write in a column (the template's second sheet).</summary>
    public static string Hint(ImportColumn c)
    {
        if (c == PersonCode) return "СНИЛС или личный код работника, как в реестре работников";
        if (c == FullName) return "для удобства чтения; не проверяется";
        if (c == Subject) return "код или название предмета из справочника; обязателен, если в кампании указаны предметы";
        if (c == TakenOn) return "дата ДД.ММ.ГГГГ, не раньше начала кампании и не в будущем";
        if (c == Attempt) return "1 — входная диагностика (по умолчанию), 2 — первая повторная, 3 — вторая повторная…";
        if (c == Topics) return "коды тем дефицитов из справочника через «;», например: meth-formative-assessment; psy-special-needs";
        return "процент от 0 до 100; заполняется для групп, которые диагностирует кампания";
    }
}
