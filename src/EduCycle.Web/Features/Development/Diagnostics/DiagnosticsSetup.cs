namespace EduCycle.Web.Features.Development.Diagnostics;

internal static class DiagnosticsSetup
{
    public static IServiceCollection AddDiagnostics(this IServiceCollection services) => services;

    public static WebApplication MapDiagnostics(this WebApplication app) => app;
}
