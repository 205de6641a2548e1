using EduCycle.Engine.Instruments;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Cycle.Cycles;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Targets;
using EduCycle.Web.Features.Instruments;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Cycle.Findings;

/// <summary>A finding added by hand: <c>{title, level, unitId, indicatorCode?, value?, target?, severity, evidence}</c>.</summary>
public sealed record NewFinding(string Title, UnitLevel Level, int UnitId, string Evidence, FindingSeverity Severity = FindingSeverity.Medium,
    string? IndicatorCode = null, double? Value = null, double? Target = null, string? InstrumentCode = null);

/// <summary>
/// Brings findings into a cycle: the indicators' findings of the cycle's indicators, year and territory (its
/// municipality and that municipality's organisations, or the region and its municipalities), each taken once; and
/// findings added by hand with their evidence.
/// </summary>
public sealed class CycleFindings(EduCycleDbContext db, UnitNames units, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Copies the indicators' findings not yet in the cycle; returns how many were added.</summary>
    public async Task<Outcome<int>> TakeFromIndicatorsAsync(Actor actor, int cycleId, CancellationToken ct = default)
    {
        var guarded = await CycleGuard.ForChangeAsync(db, actor, cycleId, authoring: true, ct: ct);
        if (guarded.Refusal is { } refusal) return refusal;
        var cycle = guarded.Value!;
        var codes = await db.CycleIndicators.Where(i => i.CycleId == cycleId).Select(i => i.IndicatorCode).ToListAsync(ct);
        var candidates = db.Findings.AsNoTracking().Where(f => f.SchoolYear == cycle.SchoolYear && codes.Contains(f.IndicatorCode));
        candidates = cycle.MunicipalityId is { } m
            ? candidates.Where(f => (f.Level == UnitLevel.Municipality && f.UnitId == m)
                || (f.Level == UnitLevel.Organisation && db.OrganisationPlacements.Any(p => p.OrganisationId == f.UnitId && p.MunicipalityId == m
                    && p.ValidFrom <= actor.Scope.Today && (p.ValidTo == null || p.ValidTo > actor.Scope.Today))))
            : candidates.Where(f => f.Level != UnitLevel.Organisation);
        var taken = db.CycleFindings.Where(c => c.CycleId == cycleId && c.IndicatorFindingId != null).Select(c => c.IndicatorFindingId);
        var found = await candidates.Where(f => !taken.Contains(f.Id)).ToListAsync(ct);
        var names = (await db.IndicatorDefinitions.AsNoTracking().Where(d => codes.Contains(d.Code)).Select(d => new { d.Code, d.Version, d.Name }).ToListAsync(ct))
            .ToDictionary(d => (d.Code, d.Version), d => d.Name);
        foreach (var f in found)
        {
            var name = names.GetValueOrDefault((f.IndicatorCode, f.IndicatorVersion)) ?? f.IndicatorCode;
            db.CycleFindings.Add(new CycleFinding
            {
                CycleId = cycleId,
                Source = f.Kind == FindingKind.OffTarget ? FindingSource.OffTarget : FindingSource.Worsening,
                IndicatorCode = f.IndicatorCode,
                IndicatorVersion = f.IndicatorVersion,
                Title = f.Kind == FindingKind.OffTarget ? $"{name}: значение не достигает целевого" : $"{name}: ухудшение по сравнению с прошлым годом",
                SchoolYear = f.SchoolYear,
                Level = f.Level,
                UnitId = f.UnitId,
                UnitName = f.UnitName,
                Breakdown = f.Breakdown,
                Value = f.Value,
                Target = f.Target,
                PreviousValue = f.PreviousValue,
                Severity = f.Severity,
                IndicatorFindingId = f.Id,
                CreatedAt = Now,
                CreatedBy = actor.Name,
            });
        }
        if (found.Count > 0)
            CycleTimeline.Add(db, cycleId, CycleEventKind.Finding, $"В цикл включены проблемные зоны по показателям: {found.Count}", actor.Name, Now);
        await db.SaveChangesAsync(ct);
        return found.Count;
    }

    /// <summary>Adds a finding by hand; the unit must be in the cycle's territory and the caller's scope.</summary>
    public async Task<Outcome<int>> AddAsync(Actor actor, int cycleId, NewFinding request, CancellationToken ct = default)
    {
        var guarded = await CycleGuard.ForChangeAsync(db, actor, cycleId, authoring: true, ct: ct);
        if (guarded.Refusal is { } refusal) return refusal;
        var cycle = guarded.Value!;
        var problems = new List<InstrumentProblem>();
        if (string.IsNullOrWhiteSpace(request.Title)) problems.Add(InstrumentProblem.Error("title", "Опишите проблемную зону"));
        if (string.IsNullOrWhiteSpace(request.Evidence)) problems.Add(InstrumentProblem.Error("evidence", "Укажите, на чём основан вывод (справка, посещение, отчёт)"));
        if (!Enum.IsDefined(request.Severity)) problems.Add(InstrumentProblem.Error("severity", "Неизвестная серьёзность"));
        if (request.IndicatorCode is { } code && !await db.CycleIndicators.AnyAsync(i => i.CycleId == cycleId && i.IndicatorCode == code, ct))
            problems.Add(InstrumentProblem.Error("indicatorCode", $"Показатель {code} не входит в цикл"));
        var unitName = await UnitInTerritoryAsync(cycle, request.Level, request.UnitId, ct);
        if (unitName is null) problems.Add(InstrumentProblem.Error("unitId", "Подразделение не найдено на территории цикла"));
        if (problems.Count > 0) return Refusal.Invalid("Проблемная зона не добавлена", problems);
        var version = request.IndicatorCode is null ? (int?)null
            : await db.CycleIndicators.Where(i => i.CycleId == cycleId && i.IndicatorCode == request.IndicatorCode).Select(i => i.IndicatorVersion).FirstAsync(ct);
        var finding = new CycleFinding
        {
            CycleId = cycleId,
            Source = FindingSource.Manual,
            IndicatorCode = request.IndicatorCode,
            IndicatorVersion = version,
            InstrumentCode = request.InstrumentCode,
            Title = request.Title.Trim(),
            SchoolYear = cycle.SchoolYear,
            Level = request.Level,
            UnitId = request.UnitId,
            UnitName = unitName!,
            Value = request.Value,
            Target = request.Target,
            Severity = request.Severity,
            Evidence = request.Evidence.Trim(),
            CreatedAt = Now,
            CreatedBy = actor.Name,
        };
        db.CycleFindings.Add(finding);
        await db.SaveChangesAsync(ct);
        CycleTimeline.Add(db, cycleId, CycleEventKind.Finding, $"Добавлена проблемная зона: {finding.Title} ({finding.UnitName})", actor.Name, Now, "finding", finding.Id);
        await db.SaveChangesAsync(ct);
        return finding.Id;
    }

    /// <summary>The unit's name when it lies in the cycle's territory (a municipal cycle: its municipality and organisations).</summary>
    public async Task<string?> UnitInTerritoryAsync(ManagementCycle cycle, UnitLevel level, int unitId, CancellationToken ct)
    {
        if (cycle.MunicipalityId is { } m)
        {
            if (level == UnitLevel.Region) return null;
            if (level == UnitLevel.Municipality && unitId != m) return null;
            if (level == UnitLevel.Organisation && !await db.OrganisationPlacements.AnyAsync(p => p.OrganisationId == unitId && p.MunicipalityId == m, ct))
                return null;
        }
        var named = await units.OfAsync(level, [unitId], ct);
        return named.GetValueOrDefault(unitId);
    }
}
