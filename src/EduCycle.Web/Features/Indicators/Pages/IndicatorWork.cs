using EduCycle.Web.Data;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Definitions;
using EduCycle.Web.Features.Indicators.Elements;

namespace EduCycle.Web.Features.Indicators.Pages;

/// <summary>The indicator services over one (fresh, short-lived) context, for a page operation or an export request.</summary>
public sealed class IndicatorWork
{
    public IndicatorWork(EduCycleDbContext db)
    {
        Db = db;
        Elements = new ElementCatalogSource(db);
        var calculator = new IndicatorCalculator(db, Elements);
        Catalog = new IndicatorCatalog(db);
        Values = new IndicatorValues(calculator, new UnitNames(db));
        Drill = new DrillDown(db, calculator, Elements);
        Units = new UnitResolver(db);
    }

    public EduCycleDbContext Db { get; }
    public ElementCatalogSource Elements { get; }
    public IndicatorCatalog Catalog { get; }
    public IndicatorValues Values { get; }
    public DrillDown Drill { get; }
    public UnitResolver Units { get; }
}
