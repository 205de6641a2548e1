using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using Microsoft.EntityFrameworkCore;
using C = EduCycle.Web.Features.Registry.Import.OrganisationColumns;

namespace EduCycle.Web.Features.Registry.Import;

/// <summary>
/// Organisations by external code. A changed municipality closes the current placement at «Действует с» and opens
/// a new one, so counts as of earlier dates stay as they were. Writes through tracked entities (per-entity audit).
/// </summary>
internal sealed class OrganisationImporter(EduCycleDbContext db) : IImporter
{
    private sealed record Row(
        int Number, string Code, string FullName, string ShortName, OrganisationKind Kind, int MunicipalityId, DateOnly? ValidFrom,
        bool IsRural, int StudentCount, double? SocialWellbeingIndex, double? ShareSpecialNeeds, double? ShareNonNativeRussian);

    private sealed record Change(Row Row, Organisation? Existing, OrganisationPlacement? Closed, DateOnly? MovedFrom);

    private readonly List<Row> _rows = [];
    private readonly Dictionary<string, int> _firstRowOfCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<int> _duplicateRows = [];
    private readonly List<Change> _changes = [];
    private Dictionary<string, int> _municipalities = [];
    private HashSet<string> _visible = [];

    private DataScope Scope => db.Scope;

    public async Task PrepareAsync(CancellationToken ct)
    {
        _municipalities = await db.Municipalities.AsNoTracking()
            .ToDictionaryAsync(m => m.Code, m => m.Id, StringComparer.OrdinalIgnoreCase, ct);
        _visible = (await db.Organisations.AsNoTracking().Select(o => o.ExternalCode).ToListAsync(ct))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public Task ParseRowAsync(RowParser p, CancellationToken ct)
    {
        var code = p.Text(C.Code, 32);
        var fullName = p.Text(C.FullName, 500);
        var shortName = p.Text(C.ShortName, 200);
        var kind = p.Choice(C.Kind, ImportChoices.OrganisationKinds);
        var municipalityCode = p.Text(C.MunicipalityCode, 32);
        int? municipalityId = null;
        if (municipalityCode is not null)
        {
            if (!_municipalities.TryGetValue(municipalityCode, out var id))
                p.Error(C.MunicipalityCode, $"неизвестный код муниципалитета «{municipalityCode}»");
            else if (Scope.Kind == ScopeKind.Municipality && id != Scope.MunicipalityId)
                p.Error(C.MunicipalityCode, $"муниципалитет «{municipalityCode}» вне вашей области доступа");
            else municipalityId = id;
        }
        var validFrom = p.Date(C.ValidFrom);
        var isRural = p.Choice(C.IsRural, ImportChoices.YesNo) ?? false;
        var students = p.Integer(C.StudentCount);
        if (students < 0)
        {
            p.Error(C.StudentCount, "численность не может быть отрицательной");
            students = null;
        }
        var index = p.InRange(C.SocialWellbeingIndex, p.Number(C.SocialWellbeingIndex), 0, 1);
        var specialNeeds = p.InRange(C.ShareSpecialNeeds, p.Number(C.ShareSpecialNeeds), 0, 100);
        var nonNative = p.InRange(C.ShareNonNativeRussian, p.Number(C.ShareNonNativeRussian), 0, 100);

        if (code is not null)
        {
            if (_firstRowOfCode.TryGetValue(code, out var first))
            {
                p.Error(C.Code, $"код организации «{code}» повторяется в файле (строки {first} и {p.Row})");
                _duplicateRows.Add(first);
            }
            else _firstRowOfCode[code] = p.Row;
        }
        if (!p.RowHasErrors)
            _rows.Add(new Row(p.Row, code!, fullName!, shortName ?? fullName!, kind!.Value, municipalityId!.Value, validFrom,
                isRural, students ?? 0, index, specialNeeds, nonNative));
        return Task.CompletedTask;
    }

    public async Task<PlanCounts> PlanAsync(List<ImportError> errors, CancellationToken ct)
    {
        foreach (var row in _rows.Where(r => _duplicateRows.Contains(r.Number)))
            errors.Add(new ImportError(row.Number, C.Code.Header, row.Code, $"код организации «{row.Code}» повторяется в файле"));
        var rows = _rows.Where(r => !_duplicateRows.Contains(r.Number)).ToList();

        var existing = new Dictionary<string, Organisation>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in rows.Select(r => r.Code).Chunk(500))
            foreach (var organisation in await db.Organisations.IgnoreQueryFilters().AsNoTracking().Include(o => o.Placements)
                         .Where(o => chunk.Contains(o.ExternalCode)).ToListAsync(ct))
                existing[organisation.ExternalCode] = organisation;

        var today = Scope.Today;
        int created = 0, updated = 0, unchanged = 0;
        foreach (var row in rows)
        {
            existing.TryGetValue(row.Code, out var organisation);
            if (Refusal(row, organisation) is { } refusal)
            {
                errors.Add(new ImportError(row.Number, C.Code.Header, row.Code, refusal));
                continue;
            }
            if (organisation is null)
            {
                _changes.Add(new Change(row, null, null, row.ValidFrom ?? today));
                created++;
                continue;
            }
            var current = organisation.Placements.Where(x => x.ValidTo == null).MaxBy(x => x.ValidFrom);
            DateOnly? movedFrom = null;
            if (current?.MunicipalityId != row.MunicipalityId)
            {
                movedFrom = row.ValidFrom ?? today;
                if (current is not null && movedFrom <= current.ValidFrom)
                {
                    errors.Add(new ImportError(row.Number, C.ValidFrom.Header, movedFrom.Value.ToString("dd.MM.yyyy"),
                        $"смена муниципалитета должна быть позже начала текущей принадлежности ({current.ValidFrom:dd.MM.yyyy})"));
                    continue;
                }
                if (Scope.Kind == ScopeKind.Organisation)
                {
                    errors.Add(new ImportError(row.Number, C.MunicipalityCode.Header, null, "смена муниципалитета вне вашей области доступа"));
                    continue;
                }
            }
            if (movedFrom is null && !Differs(organisation, row))
            {
                unchanged++;
                continue;
            }
            _changes.Add(new Change(row, organisation, movedFrom is null ? null : current, movedFrom));
            updated++;
        }
        return new PlanCounts(created, updated, unchanged);
    }

    public async Task WriteAsync(WriteProgress progress, CancellationToken ct)
    {
        foreach (var chunk in _changes.Chunk(1000))
        {
            foreach (var (row, existing, closed, movedFrom) in chunk)
            {
                if (existing is null)
                {
                    var organisation = new Organisation { ExternalCode = row.Code, FullName = row.FullName, ShortName = row.ShortName };
                    Apply(organisation, row);
                    organisation.Placements.Add(new OrganisationPlacement { MunicipalityId = row.MunicipalityId, ValidFrom = movedFrom!.Value });
                    db.Organisations.Add(organisation);
                    continue;
                }
                existing.Placements = [];
                db.Organisations.Attach(existing);
                Apply(existing, row);
                if (movedFrom is null) continue;
                if (closed is not null)
                {
                    db.OrganisationPlacements.Attach(closed);
                    closed.ValidTo = movedFrom;
                }
                db.OrganisationPlacements.Add(new OrganisationPlacement
                {
                    OrganisationId = existing.Id, MunicipalityId = row.MunicipalityId, ValidFrom = movedFrom.Value,
                });
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            progress.Advance(chunk.Length);
        }
    }

    /// <summary>Why the current user may not import this row, if they may not.</summary>
    private string? Refusal(Row row, Organisation? existing)
    {
        if (existing is not null && !_visible.Contains(existing.ExternalCode))
            return $"организация «{row.Code}» вне вашей области доступа";
        if (existing is null && Scope.Kind is not (ScopeKind.Region or ScopeKind.Municipality))
            return $"организация «{row.Code}» вне вашей области доступа: создавать организации может региональный или муниципальный оператор";
        return null;
    }

    private static bool Differs(Organisation o, Row r) =>
        o.FullName != r.FullName || o.ShortName != r.ShortName || o.Kind != r.Kind || o.IsRural != r.IsRural
        || o.StudentCount != r.StudentCount || o.SocialWellbeingIndex != r.SocialWellbeingIndex
        || o.ShareSpecialNeeds != r.ShareSpecialNeeds || o.ShareNonNativeRussian != r.ShareNonNativeRussian;

    private static void Apply(Organisation o, Row r)
    {
        o.FullName = r.FullName;
        o.ShortName = r.ShortName;
        o.Kind = r.Kind;
        o.IsRural = r.IsRural;
        o.StudentCount = r.StudentCount;
        o.SocialWellbeingIndex = r.SocialWellbeingIndex;
        o.ShareSpecialNeeds = r.ShareSpecialNeeds;
        o.ShareNonNativeRussian = r.ShareNonNativeRussian;
    }
}
