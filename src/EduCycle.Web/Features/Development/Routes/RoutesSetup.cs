namespace EduCycle.Web.Features.Development.Routes;

internal static class RoutesSetup
{
    public static IServiceCollection AddRoutes(this IServiceCollection services) => services;

    public static WebApplication MapRoutes(this WebApplication app) => app;
}
