using EduCycle.Web.Features.Indicators.Analysis;
using EduCycle.Web.Features.Indicators.Api;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Definitions;
using EduCycle.Web.Features.Indicators.Demo;
using EduCycle.Web.Features.Indicators.Elements;
using EduCycle.Web.Features.Indicators.Exports;
using EduCycle.Web.Features.Indicators.Targets;

namespace EduCycle.Web.Features.Indicators;

/// <summary>Indicators and their analysis (DOMAIN §7): definitions, computation, targets, findings.</summary>
public static class IndicatorsSetup
{
    public static IServiceCollection AddIndicators(this IServiceCollection services) => services
        .AddScoped<ElementCatalogSource>()
        .AddScoped<IndicatorCalculator>()
        .AddScoped<IndicatorValues>()
        .AddScoped<UnitNames>()
        .AddScoped<UnitResolver>()
        .AddScoped<DrillDown>()
        .AddScoped<IndicatorCatalog>()
        .AddScoped<IndicatorEditor>()
        .AddScoped<FindingDetector>()
        .AddScoped<ShippedIndicators>()
        .AddScoped<DemoTargets>()
        .AddScoped<ClusterAnalysis>()
        .AddScoped<TargetEditor>();

    public static WebApplication MapIndicators(this WebApplication app)
    {
        app.MapIndicatorApi();
        app.MapIndicatorExports();
        app.MapAnalysisApi();
        app.MapAnalysisExports();
        return app;
    }
}
