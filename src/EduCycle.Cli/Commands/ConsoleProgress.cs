using EduCycle.Web.Features.Registry.Demo;
using EduCycle.Web.Features.Registry.Import;

namespace EduCycle.Cli.Commands;

/// <summary>Prints long work's progress to stderr, at most once per second per stage (and always the last report of a stage).</summary>
internal static class ConsoleProgress
{
    public static IProgress<DemoProgress> Create() =>
        Create<DemoProgress>(p => (p.Stage, p.Total > 0 ? $"{p.Done:N0} / {p.Total:N0}" : $"{p.Done:N0}", p.Done >= p.Total));

    public static IProgress<ImportProgress> ForImport() =>
        Create<ImportProgress>(p => (p.Stage,
            p.Total is { } total ? $"{p.Done:N0} / {total:N0}" : $"{p.Done:N0} строк, {p.Fraction:P0} файла",
            p.Done >= p.Total));

    /// <summary>Reports synchronously, in order, on the reporting thread.</summary>
    public static IProgress<T> Create<T>(Func<T, (string Stage, string Text, bool Final)> describe) => new Printer<T>(describe);

    private sealed class Printer<T>(Func<T, (string Stage, string Text, bool Final)> describe) : IProgress<T>
    {
        private DateTime _last = DateTime.MinValue;
        private string _lastStage = "";

        public void Report(T value)
        {
            var (stage, text, final) = describe(value);
            var now = DateTime.UtcNow;
            if (stage == _lastStage && now - _last < TimeSpan.FromSeconds(1) && !final) return;
            _last = now;
            _lastStage = stage;
            Console.Error.WriteLine($"{stage}: {text}");
        }
    }
}
