using EduCycle.Web.Features.Development.Routes.Api;

namespace EduCycle.Web.Features.Development.Routes;

internal static class RoutesSetup
{
    public static IServiceCollection AddRoutes(this IServiceCollection services) => services.AddScoped<RouteService>();

    public static WebApplication MapRoutes(this WebApplication app)
    {
        app.MapRoutesApi();
        return app;
    }
}
