using EduCycle.Web.Features.Monitoring.Api;
using EduCycle.Web.Features.Monitoring.Calendar;
using EduCycle.Web.Features.Monitoring.Collection;
using EduCycle.Web.Features.Monitoring.Demo;
using EduCycle.Web.Features.Monitoring.Methodology;

namespace EduCycle.Web.Features.Monitoring;

/// <summary>Issue 5, items 5–6: the monitoring calendar and the data-collection forms.</summary>
public static class MonitoringSetup
{
    public static IServiceCollection AddMonitoring(this IServiceCollection services) => services
        .AddScoped<ShippedMonitoring>()
        .AddScoped<MonitoringCalendar>()
        .AddScoped<CollectionService>()
        .AddScoped<MonitoringDemo>();

    public static WebApplication MapMonitoring(this WebApplication app)
    {
        app.MapMonitoringApi();
        return app;
    }
}
