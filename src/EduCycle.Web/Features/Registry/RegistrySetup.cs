using EduCycle.Web.Features.Registry.Api;

namespace EduCycle.Web.Features.Registry;

public static class RegistrySetup
{
    public static IServiceCollection AddRegistry(this IServiceCollection services)
    {
        return services;
    }

    public static WebApplication MapRegistry(this WebApplication app)
    {
        app.MapRegistryApi();
        app.MapRegistryExports();
        return app;
    }
}
