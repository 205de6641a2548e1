namespace EduCycle.Web.Features.Development.Enrolments;

internal static class EnrolmentsSetup
{
    public static IServiceCollection AddEnrolments(this IServiceCollection services) => services;

    public static WebApplication MapEnrolments(this WebApplication app) => app;
}
