namespace EduCycle.Web.Features.Development.Demo;

internal static class DemoSetup
{
    public static IServiceCollection AddDemo(this IServiceCollection services) => services.AddScoped<DevelopmentDemo>();

    public static WebApplication MapDemo(this WebApplication app) => app;
}
