using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Instruments;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Diagnostics.Topics;

public sealed record TopicRow(int Id, string Code, string Name, CompetencyGroup Group, int? SubjectId, string? SubjectName);

public sealed record TopicRequest(string Code, string Name, CompetencyGroup Group, int? SubjectId);

/// <summary>The deficit topic catalogue (not personal, visible to all); regional roles add topics.</summary>
public sealed class DeficitTopicCatalog(EduCycleDbContext db)
{
    public async Task<IReadOnlyList<TopicRow>> ListAsync(CancellationToken ct = default) =>
        await db.DeficitTopics.AsNoTracking().OrderBy(t => t.Group).ThenBy(t => t.Name)
            .Select(t => new TopicRow(t.Id, t.Code, t.Name, t.Group, t.SubjectId,
                db.Subjects.Where(s => s.Id == t.SubjectId).Select(s => s.Name).FirstOrDefault()))
            .ToListAsync(ct);

    public async Task<Outcome<TopicRow>> AddAsync(Actor actor, TopicRequest request, CancellationToken ct = default)
    {
        if (!actor.IsAny(DiagnosticAccess.Regional))
            return Refusal.Forbidden("Темы дефицитов добавляют региональный оператор и региональный методист");
        var code = request.Code?.Trim() ?? "";
        var name = request.Name?.Trim() ?? "";
        if (code.Length is 0 or > 64) return Refusal.Invalid("Тема не добавлена", "code", "код темы: от 1 до 64 символов");
        if (name.Length is 0 or > 500) return Refusal.Invalid("Тема не добавлена", "name", "название темы: от 1 до 500 символов");
        if (!Enum.IsDefined(request.Group)) return Refusal.Invalid("Тема не добавлена", "group", "неизвестная группа компетенций");
        if (request.SubjectId is { } s && !await db.Subjects.AnyAsync(x => x.Id == s, ct))
            return Refusal.Invalid("Тема не добавлена", "subjectId", $"предмет {s} не найден");
        if (await db.DeficitTopics.AnyAsync(t => t.Code == code, ct))
            return Refusal.Conflict($"Тема с кодом «{code}» уже есть");
        var topic = new DeficitTopic { Code = code, Name = name, Group = request.Group, SubjectId = request.SubjectId };
        db.DeficitTopics.Add(topic);
        await db.SaveChangesAsync(ct);
        var subjectName = request.SubjectId is null ? null : await db.Subjects.Where(x => x.Id == request.SubjectId).Select(x => x.Name).FirstAsync(ct);
        return new TopicRow(topic.Id, topic.Code, topic.Name, topic.Group, topic.SubjectId, subjectName);
    }
}
