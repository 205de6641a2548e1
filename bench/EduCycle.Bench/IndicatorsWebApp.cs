using EduCycle.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EduCycle.Bench;

/// <summary>
/// The real web application, in process, on a bench database in demo mode: on start it migrates and adds what a fresh
/// demo installation gets (the demo region when the database is empty, demo users, the shipped methodology, instrument
/// campaigns, the professional-development and monitoring demos); on a database that has them it adds nothing.
/// The factory's type argument is any type of the web assembly (the bench has a <c>Program</c> of its own).
/// </summary>
internal sealed class IndicatorsWebApp : WebApplicationFactory<DatabaseSettings>
{
    private const string ContentRootVariable = "ASPNETCORE_TEST_CONTENTROOT_EDUCYCLE_WEB";

    private readonly DatabaseSettings database;

    /// <summary>The content root is the web project's folder in the repository the bench runs from.</summary>
    public IndicatorsWebApp(DatabaseSettings database)
    {
        this.database = database;
        if (Environment.GetEnvironmentVariable(ContentRootVariable) is null)
            Environment.SetEnvironmentVariable(ContentRootVariable, Path.Combine(RepositoryRoot(), "src", "EduCycle.Web"));
    }

    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "EduCycle.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run the bench inside the repository (EduCycle.sln not found above the current folder).");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Bench");
        builder.UseSetting("Database:Provider", database.Provider);
        builder.UseSetting("ConnectionStrings:EduCycle", database.ConnectionString);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }
}
