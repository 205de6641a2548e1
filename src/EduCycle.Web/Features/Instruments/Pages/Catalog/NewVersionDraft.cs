using EduCycle.Engine.Instruments;
using EduCycle.Web.Features.Instruments.Catalog;

namespace EduCycle.Web.Features.Instruments.Pages.Catalog;

/// <summary>
/// The «Новая версия» editor's state: the edited definition text and its valid-from date; checking shows the
/// problems (errors first) without saving, creating saves the next version or nothing at all.
/// </summary>
public sealed class NewVersionDraft(string code, string json, DateOnly validFrom)
{
    public string Code { get; } = code;
    public string Json { get; set; } = json;
    public DateOnly ValidFrom { get; set; } = validFrom;

    /// <summary>The problems of the last check or creation; <c>null</c> before either.</summary>
    public IReadOnlyList<InstrumentProblem>? Problems { get; private set; }

    public void Check() => Problems = Ordered(InstrumentCatalog.Validate(Json));

    /// <returns>The created version, or <c>null</c> when refused (see <see cref="Problems"/>).</returns>
    public async Task<InstrumentVersionRow?> CreateAsync(InstrumentCatalog catalog, string user, CancellationToken ct = default)
    {
        var creation = await catalog.CreateVersionAsync(Code, Json, ValidFrom, user, ct);
        Problems = Ordered(creation.Problems);
        return creation.Created;
    }

    private static IReadOnlyList<InstrumentProblem> Ordered(IEnumerable<InstrumentProblem> problems) =>
        [.. problems.OrderBy(p => p.IsError ? 0 : 1)];
}
