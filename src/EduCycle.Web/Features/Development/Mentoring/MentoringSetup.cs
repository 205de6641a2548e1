using EduCycle.Web.Features.Development.Mentoring.Api;

namespace EduCycle.Web.Features.Development.Mentoring;

internal static class MentoringSetup
{
    public static IServiceCollection AddMentoring(this IServiceCollection services) => services;

    public static WebApplication MapMentoring(this WebApplication app)
    {
        app.MapMentoringApi();
        return app;
    }
}
