using System.CommandLine;
using System.Text.Json;
using EduCycle.Engine.Instruments;

namespace EduCycle.Cli.Commands;

/// <summary>
/// <c>educycle instruments list|validate|score</c>: the instrument engine on files, without a database.
/// <c>score</c> prints the scored result as JSON (exit 0) or the problems as JSON (exit 2).
/// </summary>
internal static class InstrumentsCommand
{
    private const string DefaultFolder = "methodology/instruments";

    public static Command Create()
    {
        var dir = new Option<DirectoryInfo?>("--dir") { Description = $"Папка инструментов (по умолчанию {DefaultFolder} в текущей папке или в корне репозитория)" };
        return new Command("instruments", "Инструменты оценки: список, проверка определения, подсчёт баллов")
        {
            List(dir),
            Validate(),
            Score(dir),
        };
    }

    private static Command List(Option<DirectoryInfo?> dir)
    {
        var command = new Command("list", "Список инструментов и версий") { dir };
        command.SetAction(parse =>
        {
            if (Folder(parse.GetValue(dir)) is not { } folder) return 1;
            var failed = false;
            foreach (var file in DefinitionFiles(folder))
            {
                try
                {
                    var i = Load(file);
                    Console.WriteLine($"{i.Code,-40} v{i.Version,-3} {i.ValidFrom:yyyy-MM-dd}  {JsonNamingPolicy.CamelCase.ConvertName(i.Kind.ToString()),-15} {i.Name}");
                }
                catch (InstrumentException e)
                {
                    Console.Error.WriteLine(e.Message);
                    failed = true;
                }
            }
            return failed ? 1 : 0;
        });
        return command;
    }

    private static Command Validate()
    {
        var file = new Argument<FileInfo>("файл") { Description = "JSON-определение инструмента" };
        var command = new Command("validate", "Проверить определение инструмента: ошибки и предупреждения") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"Файл не найден: {path.FullName}");
                return 1;
            }
            IReadOnlyList<InstrumentProblem> problems;
            try
            {
                problems = InstrumentValidation.Validate(Load(path.FullName));
            }
            catch (InstrumentException e)
            {
                problems = e.Problems;
            }
            foreach (var problem in problems) Console.WriteLine(problem);
            if (problems.Count == 0) Console.WriteLine("Ошибок и предупреждений нет.");
            return problems.HasErrors() ? 1 : 0;
        });
        return command;
    }

    private static Command Score(Option<DirectoryInfo?> dir)
    {
        var code = new Argument<string>("код") { Description = "Код инструмента" };
        var responses = new Argument<FileInfo>("ответы") { Description = "JSON с ответами" };
        var version = new Option<int?>("--version") { Description = "Версия (по умолчанию указанная в ответах, иначе последняя)" };
        var command = new Command("score", "Подсчитать баллы по ответам и вывести результат в JSON") { code, responses, dir, version };
        command.SetAction(parse =>
        {
            var responsesFile = parse.GetValue(responses)!;
            if (!responsesFile.Exists)
            {
                Console.Error.WriteLine($"Файл не найден: {responsesFile.FullName}");
                return 1;
            }
            if (Folder(parse.GetValue(dir)) is not { } folder) return 1;
            InstrumentResponse response;
            List<InstrumentDefinition> candidates;
            var instrumentCode = parse.GetValue(code)!;
            int? wanted;
            try
            {
                response = InstrumentJson.ParseResponse(File.ReadAllText(responsesFile.FullName), responsesFile.Name);
                wanted = parse.GetValue(version) ?? response.Version;
                candidates = [.. DefinitionFiles(folder).Where(f => Path.GetFileName(f).StartsWith(instrumentCode + ".v", StringComparison.Ordinal))
                    .Select(Load).Where(i => i.Code == instrumentCode && (wanted is null || i.Version == wanted))];
            }
            catch (InstrumentException e)
            {
                return PrintProblems(e.Problems);
            }
            if (candidates.Count == 0)
            {
                Console.Error.WriteLine($"Инструмент «{instrumentCode}»{(wanted is null ? "" : $" версии {wanted}")} не найден в {folder}");
                return 1;
            }
            var outcome = InstrumentScorer.Score(candidates.MaxBy(i => i.Version)!, response);
            if (!outcome.Succeeded) return PrintProblems(outcome.Problems);
            Console.WriteLine(InstrumentJson.Serialize(outcome.Result));
            return 0;
        });
        return command;
    }

    private static int PrintProblems(IReadOnlyList<InstrumentProblem> problems)
    {
        Console.WriteLine(InstrumentJson.Serialize(new { problems }));
        return 2;
    }

    private static InstrumentDefinition Load(string file) => InstrumentJson.ParseDefinition(File.ReadAllText(file), Path.GetFileName(file));

    private static IEnumerable<string> DefinitionFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.json").Where(f => !f.EndsWith(".cases.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    /// <summary>The given folder, or <see cref="DefaultFolder"/> in the current directory or the nearest one above it holding EduCycle.sln.</summary>
    private static string? Folder(DirectoryInfo? given)
    {
        var folder = given?.FullName ?? DefaultLocations().FirstOrDefault(Directory.Exists);
        if (folder is not null && Directory.Exists(folder)) return folder;
        Console.Error.WriteLine($"Папка инструментов не найдена: {folder ?? DefaultFolder}");
        return null;
    }

    private static IEnumerable<string> DefaultLocations()
    {
        var current = Directory.GetCurrentDirectory();
        yield return Path.Combine(current, DefaultFolder);
        for (var d = new DirectoryInfo(current); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "EduCycle.sln"))) yield return Path.Combine(d.FullName, DefaultFolder);
    }
}
