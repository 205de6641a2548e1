namespace EduCycle.Bench;

/// <summary><c>--name value</c> pairs of the command line.</summary>
internal sealed class BenchArguments(IReadOnlyDictionary<string, string> values)
{
    public static BenchArguments Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
                throw new ArgumentException($"Expected an option (--name value), got '{args[i]}'.");
            values[args[i][2..]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
        }
        return new BenchArguments(values);
    }

    public string Get(string name, string fallback) => values.GetValueOrDefault(name, fallback);

    public int Get(string name, int fallback) =>
        values.TryGetValue(name, out var text) ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    public bool Has(string name) => values.ContainsKey(name);

    /// <summary>The providers named by <c>--provider sqlite|postgres|both</c>.</summary>
    public IReadOnlyList<string> Providers(string fallback = "sqlite") => Get("provider", fallback).ToLowerInvariant() switch
    {
        "both" => [BenchDatabase.Sqlite, BenchDatabase.Postgres],
        var p when p is BenchDatabase.Sqlite or BenchDatabase.Postgres => [p],
        var p => throw new ArgumentException($"--provider must be sqlite, postgres or both, not '{p}'."),
    };
}
