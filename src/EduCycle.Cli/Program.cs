using System.CommandLine;
using EduCycle.Cli.Commands;

namespace EduCycle.Cli;

internal static class Program
{
    public static Task<int> Main(string[] args)
    {
        var root = new RootCommand("EduCycle: управленческий цикл качества образования — командная строка")
        {
            SeedDemoCommand.Create(),
            ImportCommand.Create(),
            InstrumentsCommand.Create(),
            IndicatorsCommand.Create(),
        };
        return root.Parse(args).InvokeAsync();
    }
}
