using EduCycle.Web.Features.Registry.Demo;

namespace EduCycle.Cli.Commands;

/// <summary>Prints long work's progress to stderr, at most once per second per stage.</summary>
internal static class ConsoleProgress
{
    public static IProgress<DemoProgress> Create()
    {
        var last = DateTime.MinValue;
        var lastStage = "";
        return new Progress<DemoProgress>(p =>
        {
            var now = DateTime.UtcNow;
            if (p.Stage == lastStage && now - last < TimeSpan.FromSeconds(1) && p.Done < p.Total) return;
            last = now;
            lastStage = p.Stage;
            Console.Error.WriteLine(p.Total > 0 ? $"{p.Stage}: {p.Done:N0} / {p.Total:N0}" : $"{p.Stage}: {p.Done:N0}");
        });
    }
}
