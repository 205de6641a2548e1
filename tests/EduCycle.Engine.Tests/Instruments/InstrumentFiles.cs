namespace EduCycle.Engine.Tests.Instruments;

/// <summary>Where instrument and case files live: the shipped <c>methodology/instruments</c> and the engine's own samples.</summary>
internal static class InstrumentFiles
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static IEnumerable<string> Folders =>
    [
        Path.Combine(RepoRoot, "methodology", "instruments"),
        Path.Combine(RepoRoot, "tests", "EduCycle.Engine.Tests", "Instruments", "Samples"),
    ];

    public static IEnumerable<string> CaseFiles => Files("*.cases.json");

    public static IEnumerable<string> InstrumentFilesOnly =>
        Files("*.json").Where(f => !f.EndsWith(".cases.json", StringComparison.Ordinal));

    public static string Relative(string path) => Path.GetRelativePath(RepoRoot, path);

    public static string Absolute(string relative) => Path.Combine(RepoRoot, relative);

    /// <summary>The instrument a case file belongs to: the same name without <c>.cases</c>.</summary>
    public static string InstrumentOf(string caseFile) => caseFile[..^".cases.json".Length] + ".json";

    private static IEnumerable<string> Files(string pattern) => Folders
        .Where(Directory.Exists)
        .SelectMany(d => Directory.EnumerateFiles(d, pattern))
        .Order(StringComparer.Ordinal);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EduCycle.sln"))) return dir.FullName;
        throw new InvalidOperationException($"EduCycle.sln not found above {AppContext.BaseDirectory}");
    }
}
