using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Scalar.AspNetCore;
using Serilog;

namespace EduCycle.Web.Infrastructure;

public static class InfrastructureSetup
{
    public static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static WebApplicationBuilder AddEduCycleLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, log) => log
            .ReadFrom.Configuration(builder.Configuration)
            .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", Serilog.Events.LogEventLevel.Warning)
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
            .WriteTo.File("logs/educycle-.log", rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14, formatProvider: CultureInfo.InvariantCulture));
        return builder;
    }

    public static IServiceCollection AddEduCycleInfrastructure(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddDataProtection()
            .SetApplicationName("EduCycle")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(environment.ContentRootPath, "data", "keys")));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Russian);
            o.SupportedCultures = [Russian];
            o.SupportedUICultures = [Russian];
        });
        services.AddProblemDetails();
        services.AddHealthChecks();
        services.AddAntiforgery();
        services.AddSingleton<MethodologyFolder>();
        return services;
    }

    /// <summary>JSON API conventions (enumerations as names) and its OpenAPI document.</summary>
    public static IServiceCollection AddEduCycleApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi();
        return services;
    }

    /// <summary>The OpenAPI document at <c>/openapi/v1.json</c> and its Scalar UI at <c>/scalar</c>.</summary>
    public static WebApplication MapEduCycleApiDocumentation(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(o => o.WithTitle("EduCycle API")).AllowAnonymous();
        return app;
    }

    /// <summary>Applies migrations and, in demo mode, seeds the demo region into an empty database.</summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<EduCycleDbContext>();
        await DatabaseSetup.MigrateAsync(db);
        await scope.ServiceProvider.GetRequiredService<DemoUsers>().EnsureAsync();
        await scope.ServiceProvider.GetRequiredService<Features.Instruments.Catalog.ShippedInstruments>().LoadAsync();
        await scope.ServiceProvider.GetRequiredService<Features.Development.Diagnostics.Topics.ShippedDeficitTopics>().LoadAsync();
        await scope.ServiceProvider.GetRequiredService<Features.Indicators.Definitions.ShippedIndicators>().LoadAsync();
        await scope.ServiceProvider.GetRequiredService<Features.Monitoring.Methodology.ShippedMonitoring>().LoadAsync();
        await scope.ServiceProvider.GetRequiredService<Features.Instruments.Demo.DemoCampaigns>().EnsureAsync();
        await scope.ServiceProvider.GetRequiredService<Features.Development.Demo.DevelopmentDemo>().EnsureAsync();
        await scope.ServiceProvider.GetRequiredService<Features.Monitoring.Demo.MonitoringDemo>().EnsureAsync();
        await scope.ServiceProvider.GetRequiredService<Features.Indicators.Demo.DemoTargets>().EnsureAsync();
    }

    public static WebApplication UseEduCyclePipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.Use(async (ctx, next) =>
        {
            var h = ctx.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "same-origin";
            await next();
        });
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapHealthChecks("/health").AllowAnonymous();
        return app;
    }
}
