using System.CommandLine;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EduCycle.Cli;

/// <summary>
/// The services a command needs, on the same configuration as the web application
/// (<c>Database:Provider</c>, <c>ConnectionStrings:EduCycle</c>, environment overrides), acting as the system.
/// </summary>
internal static class CliHost
{
    public static readonly Option<string?> Provider = new("--provider") { Description = "sqlite или postgres (по умолчанию из конфигурации)" };
    public static readonly Option<string?> Connection = new("--connection") { Description = "Строка подключения (по умолчанию из конфигурации)" };

    public static void AddDatabaseOptions(Command command)
    {
        command.Options.Add(Provider);
        command.Options.Add(Connection);
    }

    public static async Task<ServiceProvider> StartAsync(ParseResult parse, CancellationToken ct)
    {
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(Provider) is { } provider) overrides["Database:Provider"] = provider;
        if (parse.GetValue(Connection) is { } connection) overrides["ConnectionStrings:EduCycle"] = connection;
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var services = new ServiceCollection()
            .AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IDataScopeAccessor>(new FixedDataScope(DataScope.System()))
            .AddEduCycleDatabase(DatabaseSettings.From(configuration))
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<EduCycleDbContext>(), ct);
        return services;
    }
}
