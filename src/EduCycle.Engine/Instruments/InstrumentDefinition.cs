namespace EduCycle.Engine.Instruments;

/// <summary>
/// One version of an instrument: a tree of sections and items with its scoring
/// (format: <c>methodology/README.md</c>). Load it with <see cref="InstrumentJson.ParseDefinition"/>,
/// check it with <see cref="InstrumentValidation.Validate"/>, score responses with <see cref="InstrumentScorer.Score"/>.
/// </summary>
public sealed record InstrumentDefinition
{
    /// <summary>Stable across versions; <c>[a-z0-9-]</c>.</summary>
    public required string Code { get; init; }
    public required int Version { get; init; }

    /// <summary>The version applies to campaigns from this date.</summary>
    public required DateOnly ValidFrom { get; init; }
    public required string Name { get; init; }
    public required InstrumentKind Kind { get; init; }
    public required AssessedSubject Subject { get; init; }

    /// <summary>Where the instrument comes from (seed and chapter).</summary>
    public string? Source { get; init; }

    /// <summary>Named point scales used by scale items and Likert rows.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ScalePoint>> Scales { get; init; } = new Dictionary<string, IReadOnlyList<ScalePoint>>();

    public IReadOnlyList<Section> Sections { get; init; } = [];
    public Scoring Scoring { get; init; } = new();

    /// <summary>Tests only: how many questions of which section a variant draws.</summary>
    public IReadOnlyList<DrawRule> Draw { get; init; } = [];

    /// <summary>Decisions taken where the seed is silent or inconsistent, with the reason.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Every item, depth first in document order.</summary>
    public IEnumerable<Item> AllItems() => Sections.SelectMany(s => s.AllItems());

    /// <summary>Every section, depth first in document order.</summary>
    public IEnumerable<Section> AllSections() => Sections.SelectMany(s => s.SelfAndDescendants());

    public IReadOnlyList<ScalePoint>? FindScale(string? name) =>
        name is not null && Scales.TryGetValue(name, out var points) ? points : null;

    public Section? FindSection(string code) => AllSections().FirstOrDefault(s => s.Code == code);
}
