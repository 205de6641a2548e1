using EduCycle.Web.Features.Cycle.Cycles;
using EduCycle.Web.Features.Cycle.Findings;

namespace EduCycle.Web.Features.Cycle;

/// <summary>Issue 6: the management cycle — findings, recommendations, decisions and measures, effect evaluation, documents, closing.</summary>
public static class CycleSetup
{
    public static IServiceCollection AddCycle(this IServiceCollection services) => services
        .AddScoped<CycleService>()
        .AddScoped<CycleFindings>();

    public static WebApplication MapCycle(this WebApplication app) => app;
}
