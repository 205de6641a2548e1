using EduCycle.Bench;

IBenchMode[] modes = [new GenerateMode(), new ImportMode(), new ScoreMode(), new IndicatorsMode(), new IndicatorsApiMode()];

var mode = args.Length > 0 ? modes.FirstOrDefault(m => m.Name == args[0]) : null;
if (mode is null)
{
    Console.Error.WriteLine("Usage: EduCycle.Bench <mode> [options]");
    foreach (var m in modes) Console.Error.WriteLine($"  {m.Name} {m.Usage}");
    return 2;
}
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
return await mode.RunAsync(BenchArguments.Parse(args[1..]), cancel.Token);
