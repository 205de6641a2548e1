using EduCycle.Engine.Calendar;
using EduCycle.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EduCycle.Web.Features.Indicators.Analysis;

/// <summary>The school year of an analysis request: «2025/26» or its start year, the current one by default.</summary>
public static class AnalysisPeriod
{
    public static SchoolYear? Parse(string? period, EduCycleDbContext db) =>
        period is null ? SchoolYear.Containing(db.Scope.Today)
            : SchoolYear.TryParse(period, out var year) && year.StartYear is >= 2000 and <= 2100 ? year : null;

    public static ValidationProblem Invalid() => Problem("period", "Учебный год указывается как «2025/26» или годом начала, например 2025.");

    public static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Неверные параметры запроса");
}
