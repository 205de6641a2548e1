namespace EduCycle.Web.Features.Registry;

public static class RegistrySetup
{
    public static IServiceCollection AddRegistry(this IServiceCollection services)
    {
        return services;
    }

    public static WebApplication MapRegistry(this WebApplication app)
    {
        return app;
    }
}
