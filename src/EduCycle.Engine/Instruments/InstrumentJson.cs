using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EduCycle.Engine.Instruments;

/// <summary>
/// JSON of definitions, responses and results (<c>methodology/README.md</c>): camelCase, enums as camelCase
/// strings, Cyrillic unescaped, the item <c>kind</c> anywhere in the object; a missing required property or a
/// <c>null</c> where the model does not allow one is a format error.
/// </summary>
public static class InstrumentJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        AllowOutOfOrderMetadataProperties = true,
        NumberHandling = JsonNumberHandling.Strict,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <exception cref="InstrumentException">The text is not a definition in the documented format.</exception>
    public static InstrumentDefinition ParseDefinition(string json, string source = "определение") => Parse<InstrumentDefinition>(json, source);

    /// <exception cref="InstrumentException">The text is not a response in the documented format.</exception>
    public static InstrumentResponse ParseResponse(string json, string source = "ответ") => Parse<InstrumentResponse>(json, source);

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Reads back a stored <see cref="InstrumentResult"/>: <see cref="Serialize{T}"/> leaves null members out.</summary>
    public static InstrumentResult ParseResult(string json) => JsonSerializer.Deserialize<InstrumentResult>(json, ResultOptions)!;

    private static readonly JsonSerializerOptions ResultOptions = new(Options) { RespectRequiredConstructorParameters = false };

    private static T Parse<T>(string json, string source) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("пустой документ (null)");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            var path = e is JsonException { Path: { } p } ? p : "$";
            var line = e is JsonException { LineNumber: { } l } ? $" (строка {l + 1})" : "";
            throw new InstrumentException(source, [InstrumentProblem.Error(path, $"неверный формат JSON{line}: {e.Message}")]);
        }
    }
}
