using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Communities;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Features.Registry.Queries;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Mentoring;

public sealed record PairFilter
{
    public int? MunicipalityId { get; init; }
    public int? OrganisationId { get; init; }
    public MentoringStatus? Status { get; init; }
    public MentoringForm? Form { get; init; }
    /// <summary>Pairs whose period overlaps this school year (by its start year).</summary>
    public int? SchoolYear { get; init; }
    public string? Search { get; init; }
}

public sealed record PairRow(
    int Id, int MentorId, string MentorName, int MenteeId, string MenteeName, int OrganisationId, string OrganisationName,
    MentoringForm Form, DateOnly From, DateOnly To, MentoringStatus Status, string? Plan, string? Outcome, int Meetings, DateOnly? LastMeeting);

public sealed record MeetingRow(int Id, DateOnly Date, string Topic, string? Notes);

public sealed record PairDraft(int OrganisationId, int MentorId, int MenteeId, MentoringForm Form, DateOnly From, DateOnly To, string? Plan);

/// <summary>Mentor–mentee pairs: the list under the user's scope, and their creation, meetings and completion.</summary>
public static class MentoringPairs
{
    public const string HiddenName = "(вне вашей области видимости)";

    public static async Task<List<PairRow>> ListAsync(EduCycleDbContext db, PairFilter filter, CancellationToken ct = default)
    {
        var pairs = db.MentoringPairs.AsNoTracking();
        if (filter.OrganisationId is { } o) pairs = pairs.Where(p => p.OrganisationId == o);
        if (filter.MunicipalityId is { } m)
            pairs = pairs.Where(p => db.OrganisationPlacements.ValidAt(db.Scope.Today).Any(pl => pl.OrganisationId == p.OrganisationId && pl.MunicipalityId == m));
        if (filter.Status is { } s) pairs = pairs.Where(p => p.Status == s);
        if (filter.Form is { } f) pairs = pairs.Where(p => p.Form == f);
        if (filter.SchoolYear is { } y)
        {
            var year = new Engine.Calendar.SchoolYear(y);
            pairs = pairs.Where(p => p.From <= year.End && p.To >= year.Start);
        }
        foreach (var term in NameSearch.Terms(filter.Search))
        {
            var (typed, lower, capitalised) = NameSearch.Spellings(term);
            pairs = pairs.Where(p => db.People.Any(x => (x.Id == p.MentorId || x.Id == p.MenteeId)
                && (x.LastName.Contains(typed) || x.LastName.Contains(lower) || x.LastName.Contains(capitalised)
                    || x.FirstName.Contains(typed) || x.FirstName.Contains(capitalised))));
        }

        var rows = await pairs
            .Select(p => new
            {
                Pair = p,
                Mentor = db.People.Where(x => x.Id == p.MentorId).Select(x => x.LastName + " " + x.FirstName + (x.MiddleName == null ? "" : " " + x.MiddleName)).FirstOrDefault(),
                Mentee = db.People.Where(x => x.Id == p.MenteeId).Select(x => x.LastName + " " + x.FirstName + (x.MiddleName == null ? "" : " " + x.MiddleName)).FirstOrDefault(),
                Organisation = db.Organisations.Where(x => x.Id == p.OrganisationId).Select(x => x.ShortName).FirstOrDefault(),
                Meetings = db.MentoringMeetings.Count(x => x.PairId == p.Id),
                LastMeeting = db.MentoringMeetings.Where(x => x.PairId == p.Id).Max(x => (DateOnly?)x.Date),
            })
            .ToListAsync(ct);

        var counterparts = await CounterpartNamesAsync(db, rows.Where(r => r.Mentor is null || r.Mentee is null).Select(r => (r.Pair.MentorId, r.Pair.MenteeId)), ct);
        return rows
            .Select(r => new PairRow(r.Pair.Id, r.Pair.MentorId, r.Mentor ?? counterparts.GetValueOrDefault(r.Pair.MentorId, HiddenName),
                r.Pair.MenteeId, r.Mentee ?? counterparts.GetValueOrDefault(r.Pair.MenteeId, HiddenName),
                r.Pair.OrganisationId, r.Organisation ?? HiddenName, r.Pair.Form, r.Pair.From, r.Pair.To, r.Pair.Status,
                r.Pair.Plan, r.Pair.Outcome, r.Meetings, r.LastMeeting))
            .OrderBy(r => r.Status).ThenBy(r => r.OrganisationName, StringComparer.Ordinal).ThenBy(r => r.MenteeName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// A teacher's scope hides everyone but themselves, yet a mentor must see whom they mentor and a mentee their mentor.
    /// Only for pairs already visible under the filters and only where the user is a party, this reads the other party's
    /// name (and nothing else) past the person filter.
    /// </summary>
    public static async Task<Dictionary<int, string>> CounterpartNamesAsync(EduCycleDbContext db, IEnumerable<(int MentorId, int MenteeId)> visiblePairs, CancellationToken ct)
    {
        if (db.Scope.PersonId is not { } self) return [];
        var ids = visiblePairs.Where(p => p.MentorId == self || p.MenteeId == self)
            .Select(p => p.MentorId == self ? p.MenteeId : p.MentorId).Distinct().ToList();
        if (ids.Count == 0) return [];
        return await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, Name = p.LastName + " " + p.FirstName + (p.MiddleName == null ? "" : " " + p.MiddleName) })
            .ToDictionaryAsync(p => p.Id, p => p.Name, ct);
    }

    public static async Task<List<MeetingRow>> MeetingsAsync(EduCycleDbContext db, int pairId, CancellationToken ct = default) =>
        await db.MentoringMeetings.AsNoTracking().Where(m => m.PairId == pairId).OrderBy(m => m.Date)
            .Select(m => new MeetingRow(m.Id, m.Date, m.Topic, m.Notes)).ToListAsync(ct);

    /// <summary>Creates a pair (<paramref name="pairId"/> null) or changes one; every rule is checked before anything is written.</summary>
    public static async Task<WriteResult> SaveAsync(EduCycleDbContext db, Writer writer, int? pairId, PairDraft draft, CancellationToken ct = default)
    {
        if (await writer.OrganisationRefusalAsync(db, draft.OrganisationId, ct) is { } refused) return WriteResult.Fail(refused);
        if (draft.MentorId == draft.MenteeId) return WriteResult.Fail("Наставник и наставляемый должны быть разными людьми.");
        if (draft.To <= draft.From) return WriteResult.Fail("Период наставничества: дата окончания должна быть позже даты начала.");
        if (draft.To > draft.From.AddYears(3)) return WriteResult.Fail("Период наставничества не может быть длиннее трёх лет.");
        if (!await db.People.AnyAsync(p => p.Id == draft.MentorId, ct)) return WriteResult.Fail("Наставник не найден или вне вашей области ведения.");
        var menteeWorksThere = await db.Employments.AnyAsync(e => e.PersonId == draft.MenteeId && e.OrganisationId == draft.OrganisationId
            && e.ValidFrom <= draft.To && (e.ValidTo == null || e.ValidTo > draft.From), ct);
        if (!menteeWorksThere) return WriteResult.Fail("Наставляемый не является работником выбранной организации в период наставничества.");
        var overlapping = await db.MentoringPairs.AnyAsync(p => p.Id != (pairId ?? 0) && p.MentorId == draft.MentorId && p.MenteeId == draft.MenteeId
            && p.Status == MentoringStatus.Active && p.From <= draft.To && p.To >= draft.From, ct);
        if (overlapping) return WriteResult.Fail("У этой пары уже есть действующая запись на пересекающийся период.");

        MentoringPair pair;
        if (pairId is { } id)
        {
            if (await db.MentoringPairs.FirstOrDefaultAsync(p => p.Id == id, ct) is not { } existing) return WriteResult.Fail("Пара не найдена.");
            if (existing.Status != MentoringStatus.Active) return WriteResult.Fail("Завершённую пару изменить нельзя.");
            pair = existing;
        }
        else
        {
            pair = new MentoringPair { Status = MentoringStatus.Active };
            db.MentoringPairs.Add(pair);
        }
        (pair.OrganisationId, pair.MentorId, pair.MenteeId, pair.Form, pair.From, pair.To, pair.Plan) =
            (draft.OrganisationId, draft.MentorId, draft.MenteeId, draft.Form, draft.From, draft.To, Clean(draft.Plan));
        await db.SaveChangesAsync(ct);
        return WriteResult.Saved(pair.Id);
    }

    public static async Task<WriteResult> AddMeetingAsync(EduCycleDbContext db, Writer writer, int pairId, DateOnly date, string topic, string? notes, CancellationToken ct = default)
    {
        if (await WritablePairAsync(db, writer, pairId, ct) is not { } pair) return WriteResult.Fail("Пара не найдена или вне вашей области ведения.");
        if (string.IsNullOrWhiteSpace(topic)) return WriteResult.Fail("Встреча: укажите тему.");
        if (date < pair.From || date > pair.To) return WriteResult.Fail("Встреча: дата должна быть в пределах периода наставничества.");
        var meeting = new MentoringMeeting { PairId = pair.Id, Date = date, Topic = topic.Trim(), Notes = Clean(notes) };
        db.MentoringMeetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return WriteResult.Saved(meeting.Id);
    }

    /// <summary>Ends a pair with its outcome: completed as planned or terminated early.</summary>
    public static async Task<WriteResult> CompleteAsync(EduCycleDbContext db, Writer writer, int pairId, MentoringStatus status, string outcome, CancellationToken ct = default)
    {
        if (status == MentoringStatus.Active) return WriteResult.Fail("Укажите, завершена пара или прекращена досрочно.");
        if (await WritablePairAsync(db, writer, pairId, ct) is not { } pair) return WriteResult.Fail("Пара не найдена или вне вашей области ведения.");
        if (pair.Status != MentoringStatus.Active) return WriteResult.Fail("Пара уже завершена.");
        if (string.IsNullOrWhiteSpace(outcome)) return WriteResult.Fail("Укажите результат наставничества.");
        (pair.Status, pair.Outcome) = (status, outcome.Trim());
        await db.SaveChangesAsync(ct);
        return WriteResult.Saved(pair.Id);
    }

    private static async Task<MentoringPair?> WritablePairAsync(EduCycleDbContext db, Writer writer, int pairId, CancellationToken ct)
    {
        var pair = await db.MentoringPairs.FirstOrDefaultAsync(p => p.Id == pairId, ct);
        return pair is not null && await writer.OrganisationRefusalAsync(db, pair.OrganisationId, ct) is null ? pair : null;
    }

    /// <summary>Workers of an organisation on a date, for the pair form's pickers.</summary>
    public static async Task<List<(int Id, string Name)>> WorkersAsync(EduCycleDbContext db, int organisationId, DateOnly asOf, CancellationToken ct = default) =>
        (await db.Employments.ValidAt(asOf).Where(e => e.OrganisationId == organisationId)
            .Join(db.People, e => e.PersonId, p => p.Id, (e, p) => p).Distinct()
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName)
            .Select(p => new { p.Id, Name = p.LastName + " " + p.FirstName + (p.MiddleName == null ? "" : " " + p.MiddleName) })
            .ToListAsync(ct)).Select(p => (p.Id, p.Name)).ToList();

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
