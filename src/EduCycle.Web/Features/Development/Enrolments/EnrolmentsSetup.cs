using Microsoft.Extensions.Options;

namespace EduCycle.Web.Features.Development.Enrolments;

internal static class EnrolmentsSetup
{
    public static IServiceCollection AddEnrolments(this IServiceCollection services)
    {
        services.AddOptions<EnrolmentOptions>().BindConfiguration("Development:Enrolments");
        services.AddScoped(sp => new EnrolmentService(
            sp.GetRequiredService<Data.EduCycleDbContext>(), sp.GetRequiredService<IOptions<EnrolmentOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    public static WebApplication MapEnrolments(this WebApplication app)
    {
        app.MapEnrolmentsApi();
        return app;
    }
}
