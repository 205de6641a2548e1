using System.CommandLine;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Registry.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace EduCycle.Cli.Commands;

/// <summary><c>educycle seed-demo --scale region|national --seed N</c></summary>
internal static class SeedDemoCommand
{
    public static Command Create()
    {
        var scale = new Option<DemoScale>("--scale") { Description = "region или national", DefaultValueFactory = _ => DemoScale.Region };
        var seed = new Option<int>("--seed") { Description = "Зерно генератора", DefaultValueFactory = _ => 2025 };
        var command = new Command("seed-demo", "Создать демонстрационный регион в пустой базе данных") { scale, seed };
        CliHost.AddDatabaseOptions(command);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliHost.StartAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<EduCycleDbContext>();
            DemoSeedReport report;
            try
            {
                report = await new DemoRegionSeeder(db).SeedAsync(parse.GetValue(scale), parse.GetValue(seed), ConsoleProgress.Create(), ct);
            }
            catch (DemoDatabaseNotEmptyException e)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }
            Console.WriteLine($"Муниципалитетов: {report.Municipalities}, организаций: {report.Organisations}, работников: {report.People}, " +
                              $"мест работы: {report.Employments}, вакансий: {report.Vacancies}; {report.Elapsed.TotalSeconds:F1} с");
            return 0;
        });
        return command;
    }
}
