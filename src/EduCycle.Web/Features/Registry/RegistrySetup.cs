namespace EduCycle.Web.Features.Registry;

public static class RegistrySetup
{
    public static IServiceCollection AddRegistry(this IServiceCollection services)
    {
        Import.ImportEndpoints.AddImport(services);
        return services;
    }

    public static WebApplication MapRegistry(this WebApplication app)
    {
        Import.ImportEndpoints.MapImport(app);
        return app;
    }
}
