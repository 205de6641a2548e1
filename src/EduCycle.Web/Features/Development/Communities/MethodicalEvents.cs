using EduCycle.Web.Data;
using EduCycle.Web.Features.Registry.Queries;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Communities;

public sealed record EventFilter
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public ActivityLevel? Level { get; init; }
    public EventForm? Form { get; init; }
    public int? MunicipalityId { get; init; }
    public int? SubjectId { get; init; }
    public int? CommunityId { get; init; }
    public bool NetworkOnly { get; init; }
}

public sealed record EventRow(
    int Id, string Name, EventForm Form, ActivityLevel Level, DateOnly Date, DateOnly? EndDate, string? Organiser, string? Municipality,
    string? Community, string? Subject, bool IsNetwork, int Participants, IReadOnlyList<string> Topics);

public sealed record ParticipantRow(int Id, int PersonId, string Name, ParticipationRole Role);

public sealed record EventDraft(
    string Name, EventForm Form, ActivityLevel Level, DateOnly Date, DateOnly? EndDate, int? OrganiserOrganisationId, int? MunicipalityId,
    int? CommunityId, int? SubjectId, bool IsNetwork, IReadOnlyList<int> TopicIds);

/// <summary>Methodical events (seminars, master classes, open lessons…) and who took part, under the user's scope.</summary>
public static class MethodicalEvents
{
    public static async Task<List<EventRow>> ListAsync(EduCycleDbContext db, EventFilter filter, CancellationToken ct = default)
    {
        var events = db.MethodicalEvents.AsNoTracking();
        if (filter.From is { } from) events = events.Where(e => (e.EndDate ?? e.Date) >= from);
        if (filter.To is { } to) events = events.Where(e => e.Date <= to);
        if (filter.Level is { } l) events = events.Where(e => e.Level == l);
        if (filter.Form is { } f) events = events.Where(e => e.Form == f);
        if (filter.MunicipalityId is { } m) events = events.Where(e => e.MunicipalityId == m);
        if (filter.SubjectId is { } s) events = events.Where(e => e.SubjectId == s);
        if (filter.CommunityId is { } c) events = events.Where(e => e.CommunityId == c);
        if (filter.NetworkOnly) events = events.Where(e => e.IsNetwork);
        var rows = await events
            .OrderByDescending(e => e.Date)
            .Select(e => new
            {
                e.Id, e.Name, e.Form, e.Level, e.Date, e.EndDate, e.IsNetwork,
                Organiser = db.Organisations.Where(o => o.Id == e.OrganiserOrganisationId).Select(o => o.ShortName).FirstOrDefault(),
                Municipality = db.Municipalities.Where(x => x.Id == e.MunicipalityId).Select(x => x.Name).FirstOrDefault(),
                Community = db.Communities.Where(c => c.Id == e.CommunityId).Select(c => c.Name).FirstOrDefault(),
                Subject = db.Subjects.Where(x => x.Id == e.SubjectId).Select(x => x.Name).FirstOrDefault(),
                Participants = db.EventParticipations.Count(p => p.EventId == e.Id),
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var topics = (await db.EventTopics.Where(t => ids.Contains(t.EventId))
                .Join(db.DeficitTopics, t => t.TopicId, d => d.Id, (t, d) => new { t.EventId, d.Name }).ToListAsync(ct))
            .ToLookup(t => t.EventId, t => t.Name);
        return rows.Select(r => new EventRow(r.Id, r.Name, r.Form, r.Level, r.Date, r.EndDate, r.Organiser, r.Municipality, r.Community, r.Subject,
            r.IsNetwork, r.Participants, topics[r.Id].Order(StringComparer.Ordinal).ToList())).ToList();
    }

    public static async Task<List<ParticipantRow>> ParticipantsAsync(EduCycleDbContext db, int eventId, CancellationToken ct = default) =>
        (await db.EventParticipations.AsNoTracking().Where(x => x.EventId == eventId)
            .Join(db.People, x => x.PersonId, p => p.Id, (x, p) => new ParticipantRow(x.Id, x.PersonId,
                p.LastName + " " + p.FirstName + (p.MiddleName == null ? "" : " " + p.MiddleName), x.Role))
            .ToListAsync(ct))
        .OrderByDescending(x => x.Role).ThenBy(x => x.Name, StringComparer.Ordinal).ToList();

    public static async Task<WriteResult> CreateAsync(EduCycleDbContext db, Writer writer, EventDraft draft, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(draft.Name)) return WriteResult.Fail("Укажите название мероприятия.");
        if (draft.EndDate is { } end && end < draft.Date) return WriteResult.Fail("Дата окончания мероприятия раньше даты начала.");
        var municipalityId = draft.MunicipalityId;
        if (draft.OrganiserOrganisationId is { } org)
        {
            var placed = await db.OrganisationPlacements.ValidAt(draft.Date).Where(p => p.OrganisationId == org)
                .Select(p => (int?)p.MunicipalityId).FirstOrDefaultAsync(ct);
            if (placed is null) return WriteResult.Fail("Организация-организатор не найдена на дату мероприятия.");
            if (draft.Level == ActivityLevel.School || municipalityId is null) municipalityId = placed;
        }
        if (draft.CommunityId is { } c && !await db.Communities.AnyAsync(x => x.Id == c, ct)) return WriteResult.Fail("Сообщество не найдено.");
        var topicIds = draft.TopicIds.Distinct().ToList();
        if (await db.DeficitTopics.CountAsync(t => topicIds.Contains(t.Id), ct) != topicIds.Count) return WriteResult.Fail("Тема не найдена в каталоге тем.");
        if (await writer.RefusalAsync(db, draft.Level, municipalityId, draft.OrganiserOrganisationId, ct) is { } refused) return WriteResult.Fail(refused);
        var item = new MethodicalEvent
        {
            Name = draft.Name.Trim(),
            Form = draft.Form,
            Level = draft.Level,
            Date = draft.Date,
            EndDate = draft.EndDate,
            OrganiserOrganisationId = draft.OrganiserOrganisationId,
            MunicipalityId = draft.Level is ActivityLevel.Regional or ActivityLevel.Federal ? draft.MunicipalityId : municipalityId,
            CommunityId = draft.CommunityId,
            SubjectId = draft.SubjectId,
            IsNetwork = draft.IsNetwork,
            Topics = topicIds.Select(id => new EventTopic { TopicId = id }).ToList(),
        };
        db.MethodicalEvents.Add(item);
        await db.SaveChangesAsync(ct);
        return WriteResult.Saved(item.Id);
    }

    /// <summary>Adds people to an event with a role; one refused person refuses the whole batch.</summary>
    public static async Task<WriteResult> AddParticipantsAsync(EduCycleDbContext db, Writer writer, int eventId, IReadOnlyCollection<int> personIds, ParticipationRole role, CancellationToken ct = default)
    {
        var item = await db.MethodicalEvents.FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (item is null || await writer.RefusalAsync(db, item.Level, item.MunicipalityId, item.OrganiserOrganisationId, ct) is not null)
            return WriteResult.Fail("Мероприятие не найдено или вне вашей области ведения.");
        if (personIds.Count == 0) return WriteResult.Fail("Выберите участников.");
        var ids = personIds.Distinct().ToList();
        var visible = await db.People.Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, Name = p.LastName + " " + p.FirstName + (p.MiddleName == null ? "" : " " + p.MiddleName) }).ToListAsync(ct);
        if (visible.Count != ids.Count) return WriteResult.Fail("Среди участников есть работник вне вашей области ведения.");
        var already = await db.EventParticipations.Where(x => x.EventId == eventId && ids.Contains(x.PersonId)).Select(x => x.PersonId).ToListAsync(ct);
        if (already.Count > 0)
            return WriteResult.Fail($"Уже участвует: {string.Join(", ", visible.Where(v => already.Contains(v.Id)).Select(v => v.Name))}.");
        db.EventParticipations.AddRange(ids.Select(id => new EventParticipation { EventId = eventId, PersonId = id, Role = role }));
        await db.SaveChangesAsync(ct);
        return WriteResult.Saved(eventId);
    }
}
