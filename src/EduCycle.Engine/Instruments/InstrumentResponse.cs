using System.Text.Json;

namespace EduCycle.Engine.Instruments;

/// <summary>
/// A filled instrument: answers keyed by item code, in the JSON shape each item kind expects
/// (<c>methodology/README.md</c>, «Responses»), and an optional expert override of the band.
/// </summary>
public sealed record InstrumentResponse
{
    public required string Instrument { get; init; }

    /// <summary>The version answered; when given it must be the scored definition's version.</summary>
    public int? Version { get; init; }

    public IReadOnlyDictionary<string, JsonElement> Answers { get; init; } = new Dictionary<string, JsonElement>();
    public BandOverride? Override { get; init; }

    /// <summary>A response with answers given as plain values (numbers, booleans, strings, arrays, dictionaries).</summary>
    public static InstrumentResponse Of(InstrumentDefinition instrument, IEnumerable<KeyValuePair<string, object?>> answers, BandOverride? bandOverride = null) => new()
    {
        Instrument = instrument.Code,
        Version = instrument.Version,
        Answers = answers.ToDictionary(a => a.Key, a => JsonSerializer.SerializeToElement(a.Value, InstrumentJson.Options)),
        Override = bandOverride,
    };
}

/// <summary>An expert's band set instead of the computed one, with the written reason.</summary>
public sealed record BandOverride
{
    public required string Band { get; init; }
    public string? Comment { get; init; }
}
