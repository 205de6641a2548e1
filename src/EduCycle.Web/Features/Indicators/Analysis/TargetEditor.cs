using EduCycle.Engine.Calendar;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Definitions;
using EduCycle.Web.Features.Indicators.Targets;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Indicators.Analysis;

/// <summary>A target as entered: indicator, school year, level, unit (null — every unit of the level) and value.</summary>
public sealed record TargetDraft(string IndicatorCode, int Year, UnitLevel Level, int? UnitId, double? Value);

/// <summary>A stored target for display: the indicator's name and unit, the unit's name («все» when null), who may change it.</summary>
public sealed record TargetRow(int Id, string IndicatorCode, string IndicatorName, string IndicatorUnit, int Year, UnitLevel Level,
    int? UnitId, string? UnitName, double Value, string CreatedBy, DateTime CreatedAt, bool CanEdit);

/// <summary>The result of a change: the target, or the problems (Russian, by field), or a refusal for the user's role.</summary>
public sealed record TargetOutcome(IndicatorTarget? Saved, IReadOnlyList<DraftProblem> Problems, bool Forbidden = false)
{
    public static TargetOutcome Refused(string message) => new(null, [new("Level", message)], Forbidden: true);
}

/// <summary>
/// Targets («целевые значения») under the rules of who sets them: the regional operator at every level, the municipal
/// operator only for organisations of its own municipality (one organisation at a time). The caller's role is
/// checked by the page or endpoint; here the scope decides which of the two planners acts.
/// </summary>
public sealed class TargetEditor(EduCycleDbContext db, IndicatorCatalog catalog, TimeProvider clock)
{
    public const string MunicipalOnlyOrganisations = "Муниципальный оператор задаёт целевые значения только для организаций своего муниципалитета.";

    /// <summary>Targets of a school year the user may see (organisation targets only of visible organisations), by indicator, level, unit.</summary>
    public async Task<IReadOnlyList<TargetRow>> ListAsync(int year, string? code = null, UnitLevel? level = null, CancellationToken ct = default)
    {
        var query = db.IndicatorTargets.AsNoTracking().Where(t => t.SchoolYear == year
            && (t.Level != UnitLevel.Organisation || t.UnitId == null || db.Organisations.Any(o => o.Id == t.UnitId)));
        if (code is not null) query = query.Where(t => t.IndicatorCode == code);
        if (level is { } l) query = query.Where(t => t.Level == l);
        var targets = await query.ToListAsync(ct);
        var definitions = (await catalog.InForceAsync(year, ct)).ToDictionary(d => d.Code);
        var names = new Dictionary<UnitLevel, IReadOnlyDictionary<int, string>>();
        foreach (var used in targets.Select(t => t.Level).Distinct()) names[used] = await new UnitNames(db).OfAsync(used, ct);
        return targets.Select(t => new TargetRow(t.Id, t.IndicatorCode,
                definitions.GetValueOrDefault(t.IndicatorCode)?.Name ?? t.IndicatorCode, definitions.GetValueOrDefault(t.IndicatorCode)?.Unit ?? "",
                t.SchoolYear, t.Level, t.UnitId, t.UnitId is { } id ? names[t.Level].GetValueOrDefault(id) : null, t.Value, t.CreatedBy, t.CreatedAt,
                MayChange(t.Level, t.UnitId)))
            .OrderBy(r => r.IndicatorCode, StringComparer.Ordinal).ThenByDescending(r => r.Level).ThenBy(r => r.UnitName, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>The visible target of this indicator, year, level and unit, if any.</summary>
    public Task<IndicatorTarget?> FindAsync(string code, int year, UnitLevel level, int? unitId, CancellationToken ct = default) =>
        db.IndicatorTargets.FirstOrDefaultAsync(t => t.IndicatorCode == code && t.SchoolYear == year && t.Level == level && t.UnitId == unitId
            && (t.Level != UnitLevel.Organisation || t.UnitId == null || db.Organisations.Any(o => o.Id == t.UnitId)), ct);

    /// <summary>Adds a target (<paramref name="id"/> null) or changes the target with this id.</summary>
    public async Task<TargetOutcome> SaveAsync(TargetDraft draft, int? id = null, CancellationToken ct = default)
    {
        if (!MayChange(draft.Level, draft.UnitId)) return TargetOutcome.Refused(MunicipalOnlyOrganisations);
        IndicatorTarget? target = null;
        if (id is { } existing)
        {
            target = await db.IndicatorTargets.FirstOrDefaultAsync(t => t.Id == existing, ct);
            if (target is null) return new(null, [new("Id", "Целевое значение не найдено — возможно, его уже удалили.")]);
            if (!MayChange(target.Level, target.UnitId) || !await VisibleAsync(target.Level, target.UnitId, ct))
                return TargetOutcome.Refused(MunicipalOnlyOrganisations);
        }
        var problems = await ValidateAsync(draft, id, ct);
        if (problems.Count > 0) return new(null, problems);
        if (target is null)
        {
            target = new IndicatorTarget { IndicatorCode = draft.IndicatorCode, CreatedBy = db.Scope.UserName };
            db.IndicatorTargets.Add(target);
        }
        target.IndicatorCode = draft.IndicatorCode;
        target.SchoolYear = draft.Year;
        target.Level = draft.Level;
        target.UnitId = draft.UnitId;
        target.Value = draft.Value!.Value;
        target.CreatedAt = clock.GetUtcNow().UtcDateTime;
        target.CreatedBy = db.Scope.UserName;
        await db.SaveChangesAsync(ct);
        return new(target, []);
    }

    /// <returns>Null when deleted, else the refusal or «не найдено».</returns>
    public async Task<TargetOutcome?> DeleteAsync(int id, CancellationToken ct = default)
    {
        var target = await db.IndicatorTargets.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (target is null || !await VisibleAsync(target.Level, target.UnitId, ct))
            return new(null, [new("Id", "Целевое значение не найдено — возможно, его уже удалили.")]);
        if (!MayChange(target.Level, target.UnitId)) return TargetOutcome.Refused(MunicipalOnlyOrganisations);
        db.IndicatorTargets.Remove(target);
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Whether the user's scope may set targets at this level and unit (the unit's visibility is checked separately).</summary>
    public bool MayChange(UnitLevel level, int? unitId) => db.Scope.Kind switch
    {
        ScopeKind.Region => true,
        ScopeKind.Municipality => level == UnitLevel.Organisation && unitId is not null,
        _ => false,
    };

    private async Task<IReadOnlyList<DraftProblem>> ValidateAsync(TargetDraft draft, int? id, CancellationToken ct)
    {
        var problems = new List<DraftProblem>();
        IndicatorDefinition? definition = null;
        if (draft.Year is < 2000 or > 2100) problems.Add(new("Year", "Учебный год: укажите год начала от 2000 до 2100."));
        else if (string.IsNullOrWhiteSpace(draft.IndicatorCode)) problems.Add(new("IndicatorCode", "Показатель: выберите показатель."));
        else if (await catalog.InForceAsync(draft.IndicatorCode, draft.Year, ct) is not { } found)
            problems.Add(new("IndicatorCode", (await catalog.VersionsAsync(draft.IndicatorCode, ct)).Count == 0
                ? $"Показатель: нет показателя с кодом «{draft.IndicatorCode}»."
                : $"Показатель: «{draft.IndicatorCode}» не действует в {new SchoolYear(draft.Year)} учебном году."));
        else definition = found;
        if (!Enum.IsDefined(draft.Level)) problems.Add(new("Level", "Уровень: регион, муниципалитет или организация."));
        else if (draft.UnitId is not null && !await VisibleAsync(draft.Level, draft.UnitId, ct))
            problems.Add(new("UnitId", $"Подразделение: нет доступного вам подразделения уровня «{IndicatorLabels.Of(draft.Level)}» с номером {draft.UnitId}."));
        if (draft.Value is not { } value || !double.IsFinite(value)) problems.Add(new("Value", "Целевое значение: укажите число."));
        else if (definition?.Unit == "%" && value is < 0 or > 100)
            problems.Add(new("Value", $"Целевое значение: показатель {definition.Code} измеряется в процентах — от 0 до 100, указано {value.ToString(Infrastructure.InfrastructureSetup.Russian)}."));
        if (problems.Count == 0 && await db.IndicatorTargets.AnyAsync(t => t.Id != (id ?? 0) && t.IndicatorCode == draft.IndicatorCode
                && t.SchoolYear == draft.Year && t.Level == draft.Level && t.UnitId == draft.UnitId, ct))
            problems.Add(new("IndicatorCode", $"Показатель: целевое значение {draft.IndicatorCode} на {new SchoolYear(draft.Year)} учебный год для уровня " +
                $"«{IndicatorLabels.Of(draft.Level)}»{(draft.UnitId is null ? " (все подразделения)" : "")} уже задано — измените его."));
        return problems;
    }

    private async Task<bool> VisibleAsync(UnitLevel level, int? unitId, CancellationToken ct) => unitId is not { } id || level switch
    {
        UnitLevel.Organisation => await db.Organisations.AnyAsync(o => o.Id == id, ct),
        UnitLevel.Municipality => await db.Municipalities.AnyAsync(m => m.Id == id, ct),
        _ => await db.Regions.AnyAsync(r => r.Id == id, ct),
    };
}
