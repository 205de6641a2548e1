namespace EduCycle.Web.Features.Development.Programmes;

internal static class ProgrammesSetup
{
    public static IServiceCollection AddProgrammes(this IServiceCollection services) => services;

    public static WebApplication MapProgrammes(this WebApplication app)
    {
        app.MapProgrammesApi();
        return app;
    }
}
