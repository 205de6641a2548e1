using EduCycle.Web.Features.Development.Diagnostics.Api;
using EduCycle.Web.Features.Development.Diagnostics.Asset;
using EduCycle.Web.Features.Development.Diagnostics.Campaigns;
using EduCycle.Web.Features.Development.Diagnostics.Results;
using EduCycle.Web.Features.Development.Diagnostics.Topics;

namespace EduCycle.Web.Features.Development.Diagnostics;

internal static class DiagnosticsSetup
{
    public static IServiceCollection AddDiagnostics(this IServiceCollection services) => services
        .AddScoped<ShippedDeficitTopics>()
        .AddScoped<DeficitTopicCatalog>()
        .AddScoped<DiagnosticCampaignService>()
        .AddScoped<DiagnosticResultService>()
        .AddScoped<MethodicalAssetService>()
        .AddScoped<Import.DiagnosticImport>();

    public static WebApplication MapDiagnostics(this WebApplication app)
    {
        app.MapDiagnosticsApi();
        return app;
    }
}
