namespace EduCycle.Web.Features.Development.Cabinet;

internal static class CabinetSetup
{
    public static IServiceCollection AddCabinet(this IServiceCollection services) => services;

    public static WebApplication MapCabinet(this WebApplication app) => app;
}
