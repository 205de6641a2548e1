using System.Collections.Concurrent;

namespace EduCycle.Web.Features.Registry.Import;

/// <summary>
/// Keeps the rejected rows of recent imports for an hour so that the page can offer their XLSX report
/// (GET /import/reports/{id}); only the user who imported may download it.
/// </summary>
public sealed class ImportReports(TimeProvider clock)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();

    private sealed record Entry(string UserName, IReadOnlyList<ImportError> Errors, DateTimeOffset At);

    public Guid Keep(string userName, IReadOnlyList<ImportError> errors)
    {
        var now = clock.GetUtcNow();
        foreach (var (key, entry) in _entries)
            if (now - entry.At > KeepFor) _entries.TryRemove(key, out _);
        var id = Guid.NewGuid();
        _entries[id] = new Entry(userName, errors, now);
        return id;
    }

    public IReadOnlyList<ImportError>? Find(Guid id, string userName) =>
        _entries.TryGetValue(id, out var entry) && entry.UserName == userName ? entry.Errors : null;
}
