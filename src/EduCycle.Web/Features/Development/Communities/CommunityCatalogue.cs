using EduCycle.Web.Data;
using EduCycle.Web.Features.Registry.Queries;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Communities;

public sealed record CommunityFilter
{
    public CommunityKind? Kind { get; init; }
    public ActivityLevel? Level { get; init; }
    public int? MunicipalityId { get; init; }
    public int? SubjectId { get; init; }
    public string? Search { get; init; }
    public bool IncludeClosed { get; init; }
}

public sealed record CommunityRow(
    int Id, string Name, CommunityKind Kind, ActivityLevel Level, int? MunicipalityId, string? Municipality, int? OrganisationId, string? Organisation,
    int? SubjectId, string? Subject, DateOnly CreatedOn, DateOnly? ClosedOn, int Members, string? Leader);

public sealed record MemberRow(int Id, int PersonId, string Name, MembershipRole Role, DateOnly ValidFrom, DateOnly? ValidTo);

public sealed record CommunityDraft(string Name, CommunityKind Kind, ActivityLevel Level, int? MunicipalityId, int? OrganisationId, int? SubjectId, DateOnly CreatedOn);

/// <summary>
/// Methodical associations and professional communities. Communities are a catalogue everyone sees; their members are
/// people, so each user sees only the members in their scope. A membership runs [ValidFrom, ValidTo): it ends on ValidTo.
/// </summary>
public static class CommunityCatalogue
{
    public static IQueryable<CommunityRow> Rows(EduCycleDbContext db, CommunityFilter filter)
    {
        var today = db.Scope.Today;
        var communities = db.Communities.AsNoTracking();
        if (filter.Kind is { } k) communities = communities.Where(c => c.Kind == k);
        if (filter.Level is { } l) communities = communities.Where(c => c.Level == l);
        if (filter.MunicipalityId is { } m) communities = communities.Where(c => c.MunicipalityId == m);
        if (filter.SubjectId is { } s) communities = communities.Where(c => c.SubjectId == s);
        if (!filter.IncludeClosed) communities = communities.Where(c => c.ClosedOn == null || c.ClosedOn > today);
        foreach (var term in NameSearch.Terms(filter.Search))
        {
            var (typed, lower, capitalised) = NameSearch.Spellings(term);
            communities = communities.Where(c => c.Name.Contains(typed) || c.Name.Contains(lower) || c.Name.Contains(capitalised));
        }
        return Project(db, communities);
    }

    private static IQueryable<CommunityRow> Project(EduCycleDbContext db, IQueryable<Community> communities)
    {
        var today = db.Scope.Today;
        var active = db.CommunityMemberships.ValidAt(today);
        return communities.Select(c => new CommunityRow(
            c.Id, c.Name, c.Kind, c.Level, c.MunicipalityId,
            db.Municipalities.Where(x => x.Id == c.MunicipalityId).Select(x => x.Name).FirstOrDefault(),
            c.OrganisationId,
            db.Organisations.Where(x => x.Id == c.OrganisationId).Select(x => x.ShortName).FirstOrDefault(),
            c.SubjectId,
            db.Subjects.Where(x => x.Id == c.SubjectId).Select(x => x.Name).FirstOrDefault(),
            c.CreatedOn, c.ClosedOn,
            active.Count(x => x.CommunityId == c.Id),
            active.Where(x => x.CommunityId == c.Id && x.Role == MembershipRole.Leader)
                .Join(db.People, x => x.PersonId, p => p.Id, (x, p) => p.LastName + " " + p.FirstName + (p.MiddleName == null ? "" : " " + p.MiddleName))
                .FirstOrDefault()));
    }

    public static async Task<List<CommunityRow>> ListAsync(EduCycleDbContext db, CommunityFilter filter, CancellationToken ct = default) =>
        (await Rows(db, filter).ToListAsync(ct)).OrderBy(c => c.Level).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();

    public static Task<CommunityRow?> FindAsync(EduCycleDbContext db, int id, CancellationToken ct = default) =>
        Project(db, db.Communities.AsNoTracking().Where(c => c.Id == id)).FirstOrDefaultAsync(ct);

    /// <summary>Members in the user's scope, current ones first.</summary>
    public static async Task<List<MemberRow>> MembersAsync(EduCycleDbContext db, int communityId, CancellationToken ct = default) =>
        (await db.CommunityMemberships.AsNoTracking().Where(x => x.CommunityId == communityId)
            .Join(db.People, x => x.PersonId, p => p.Id, (x, p) => new MemberRow(x.Id, x.PersonId,
                p.LastName + " " + p.FirstName + (p.MiddleName == null ? "" : " " + p.MiddleName), x.Role, x.ValidFrom, x.ValidTo))
            .ToListAsync(ct))
        .OrderBy(x => x.ValidTo is null ? 0 : 1).ThenByDescending(x => x.Role).ThenBy(x => x.Name, StringComparer.Ordinal).ToList();

    public static async Task<WriteResult> CreateAsync(EduCycleDbContext db, Writer writer, CommunityDraft draft, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(draft.Name)) return WriteResult.Fail("Укажите название сообщества.");
        if (DevelopmentLabels.RequiredLevel(draft.Kind) is { } required && required != draft.Level)
            return WriteResult.Fail($"{DevelopmentLabels.Of(draft.Kind)} — объединение уровня «{DevelopmentLabels.Of(required).ToLowerInvariant()}».");
        var municipalityId = draft.MunicipalityId;
        if (draft.Level == ActivityLevel.School)
        {
            if (draft.OrganisationId is not { } org) return WriteResult.Fail("Для школьного объединения укажите организацию.");
            municipalityId = await db.OrganisationPlacements.ValidAt(db.Scope.Today).Where(p => p.OrganisationId == org)
                .Select(p => (int?)p.MunicipalityId).FirstOrDefaultAsync(ct);
        }
        if (await writer.RefusalAsync(db, draft.Level, municipalityId, draft.OrganisationId, ct) is { } refused) return WriteResult.Fail(refused);
        var community = new Community
        {
            Name = draft.Name.Trim(),
            Kind = draft.Kind,
            Level = draft.Level,
            MunicipalityId = draft.Level is ActivityLevel.School or ActivityLevel.Municipal ? municipalityId : null,
            OrganisationId = draft.Level == ActivityLevel.School ? draft.OrganisationId : null,
            SubjectId = draft.SubjectId,
            CreatedOn = draft.CreatedOn,
        };
        db.Communities.Add(community);
        await db.SaveChangesAsync(ct);
        return WriteResult.Saved(community.Id);
    }

    public static async Task<WriteResult> AddMemberAsync(EduCycleDbContext db, Writer writer, int communityId, int personId, MembershipRole role, DateOnly from, CancellationToken ct = default)
    {
        if (await WritableAsync(db, writer, communityId, ct) is not { } community) return WriteResult.Fail("Сообщество не найдено или вне вашей области ведения.");
        if (!await db.People.AnyAsync(p => p.Id == personId, ct)) return WriteResult.Fail("Работник не найден или вне вашей области ведения.");
        if (from < community.CreatedOn) return WriteResult.Fail($"Дата вступления раньше даты создания сообщества ({community.CreatedOn:dd.MM.yyyy}).");
        if (community.ClosedOn is { } closed && from >= closed) return WriteResult.Fail("Сообщество закрыто: новых участников не принять.");
        var overlapping = await db.CommunityMemberships.AnyAsync(x => x.CommunityId == communityId && x.PersonId == personId
            && (x.ValidTo == null || x.ValidTo > from), ct);
        if (overlapping) return WriteResult.Fail("Работник уже состоит в сообществе на эту дату.");
        var membership = new CommunityMembership { CommunityId = communityId, PersonId = personId, Role = role, ValidFrom = from };
        db.CommunityMemberships.Add(membership);
        await db.SaveChangesAsync(ct);
        return WriteResult.Saved(membership.Id);
    }

    /// <summary>Ends a membership: from <paramref name="endsOn"/> the person is no longer a member.</summary>
    public static async Task<WriteResult> EndMembershipAsync(EduCycleDbContext db, Writer writer, int membershipId, DateOnly endsOn, CancellationToken ct = default)
    {
        var membership = await db.CommunityMemberships.FirstOrDefaultAsync(x => x.Id == membershipId, ct);
        if (membership is null || await WritableAsync(db, writer, membership.CommunityId, ct) is null)
            return WriteResult.Fail("Членство не найдено или вне вашей области ведения.");
        if (membership.ValidTo is not null) return WriteResult.Fail("Членство уже завершено.");
        if (endsOn <= membership.ValidFrom) return WriteResult.Fail("Дата выхода должна быть позже даты вступления.");
        membership.ValidTo = endsOn;
        await db.SaveChangesAsync(ct);
        return WriteResult.Saved(membership.Id);
    }

    private static async Task<Community?> WritableAsync(EduCycleDbContext db, Writer writer, int communityId, CancellationToken ct)
    {
        var community = await db.Communities.FirstOrDefaultAsync(c => c.Id == communityId, ct);
        return community is not null && await writer.RefusalAsync(db, community.Level, community.MunicipalityId, community.OrganisationId, ct) is null
            ? community : null;
    }
}
