using EduCycle.Web.Features.Development.Analytics;
using EduCycle.Web.Features.Development.Cabinet;
using EduCycle.Web.Features.Development.Communities;
using EduCycle.Web.Features.Development.Demo;
using EduCycle.Web.Features.Development.Diagnostics;
using EduCycle.Web.Features.Development.Enrolments;
using EduCycle.Web.Features.Development.Mentoring;
using EduCycle.Web.Features.Development.Programmes;
using EduCycle.Web.Features.Development.Routes;

namespace EduCycle.Web.Features.Development;

/// <summary>Area A of DOMAIN §3: professional development of teachers.</summary>
public static class DevelopmentSetup
{
    public static IServiceCollection AddDevelopment(this IServiceCollection services) => services
        .AddDiagnostics().AddProgrammes().AddRoutes().AddEnrolments()
        .AddCommunities().AddMentoring().AddAnalytics().AddCabinet().AddDemo();

    public static WebApplication MapDevelopment(this WebApplication app) => app
        .MapDiagnostics().MapProgrammes().MapRoutes().MapEnrolments()
        .MapCommunities().MapMentoring().MapAnalytics().MapCabinet().MapDemo();
}
