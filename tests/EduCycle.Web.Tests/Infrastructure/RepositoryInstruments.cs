using EduCycle.Engine.Instruments;

namespace EduCycle.Web.Tests.Infrastructure;

/// <summary>The shipped definitions in the repository's <c>methodology/instruments</c>, found above the test binaries.</summary>
public static class RepositoryInstruments
{
    public static string Folder { get; } = Path.Combine(FindRepoRoot(), "methodology", "instruments");

    public static InstrumentDefinition Load(string code) =>
        InstrumentJson.ParseDefinition(File.ReadAllText(Path.Combine(Folder, $"{code}.v1.json")), code);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EduCycle.sln"))) return dir.FullName;
        throw new InvalidOperationException($"EduCycle.sln not found above {AppContext.BaseDirectory}");
    }
}
