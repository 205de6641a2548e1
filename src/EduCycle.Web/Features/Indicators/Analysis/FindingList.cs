using EduCycle.Web.Data;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Targets;
using EduCycle.Web.Features.Registry.Queries;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Indicators.Analysis;

/// <summary>Which findings to list: the school year and level, optionally one indicator, kind, severity and a unit name fragment.</summary>
public sealed record FindingFilter(int Year, UnitLevel Level, string? Code = null, FindingKind? Kind = null, FindingSeverity? Severity = null,
    string? Unit = null)
{
    public string QueryString() => $"?period={Year}&level={Level}"
        + (Code is null ? "" : $"&code={Uri.EscapeDataString(Code)}")
        + (Kind is null ? "" : $"&kind={Kind}")
        + (Severity is null ? "" : $"&severity={Severity}")
        + (string.IsNullOrWhiteSpace(Unit) ? "" : $"&unit={Uri.EscapeDataString(Unit)}");
}

/// <summary>The findings («проблемные зоны») the user may see, most severe first.</summary>
public static class FindingList
{
    public static IQueryable<Finding> Query(EduCycleDbContext db, FindingFilter filter)
    {
        var query = db.Findings.AsNoTracking().Where(f => f.SchoolYear == filter.Year && f.Level == filter.Level);
        if (filter.Code is { } code) query = query.Where(f => f.IndicatorCode == code);
        if (filter.Kind is { } kind) query = query.Where(f => f.Kind == kind);
        if (filter.Severity is { } severity) query = query.Where(f => f.Severity == severity);
        foreach (var term in NameSearch.Terms(filter.Unit))
        {
            var (typed, lower, capitalised) = NameSearch.Spellings(term);
            query = query.Where(f => f.UnitName.Contains(typed) || f.UnitName.Contains(lower) || f.UnitName.Contains(capitalised));
        }
        return query.OrderByDescending(f => f.Severity).ThenBy(f => f.IndicatorCode).ThenBy(f => f.UnitName).ThenBy(f => f.Kind);
    }
}
