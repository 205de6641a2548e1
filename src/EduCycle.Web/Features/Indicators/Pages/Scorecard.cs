using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Definitions;
using EduCycle.Web.Features.Indicators.Targets;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Indicators.Pages;

/// <summary>A unit shown as a scorecard column.</summary>
public sealed record ScorecardColumn(UnitLevel Level, int UnitId, string Code, string Name);

/// <summary>One cell: the unit's value of the indicator and how it stands against the target.</summary>
public sealed record ScorecardCell(ScorecardColumn Column, double? Numerator, double? Denominator, double? Value, double? Target, TrafficLight Light);

public sealed record ScorecardRow(IndicatorDefinition Definition, IReadOnlyList<ScorecardCell> Cells);

public sealed record ScorecardTable(int Year, IReadOnlyList<ScorecardColumn> Columns, IReadOnlyList<ScorecardRow> Rows);

/// <summary>Which indicators the scorecard shows: all in force, or those of one area and/or task.</summary>
public sealed record ScorecardFilter(int Year, string? Area = null, string? Task = null)
{
    public bool Includes(IndicatorDefinition d) =>
        (Area is null || d.Area == Area) && (Task is null || d.Task == Task);
}

/// <summary>
/// The scorecard («сводная таблица показателей»): indicators in force × the units the user is responsible for, plus
/// the units above them for comparison. Each indicator is computed once per level, not per cell.
/// </summary>
public static class Scorecard
{
    /// <summary>
    /// The columns for the user's scope: a region user sees the region and its municipalities; a municipal user its
    /// municipality, its organisations and the region; a head the own organisation, its municipality and the region.
    /// </summary>
    public static async Task<IReadOnlyList<ScorecardColumn>> ColumnsAsync(IndicatorWork work, int year, CancellationToken ct = default)
    {
        var db = work.Db;
        var scope = db.Scope;
        var census = PeriodParameters.CensusDate(year);
        var placed = db.OrganisationPlacements.Where(p => p.ValidFrom <= census && (p.ValidTo == null || p.ValidTo > census));
        var organisations = scope.Kind == ScopeKind.Region ? []
            : await (from o in db.Organisations.AsNoTracking()
                     join p in placed on o.Id equals p.OrganisationId
                     where scope.Kind != ScopeKind.Municipality || p.MunicipalityId == scope.MunicipalityId
                     orderby o.ShortName
                     select new PlacedOrganisation(o.Id, o.ExternalCode, o.ShortName, p.MunicipalityId)).ToListAsync(ct);
        List<int>? municipalityIds = scope.Kind switch
        {
            ScopeKind.Region => null,
            ScopeKind.Municipality => [scope.MunicipalityId ?? -1],
            _ => organisations.Select(o => o.MunicipalityId).Distinct().ToList(),
        };
        var municipalities = await db.Municipalities.AsNoTracking()
            .Where(m => municipalityIds == null || municipalityIds.Contains(m.Id)).OrderBy(m => m.Name)
            .Select(m => new { m.Id, m.Code, m.Name, m.RegionId }).ToListAsync(ct);
        var regionIds = municipalities.Select(m => m.RegionId).Distinct().ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => scope.Kind == ScopeKind.Region || regionIds.Contains(r.Id))
            .OrderBy(r => r.Name).ToListAsync(ct);

        var regionColumns = regions.Select(r => new ScorecardColumn(UnitLevel.Region, r.Id, r.Code, r.Name));
        var municipalityColumns = municipalities.Select(m => new ScorecardColumn(UnitLevel.Municipality, m.Id, m.Code, m.Name));
        var organisationColumns = organisations.Select(o => new ScorecardColumn(UnitLevel.Organisation, o.Id, o.ExternalCode, o.ShortName));
        return scope.Kind == ScopeKind.Region
            ? [.. regionColumns, .. municipalityColumns]
            : scope.Kind == ScopeKind.Municipality
                ? [.. municipalityColumns, .. organisationColumns, .. regionColumns]
                : [.. organisationColumns, .. municipalityColumns, .. regionColumns];
    }

    public static async Task<ScorecardTable> BuildAsync(
        IndicatorWork work, ScorecardFilter filter, IProgress<double>? progress = null, CancellationToken ct = default)
    {
        var columns = await ColumnsAsync(work, filter.Year, ct);
        var definitions = (await work.Catalog.InForceAsync(filter.Year, ct)).Where(filter.Includes).ToList();
        var targets = await TargetTable.ForYearAsync(work.Db, filter.Year, ct);
        var queries = columns.GroupBy(c => c.Level).Select(g => Query(g.Key, g.ToList(), work.Db.Scope)).ToList();
        var rows = new List<ScorecardRow>();
        foreach (var definition in definitions)
        {
            var values = new Dictionary<(UnitLevel, int), UnitValue>();
            foreach (var query in queries)
            foreach (var value in await work.Values.ComputeAsync(definition, query, filter.Year, null, ct))
                values[(query.Level, value.UnitId)] = value;
            rows.Add(new ScorecardRow(definition, columns.Select(c =>
            {
                var value = values.GetValueOrDefault((c.Level, c.UnitId));
                var target = targets.Of(definition.Code, c.Level, c.UnitId);
                return new ScorecardCell(c, value?.Numerator, value?.Denominator, value?.Value, target,
                    TrafficLights.Of(value?.Value, target, definition.Direction));
            }).ToList()));
            progress?.Report((double)rows.Count / definitions.Count);
        }
        return new ScorecardTable(filter.Year, columns, rows);
    }

    private sealed record PlacedOrganisation(int Id, string ExternalCode, string ShortName, int MunicipalityId);

    /// <summary>One query per level, as narrow as the columns of that level allow.</summary>
    private static UnitQuery Query(UnitLevel level, IReadOnlyList<ScorecardColumn> columns, DataScope scope) =>
        columns.Count == 1 ? new UnitQuery(level, OnlyUnit: columns[0].UnitId)
        : level == UnitLevel.Organisation && scope.Kind == ScopeKind.Municipality ? new UnitQuery(level, WithinMunicipality: scope.MunicipalityId)
        : new UnitQuery(level);
}
