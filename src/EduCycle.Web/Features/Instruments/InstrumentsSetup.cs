using EduCycle.Web.Features.Instruments.Api;
using EduCycle.Web.Features.Instruments.Assessments;
using EduCycle.Web.Features.Instruments.Campaigns;
using EduCycle.Web.Features.Instruments.Catalog;
using EduCycle.Web.Features.Instruments.Evidence;
using EduCycle.Web.Features.Instruments.Results;
using EduCycle.Web.Features.Instruments.Testing;

namespace EduCycle.Web.Features.Instruments;

public static class InstrumentsSetup
{
    public static IServiceCollection AddInstruments(this IServiceCollection services)
    {
        services.AddSingleton<InstrumentDefinitionCache>();
        services.AddScoped<InstrumentCatalog>();
        services.AddScoped<ShippedInstruments>();
        services.AddScoped<Demo.DemoCampaigns>();
        services.AddScoped<CampaignService>();
        services.AddScoped<AssessmentWorkflow>();
        services.AddScoped<EvidenceFiles>();
        services.AddScoped<InstrumentResults>();
        services.AddSingleton(sp => TestTimeLimit.From(sp.GetRequiredService<IConfiguration>()));
        services.AddScoped<TestSessions>();
        return services;
    }

    public static WebApplication MapInstruments(this WebApplication app)
    {
        app.MapInstrumentsApi();
        app.MapCampaignsApi();
        app.MapAssessmentDocumentApi();
        app.MapTestAttemptsApi();
        return app;
    }
}
