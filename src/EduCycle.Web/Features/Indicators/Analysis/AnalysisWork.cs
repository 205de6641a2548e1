using EduCycle.Web.Data;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Definitions;
using EduCycle.Web.Features.Indicators.Elements;
using EduCycle.Web.Features.Indicators.Targets;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Indicators.Analysis;

/// <summary>
/// The indicator services over one fresh context for one page operation, so that a long-lived interactive circuit never
/// shares a context between operations. The context acts in the circuit's scope.
/// </summary>
public sealed class AnalysisWork : IAsyncDisposable
{
    private AnalysisWork(EduCycleDbContext db, TimeProvider clock)
    {
        Db = db;
        Elements = new ElementCatalogSource(db);
        Catalog = new IndicatorCatalog(db);
        Calculator = new IndicatorCalculator(db, Elements);
        Values = new IndicatorValues(Calculator, new UnitNames(db));
        Clusters = new ClusterAnalysis(Catalog, Values);
        Targets = new TargetEditor(db, Catalog, clock);
        Editor = new IndicatorEditor(db, Elements, clock);
        Detector = new FindingDetector(db, Catalog, Values, clock);
    }

    public EduCycleDbContext Db { get; }
    public ElementCatalogSource Elements { get; }
    public IndicatorCatalog Catalog { get; }
    public IndicatorCalculator Calculator { get; }
    public IndicatorValues Values { get; }
    public ClusterAnalysis Clusters { get; }
    public TargetEditor Targets { get; }
    public IndicatorEditor Editor { get; }
    public FindingDetector Detector { get; }

    public static async Task<AnalysisWork> OpenAsync(IDbContextFactory<EduCycleDbContext> factory, TimeProvider clock) =>
        new(await factory.CreateDbContextAsync(), clock);

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
