using EduCycle.Web.Data;

namespace EduCycle.Web.Features.Cycle.Cycles;

/// <summary>Adds lines to a cycle's timeline; saved with the change they describe (the caller's SaveChanges).</summary>
public static class CycleTimeline
{
    public static void Add(EduCycleDbContext db, int cycleId, CycleEventKind kind, string text, string userName, DateTime at,
        string? subject = null, int? subjectId = null) =>
        db.CycleEvents.Add(new CycleEvent
        {
            CycleId = cycleId, Kind = kind, Text = text, UserName = userName, At = at, Subject = subject, SubjectId = subjectId,
        });
}
