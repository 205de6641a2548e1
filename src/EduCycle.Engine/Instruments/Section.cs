namespace EduCycle.Engine.Instruments;

/// <summary>A section (раздел, критерий, блок) of an instrument: items and optional nested sections.</summary>
/// <remarks>
/// A section's score is the sum of its items' points plus its nested sections' scores; with the
/// <see cref="TotalMode.WeightedSum"/> mode each nested section counts <see cref="Weight"/> × its score.
/// </remarks>
public sealed record Section
{
    public required string Code { get; init; }
    public string Title { get; init; } = "";

    /// <summary>Weight of the section's score in a weighted sum; ignored by a plain sum.</summary>
    public decimal Weight { get; init; } = 1m;

    /// <summary>The maximum the source states for the section; checked against the items.</summary>
    public decimal? MaxPoints { get; init; }

    public IReadOnlyList<Item> Items { get; init; } = [];
    public IReadOnlyList<Section> Sections { get; init; } = [];

    /// <summary>This section's items followed by those of its nested sections, depth first.</summary>
    public IEnumerable<Item> AllItems() => Items.Concat(Sections.SelectMany(s => s.AllItems()));

    /// <summary>This section and its nested sections, depth first.</summary>
    public IEnumerable<Section> SelfAndDescendants() => Sections.SelectMany(s => s.SelfAndDescendants()).Prepend(this);
}
