using EduCycle.Engine.Calendar;
using EduCycle.Engine.Cycle;
using EduCycle.Engine.Instruments;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Indicators.Definitions;
using EduCycle.Web.Features.Instruments;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Cycle.Cycles;

/// <summary>A new cycle; the name, dates and indicators default from the area, territory and school year.</summary>
public sealed record NewCycle(CycleArea Area, int? MunicipalityId, int SchoolYear, string Goals, IReadOnlyList<string>? IndicatorCodes = null,
    string? Name = null, DateOnly? StartsOn = null, DateOnly? EndsOn = null, int? PreviousCycleId = null,
    IReadOnlyDictionary<string, double>? Targets = null);

public sealed record StageRequest(CycleState To, string? Reason);

/// <summary>Creates cycles and moves them through their stages (closing is <see cref="Snapshots.CycleCloser"/>'s).</summary>
public sealed class CycleService(EduCycleDbContext db, IndicatorCatalog catalog, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Outcome<int>> CreateAsync(Actor actor, NewCycle request, CancellationToken ct = default)
    {
        if (!actor.IsAny(CycleAccess.Managers)) return Refusal.Forbidden("Циклы ведут региональный и муниципальный операторы");
        var problems = new List<InstrumentProblem>();
        if (!Enum.IsDefined(request.Area)) problems.Add(InstrumentProblem.Error("area", "Неизвестное направление"));
        if (request.SchoolYear is < 2000 or > 2100) problems.Add(InstrumentProblem.Error("schoolYear", "Учебный год: укажите год его начала (например, 2025)"));
        if (string.IsNullOrWhiteSpace(request.Goals)) problems.Add(InstrumentProblem.Error("goals", "Сформулируйте цели цикла"));
        if (actor.Scope.Kind != ScopeKind.Region && request.MunicipalityId != actor.Scope.MunicipalityId)
            problems.Add(InstrumentProblem.Error("municipalityId", "Муниципальный оператор ведёт циклы только своего муниципалитета"));
        var municipality = request.MunicipalityId is { } m ? await db.Municipalities.AsNoTracking().FirstOrDefaultAsync(x => x.Id == m, ct) : null;
        if (request.MunicipalityId is not null && municipality is null) problems.Add(InstrumentProblem.Error("municipalityId", "Муниципалитет не найден"));
        if (problems.Count > 0) return Refusal.Invalid("Цикл не создан", problems);

        var inForce = await catalog.InForceAsync(request.SchoolYear, ct);
        var codes = request.IndicatorCodes is { Count: > 0 } named
            ? named.Distinct(StringComparer.Ordinal).ToList()
            : inForce.Where(d => d.Area == CycleLabels.Of(request.Area)).Select(d => d.Code).ToList();
        var unknown = codes.Where(c => inForce.All(d => d.Code != c)).ToList();
        if (unknown.Count > 0)
            return Refusal.Invalid("Цикл не создан", "indicatorCodes", $"Показатели не действуют в {new SchoolYear(request.SchoolYear)} учебном году: {string.Join(", ", unknown)}");
        if (request.PreviousCycleId is { } previous && !await db.Cycles.AnyAsync(c => c.Id == previous, ct))
            return Refusal.Invalid("Цикл не создан", "previousCycleId", "Предыдущий цикл не найден");

        var year = new SchoolYear(request.SchoolYear);
        var cycle = new ManagementCycle
        {
            Name = string.IsNullOrWhiteSpace(request.Name)
                ? $"{CycleLabels.Of(request.Area)}, {municipality?.Name ?? "регион"}, {year}"
                : request.Name.Trim(),
            Area = request.Area,
            MunicipalityId = request.MunicipalityId,
            SchoolYear = request.SchoolYear,
            Goals = request.Goals.Trim(),
            State = CycleState.Planning,
            StartsOn = request.StartsOn ?? year.Start,
            EndsOn = request.EndsOn ?? year.End,
            PreviousCycleId = request.PreviousCycleId,
            CreatedAt = Now,
            CreatedBy = actor.Name,
            Indicators = codes.Select(c => new CycleIndicator
            {
                IndicatorCode = c,
                IndicatorVersion = inForce.First(d => d.Code == c).Version,
                Target = request.Targets is { } targets && targets.TryGetValue(c, out var t) ? t : null,
            }).ToList(),
        };
        if (cycle.EndsOn < cycle.StartsOn) return Refusal.Invalid("Цикл не создан", "endsOn", "Цикл не может закончиться раньше, чем начнётся");
        db.Cycles.Add(cycle);
        await db.SaveChangesAsync(ct);
        CycleTimeline.Add(db, cycle.Id, CycleEventKind.Created, $"Цикл создан: {cycle.Name}", actor.Name, Now);
        await db.SaveChangesAsync(ct);
        return cycle.Id;
    }

    /// <summary>Moves the cycle one stage forward, or back (with a reason); closing goes through the closer, which freezes the values.</summary>
    public async Task<Outcome<CycleState>> MoveAsync(Actor actor, int cycleId, StageRequest request, CancellationToken ct = default)
    {
        var guarded = await CycleGuard.ForChangeAsync(db, actor, cycleId, ct: ct);
        if (guarded.Refusal is { } refusal) return refusal;
        var cycle = guarded.Value!;
        if (CycleStates.Cycle.Refusal(cycle.State, request.To, request.Reason) is { } refused) return Refusal.Invalid(refused, []);
        if (request.To == CycleState.Closed)
            return Refusal.Invalid("Цикл закрывается отдельным действием «Закрыть цикл»: значения показателей при этом фиксируются", []);
        var from = cycle.State;
        cycle.State = request.To;
        var text = $"Этап: «{CycleStates.Name(from)}» → «{CycleStates.Name(request.To)}»"
            + (string.IsNullOrWhiteSpace(request.Reason) ? "" : $". Причина: {request.Reason.Trim()}");
        CycleTimeline.Add(db, cycle.Id, CycleEventKind.StageChanged, text, actor.Name, Now);
        await db.SaveChangesAsync(ct);
        return cycle.State;
    }
}
