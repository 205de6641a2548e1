using EduCycle.Web.Data;
using EduCycle.Web.Features.Indicators.Analysis;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Definitions;
using EduCycle.Web.Features.Indicators.Elements;
using EduCycle.Web.Features.Indicators.Targets;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Indicators;

/// <summary>
/// The indicator services over one context, for a page operation or an export request. Pages open a fresh context per
/// operation (<see cref="OpenAsync"/>) so that a long-lived interactive circuit never shares one between operations;
/// the context acts in the caller's scope.
/// </summary>
public sealed class IndicatorWork : IAsyncDisposable
{
    public IndicatorWork(EduCycleDbContext db, TimeProvider? clock = null)
    {
        var time = clock ?? TimeProvider.System;
        Db = db;
        Elements = new ElementCatalogSource(db);
        Catalog = new IndicatorCatalog(db);
        Calculator = new IndicatorCalculator(db, Elements);
        Values = new IndicatorValues(Calculator, new UnitNames(db));
        Drill = new DrillDown(db, Calculator, Elements);
        Units = new UnitResolver(db);
        Clusters = new ClusterAnalysis(Catalog, Values);
        Targets = new TargetEditor(db, Catalog, time);
        Editor = new IndicatorEditor(db, Elements, time);
        Detector = new FindingDetector(db, Catalog, Values, time);
    }

    public EduCycleDbContext Db { get; }
    public ElementCatalogSource Elements { get; }
    public IndicatorCatalog Catalog { get; }
    public IndicatorCalculator Calculator { get; }
    public IndicatorValues Values { get; }
    public DrillDown Drill { get; }
    public UnitResolver Units { get; }
    public ClusterAnalysis Clusters { get; }
    public TargetEditor Targets { get; }
    public IndicatorEditor Editor { get; }
    public FindingDetector Detector { get; }

    /// <summary>The services over a fresh context that the returned object owns and disposes.</summary>
    public static async Task<IndicatorWork> OpenAsync(IDbContextFactory<EduCycleDbContext> factory, TimeProvider clock) =>
        new(await factory.CreateDbContextAsync(), clock);

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
