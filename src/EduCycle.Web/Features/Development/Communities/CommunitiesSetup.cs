using EduCycle.Web.Features.Development.Communities.Api;

namespace EduCycle.Web.Features.Development.Communities;

internal static class CommunitiesSetup
{
    public static IServiceCollection AddCommunities(this IServiceCollection services) => services;

    public static WebApplication MapCommunities(this WebApplication app)
    {
        app.MapCommunitiesApi();
        return app;
    }
}
