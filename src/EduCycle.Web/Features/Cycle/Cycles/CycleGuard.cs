using EduCycle.Engine.Cycle;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Instruments;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Cycle.Cycles;

/// <summary>
/// The checks before any change inside a cycle: the cycle exists in the caller's scope («не найдено» otherwise), the
/// caller may manage (or author in) it, and it is not closed — a closed cycle never changes.
/// </summary>
public static class CycleGuard
{
    public static async Task<Outcome<ManagementCycle>> ForChangeAsync(EduCycleDbContext db, Actor actor, int cycleId, bool authoring = false,
        CancellationToken ct = default)
    {
        var cycle = await db.Cycles.FirstOrDefaultAsync(c => c.Id == cycleId, ct);
        if (cycle is null) return Refusal.NotFound();
        if (!(authoring ? actor.CanAuthor(cycle) : actor.CanManage(cycle)))
            return Refusal.Forbidden(cycle.MunicipalityId is null
                ? "Региональный цикл ведёт региональный оператор"
                : "Цикл ведёт муниципальный оператор его муниципалитета");
        if (cycle.State == CycleState.Closed) return Refusal.Conflict($"Цикл «{cycle.Name}» закрыт: его записи больше не меняются");
        return cycle;
    }
}
