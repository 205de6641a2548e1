using EduCycle.Engine.Calendar;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Indicators.Definitions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EduCycle.Web.Features.Indicators.Api;

/// <summary>
/// The parameters of indicator requests (values, records, findings, targets, exports) and the 400 answers naming the
/// parameter at fault. A school year is «2025/26» or its start year, 2000–2100, the current one by default.
/// </summary>
public static class IndicatorRequest
{
    public static SchoolYear? Period(string? period, EduCycleDbContext db) =>
        period is null ? SchoolYear.Containing(db.Scope.Today)
            : SchoolYear.TryParse(period, out var year) && year.StartYear is >= 2000 and <= 2100 ? year : null;

    public static ValidationProblem BadPeriod() => Problem("period", "Учебный год указывается как «2025/26» или годом начала, например 2025.");

    /// <summary>The breakdown is not one the definition names.</summary>
    public static ValidationProblem BadBreakdown(IndicatorDefinition definition) =>
        Problem("breakdown", $"Показатель {definition.Code} рассчитывается в разрезах: {definition.Breakdowns ?? "нет"}.");

    /// <summary>The numerator has no element reference with this number.</summary>
    public static ValidationProblem BadElement(string code, int references) =>
        Problem("element", $"В числителе показателя {code} ссылок на элементы: {references} (номера с 0).");

    public static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Неверные параметры запроса");
}
