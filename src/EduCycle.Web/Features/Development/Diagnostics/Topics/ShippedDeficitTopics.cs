using System.Text.Json;
using System.Text.Json.Serialization;
using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using EduCycle.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Diagnostics.Topics;

/// <summary>
/// Loads <c>methodology/development/deficit-topics.json</c> at start-up, upserting by code: a new code is added,
/// a stored one takes the file's name, group and subject (a subject code not yet in the reference list leaves the
/// topic common until a later start finds it). Topics added by users (codes not in the file) are left alone.
/// </summary>
public sealed class ShippedDeficitTopics(EduCycleDbContext db, MethodologyFolder methodology, ILogger<ShippedDeficitTopics> log)
{
    public const string FileName = "deficit-topics.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private sealed record TopicFile(IReadOnlyList<ShippedTopic> Topics);

    private sealed record ShippedTopic(string Code, string Name, CompetencyGroup Group, string? Subject);

    /// <returns>How many topics were added or changed.</returns>
    public async Task<int> LoadAsync(CancellationToken ct = default)
    {
        if (methodology.Find(Path.Combine("development", FileName)) is not { } path)
        {
            log.LogWarning("No methodology/development/{File} found; no shipped deficit topics loaded", FileName);
            return 0;
        }
        await using var stream = File.OpenRead(path);
        var file = await JsonSerializer.DeserializeAsync<TopicFile>(stream, Json, ct)
                   ?? throw new InvalidDataException($"{path} is empty");
        var subjects = await db.Subjects.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.Id, StringComparer.OrdinalIgnoreCase, ct);
        var stored = await db.DeficitTopics.ToDictionaryAsync(t => t.Code, StringComparer.Ordinal, ct);
        var changed = 0;
        foreach (var shipped in file.Topics)
        {
            var subjectId = shipped.Subject is { } code && subjects.TryGetValue(code, out var id) ? id : (int?)null;
            if (!stored.TryGetValue(shipped.Code, out var topic))
            {
                db.DeficitTopics.Add(new DeficitTopic { Code = shipped.Code, Name = shipped.Name, Group = shipped.Group, SubjectId = subjectId });
                changed++;
            }
            else if (topic.Name != shipped.Name || topic.Group != shipped.Group || topic.SubjectId != subjectId)
            {
                (topic.Name, topic.Group, topic.SubjectId) = (shipped.Name, shipped.Group, subjectId);
                changed++;
            }
        }
        if (changed > 0)
        {
            await db.SaveChangesAsync(ct);
            log.LogInformation("Deficit topics: {Count} added or updated from {File}", changed, path);
        }
        return changed;
    }
}
