using EduCycle.Engine.Analysis;
using EduCycle.Engine.Calendar;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Definitions;

namespace EduCycle.Web.Features.Indicators.Analysis;

/// <summary>What to cluster: indicators (codes), the units (municipalities of the region, or organisations of one
/// municipality), the school year and the number of clusters.</summary>
public sealed record ClusterRequest(IReadOnlyList<string> Codes, UnitLevel Level, int? MunicipalityId, int Year, int K)
{
    public const int MinK = 2, MaxK = 8;
}

/// <summary>A clustered indicator with the region's value, the reference of the cluster profiles.</summary>
public sealed record ClusterIndicator(string Code, string Name, string Unit, double? RegionValue);

/// <summary>A unit with its value of every chosen indicator (in request order) and its cluster (0 = the "highest").</summary>
public sealed record ClusterUnit(int UnitId, string Name, IReadOnlyList<double> Values, int Cluster);

/// <summary>A cluster: its centroid per indicator, the codes it is above and below the region by, and its members.</summary>
public sealed record ClusterGroup(int Number, IReadOnlyList<double> Centroid, IReadOnlyList<string> Above, IReadOnlyList<string> Below,
    IReadOnlyList<ClusterUnit> Members)
{
    /// <summary>A short profile: «выше региона по P01, P12; ниже по P15».</summary>
    public string Description => (Above.Count, Below.Count) switch
    {
        (0, 0) => "на уровне региона по всем показателям",
        (_, 0) => $"выше региона по {string.Join(", ", Above)}",
        (0, _) => $"ниже региона по {string.Join(", ", Below)}",
        _ => $"выше региона по {string.Join(", ", Above)}; ниже по {string.Join(", ", Below)}",
    };
}

/// <summary>The clustering: indicators, groups (by number), every clustered unit and the units left out for a missing value.</summary>
public sealed record ClusterResult(IReadOnlyList<ClusterIndicator> Indicators, IReadOnlyList<ClusterGroup> Groups,
    IReadOnlyList<ClusterUnit> Units, IReadOnlyList<string> Excluded);

/// <summary>A request that cannot be clustered, with the reason in Russian.</summary>
public sealed class ClusterRequestException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>
/// Groups units by the values of chosen indicators (k-means over z-scores, <see cref="KMeans"/>): each indicator is
/// computed once for the level, units missing any value are left out and named, each group is profiled against the
/// region's value.
/// </summary>
public sealed class ClusterAnalysis(IndicatorCatalog catalog, IndicatorValues values)
{
    /// <summary>A centroid is above or below the region when the gap exceeds this share of the region's value (of 1 for values under 1).</summary>
    public const double Tolerance = 0.05;

    public async Task<ClusterResult> RunAsync(ClusterRequest request, CancellationToken ct = default)
    {
        var codes = request.Codes.Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count < 2) throw new ClusterRequestException("codes", "Выберите не менее двух показателей.");
        if (request.K is < ClusterRequest.MinK or > ClusterRequest.MaxK)
            throw new ClusterRequestException("k", $"Число кластеров — от {ClusterRequest.MinK} до {ClusterRequest.MaxK}.");
        var units = request.Level switch
        {
            UnitLevel.Municipality => new UnitQuery(UnitLevel.Municipality),
            UnitLevel.Organisation when request.MunicipalityId is { } m => new UnitQuery(UnitLevel.Organisation, WithinMunicipality: m),
            UnitLevel.Organisation => throw new ClusterRequestException("municipality", "Для кластеризации организаций выберите муниципалитет."),
            _ => throw new ClusterRequestException("level", "Кластеризуются муниципалитеты региона или организации муниципалитета."),
        };

        var indicators = new List<ClusterIndicator>();
        var columns = new List<IReadOnlyList<UnitValue>>();
        foreach (var code in codes)
        {
            var definition = await catalog.InForceAsync(code, request.Year, ct)
                             ?? throw new ClusterRequestException("codes", $"Показатель «{code}» не действует в {new SchoolYear(request.Year)} учебном году.");
            columns.Add(await values.ComputeAsync(definition, units, request.Year, null, ct));
            var region = await values.ComputeAsync(definition, new UnitQuery(UnitLevel.Region), request.Year, null, ct);
            indicators.Add(new ClusterIndicator(definition.Code, definition.Name, definition.Unit, region.FirstOrDefault()?.Value));
        }
        return Group(indicators, Rows(columns), request.K);
    }

    /// <summary>Clusters named rows of values (null = missing) of the indicators into <paramref name="k"/> groups.</summary>
    public static ClusterResult Group(IReadOnlyList<ClusterIndicator> indicators, IReadOnlyList<(int UnitId, string Name, double?[] Values)> rows, int k)
    {
        var complete = rows.Where(r => r.Values.All(v => v is not null)).ToList();
        var excluded = rows.Where(r => r.Values.Any(v => v is null)).Select(r => r.Name).ToList();
        if (complete.Count < k)
            throw new ClusterRequestException("k", complete.Count == 0
                ? "Ни у одного подразделения нет значений всех выбранных показателей."
                : $"Подразделений со значениями всех показателей: {complete.Count} — меньше числа кластеров ({k}).");
        var clustering = KMeans.Cluster(complete.Select(r => r.Values.Select(v => v!.Value).ToArray()).ToList(), k);
        var units = complete.Select((r, i) => new ClusterUnit(r.UnitId, r.Name, r.Values.Select(v => v!.Value).ToList(), clustering.Assignment[i])).ToList();
        var groups = Enumerable.Range(0, k).Select(c =>
        {
            var centroid = clustering.Centroids[c];
            var above = indicators.Where((x, d) => Compare(centroid[d], x.RegionValue) > 0).Select(x => x.Code).ToList();
            var below = indicators.Where((x, d) => Compare(centroid[d], x.RegionValue) < 0).Select(x => x.Code).ToList();
            return new ClusterGroup(c, centroid, above, below, units.Where(u => u.Cluster == c).ToList());
        }).Where(g => g.Members.Count > 0).ToList();
        return new ClusterResult(indicators, groups, units, excluded);
    }

    private static int Compare(double centroid, double? region) =>
        region is not { } r || Math.Abs(centroid - r) <= Tolerance * Math.Max(Math.Abs(r), 1) ? 0 : centroid.CompareTo(r);

    /// <summary>Joins the indicator columns into one row per unit (a unit absent from a column has no value there).</summary>
    private static List<(int UnitId, string Name, double?[] Values)> Rows(List<IReadOnlyList<UnitValue>> columns)
    {
        var names = columns.SelectMany(c => c).GroupBy(v => v.UnitId).ToDictionary(g => g.Key, g => g.First().UnitName);
        var lookups = columns.Select(c => c.ToDictionary(v => v.UnitId, v => v.Value)).ToList();
        return names.OrderBy(n => n.Value, StringComparer.CurrentCulture)
            .Select(n => (n.Key, n.Value, lookups.Select(l => l.GetValueOrDefault(n.Key)).ToArray()))
            .ToList();
    }
}
