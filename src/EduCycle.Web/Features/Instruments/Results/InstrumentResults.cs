using EduCycle.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Instruments.Results;

/// <summary>Which results to aggregate: an instrument (optionally one version), campaigns overlapping a period, a municipality.</summary>
public sealed record ResultsFilter(string Instrument, int? Version = null, DateOnly? From = null, DateOnly? To = null, int? MunicipalityId = null);

/// <summary>
/// Results of one area: how many, how many per band, the mean total (Σ totals ÷ results with a total) and the share
/// judged effective by the threshold rule (effective ÷ results with a verdict); <c>null</c> when nothing to divide.
/// </summary>
public sealed record AreaResults(int? MunicipalityId, string Name, int Count, IReadOnlyDictionary<string, int> Bands, double? MeanTotal, double? EffectiveShare);

public sealed record ResultsSummary(ResultsFilter Filter, IReadOnlyList<AreaResults> Municipalities, AreaResults Region);

/// <summary>
/// Submitted and reconciled results as facts: the reconciled result once reviewed, the self-assessment before.
/// Aggregated per municipality and for the region as ratios of sums (never a mean of means).
/// </summary>
public sealed class InstrumentResults(EduCycleDbContext db)
{
    public const string RegionName = "Регион — всего";
    public const string WithoutMunicipality = "Без муниципалитета";

    public async Task<ResultsSummary> SummariseAsync(ResultsFilter filter, CancellationToken ct = default)
    {
        var query = db.Assignments.AsNoTracking()
            .Where(a => a.Status >= AssignmentStatus.Submitted && a.Campaign.InstrumentCode == filter.Instrument);
        if (filter.Version is { } version) query = query.Where(a => a.Campaign.InstrumentVersion == version);
        if (filter.From is { } from) query = query.Where(a => a.Campaign.PeriodTo >= from);
        if (filter.To is { } to) query = query.Where(a => a.Campaign.PeriodFrom <= to);
        if (filter.MunicipalityId is { } m) query = query.Where(a => a.AreaMunicipalityId == m);

        var groups = await query.GroupBy(a => new { a.AreaMunicipalityId, a.ResultBand })
            .Select(g => new Group(g.Key.AreaMunicipalityId, g.Key.ResultBand, g.Count(), g.Sum(a => a.ResultTotal) ?? 0,
                g.Count(a => a.ResultTotal != null), g.Count(a => a.ResultEffective == true), g.Count(a => a.ResultEffective != null)))
            .ToListAsync(ct);
        var ids = groups.Select(g => g.MunicipalityId).OfType<int>().Distinct().ToList();
        var names = await db.Municipalities.AsNoTracking().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct);

        var municipalities = groups.GroupBy(g => g.MunicipalityId)
            .Select(g => Area(g.Key, g.Key is { } id ? names[id] : WithoutMunicipality, g.ToList()))
            .OrderBy(a => a.MunicipalityId is null).ThenBy(a => a.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("ru-RU"), false))
            .ToList();
        return new ResultsSummary(filter, municipalities, Area(null, RegionName, groups));
    }

    private static AreaResults Area(int? municipalityId, string name, IReadOnlyList<Group> groups)
    {
        var totals = groups.Sum(g => g.WithTotal);
        var verdicts = groups.Sum(g => g.WithVerdict);
        return new AreaResults(municipalityId, name, groups.Sum(g => g.Count),
            groups.Where(g => g.Band is not null).GroupBy(g => g.Band!).ToDictionary(b => b.Key, b => b.Sum(g => g.Count)),
            totals == 0 ? null : groups.Sum(g => g.SumTotal) / totals,
            verdicts == 0 ? null : (double)groups.Sum(g => g.Effective) / verdicts);
    }

    private sealed record Group(int? MunicipalityId, string? Band, int Count, double SumTotal, int WithTotal, int Effective, int WithVerdict);
}
