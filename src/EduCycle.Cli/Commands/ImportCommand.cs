using System.CommandLine;

namespace EduCycle.Cli.Commands;

/// <summary><c>educycle import organisations|staff FILE</c></summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var command = new Command("import", "Загрузить организации или работников из XLSX/CSV");
        return command;
    }
}
