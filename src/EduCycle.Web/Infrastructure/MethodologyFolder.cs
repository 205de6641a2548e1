namespace EduCycle.Web.Infrastructure;

/// <summary>
/// Locates the shipped methodology (<c>methodology/</c> of the repository): the folder named by the setting
/// <c>Methodology:Path</c>, or the first <c>methodology</c> folder found walking up from the content root.
/// </summary>
public sealed class MethodologyFolder(IConfiguration configuration, IHostEnvironment environment)
{
    public const string PathSetting = "Methodology:Path";

    /// <summary>The path of <paramref name="relative"/> inside the methodology folder, or null when it does not exist.</summary>
    public string? Find(string relative)
    {
        if (configuration[PathSetting] is { Length: > 0 } configured)
        {
            var path = Path.Combine(Path.GetFullPath(configured, environment.ContentRootPath), relative);
            return Exists(path) ? path : null;
        }
        for (var dir = new DirectoryInfo(environment.ContentRootPath); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "methodology", relative);
            if (Exists(candidate)) return candidate;
        }
        return null;
    }

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);
}
