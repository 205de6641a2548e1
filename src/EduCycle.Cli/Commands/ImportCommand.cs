using System.CommandLine;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Registry.Import;
using Microsoft.Extensions.DependencyInjection;

namespace EduCycle.Cli.Commands;

/// <summary><c>educycle import organisations|staff FILE [--valid-only]</c>: exit code 0 when written, 2 when rejected.</summary>
internal static class ImportCommand
{
    private const int ShownErrors = 50;

    public static Command Create()
    {
        var kind = new Argument<string>("вид") { Description = "organisations или staff" };
        kind.AcceptOnlyFromAmong("organisations", "staff");
        var file = new Argument<FileInfo>("файл") { Description = "XLSX, XLS или CSV по шаблону" };
        var validOnly = new Option<bool>("--valid-only") { Description = "Загрузить только корректные строки, отчёт об остальных" };
        var command = new Command("import", "Загрузить организации или работников из XLSX/CSV") { kind, file, validOnly };
        CliHost.AddDatabaseOptions(command);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"Файл не найден: {path.FullName}");
                return 1;
            }
            ImportKinds.TryParse(parse.GetValue(kind), out var importKind);
            await using var services = await CliHost.StartAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<EduCycleDbContext>();
            await using var stream = path.OpenRead();
            var result = await new RegistryImport(db).ImportAsync(
                importKind, stream, path.Name, new ImportOptions(parse.GetValue(validOnly)), ConsoleProgress.ForImport(), ct);

            foreach (var error in result.Errors.Take(ShownErrors)) Console.Error.WriteLine(error.Text);
            if (result.Errors.Count > ShownErrors) Console.Error.WriteLine($"… и ещё ошибок: {result.Errors.Count - ShownErrors}");
            Console.WriteLine(result.Written
                ? $"Строк: {result.Rows:N0}; создано: {result.Created:N0}, изменено: {result.Updated:N0}, без изменений: {result.Unchanged:N0}, отклонено: {result.Rejected:N0}; {result.Elapsed.TotalSeconds:F1} с"
                : $"Файл отклонён, ничего не записано. Строк с ошибками: {result.Rejected:N0} из {result.Rows:N0}.");
            return result.Written ? 0 : 2;
        });
        return command;
    }
}
