using EduCycle.Engine.Calendar;

namespace EduCycle.Web.Features.Development.Analytics;

/// <summary>
/// What the analytics look at: a school year and optionally one municipality or one school (the drill-down).
/// Teachers and schools are placed by the school's current municipality; the user's scope narrows everything further.
/// </summary>
public sealed record AnalyticsFilter(SchoolYear Year, int? MunicipalityId = null, int? OrganisationId = null)
{
    /// <summary>The date people's workplaces and ages are taken at: today in the current year, the year's last day before.</summary>
    public DateOnly AsOf(DateOnly today) => Year.End < today ? Year.End : today;

    public string QueryString()
    {
        var query = $"?year={Year.StartYear}";
        if (MunicipalityId is { } m) query += $"&municipalityId={m}";
        if (OrganisationId is { } o) query += $"&organisationId={o}";
        return query;
    }
}
