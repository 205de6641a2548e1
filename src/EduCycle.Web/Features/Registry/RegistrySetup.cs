using EduCycle.Web.Features.Registry.Api;
using EduCycle.Web.Features.Registry.Composition;
using EduCycle.Web.Features.Registry.Import;

namespace EduCycle.Web.Features.Registry;

public static class RegistrySetup
{
    public static IServiceCollection AddRegistry(this IServiceCollection services) => services.AddImport();

    public static WebApplication MapRegistry(this WebApplication app)
    {
        app.MapRegistryApi();
        app.MapRegistryExports();
        app.MapCompositionExport();
        app.MapImport();
        return app;
    }
}
