namespace EduCycle.Web.Features.Development.Analytics;

internal static class AnalyticsSetup
{
    public static IServiceCollection AddAnalytics(this IServiceCollection services) => services;

    public static WebApplication MapAnalytics(this WebApplication app)
    {
        app.MapAnalyticsExports();
        return app;
    }
}
