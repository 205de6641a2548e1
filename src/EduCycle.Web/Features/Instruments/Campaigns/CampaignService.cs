using EduCycle.Engine.Instruments;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Instruments.Catalog;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Instruments.Campaigns;

/// <summary>A subject to assign: exactly one of the four ids.</summary>
public sealed record SubjectRef(int? OrganisationId = null, int? MunicipalityId = null, int? PersonId = null, int? ProgrammeId = null);

public sealed record CampaignRequest(
    string Name, string InstrumentCode, int InstrumentVersion, DateOnly PeriodFrom, DateOnly PeriodTo, DateOnly Deadline,
    IReadOnlyList<SubjectRef> Subjects);

public sealed record CampaignRow(
    int Id, string Name, string InstrumentCode, int InstrumentVersion, DateOnly PeriodFrom, DateOnly PeriodTo, DateOnly Deadline,
    string CreatedBy, int Assignments, int Submitted);

public sealed record AssignmentRow(
    int Id, int CampaignId, string CampaignName, string InstrumentCode, int InstrumentVersion, DateOnly Deadline,
    AssessedSubject SubjectKind, int SubjectId, string SubjectName, AssignmentStatus Status,
    DateTime? SubmittedAt, double? ResultTotal, string? ResultBand);

/// <summary>Campaigns (кампании оценивания) and their assignments, within the organiser's scope.</summary>
public sealed class CampaignService(EduCycleDbContext db, InstrumentCatalog catalog, TimeProvider clock)
{
    public async Task<IReadOnlyList<CampaignRow>> ListAsync(CancellationToken ct = default) =>
        await db.Campaigns.AsNoTracking().OrderByDescending(c => c.PeriodFrom).ThenBy(c => c.Name)
            .Select(c => new CampaignRow(c.Id, c.Name, c.InstrumentCode, c.InstrumentVersion, c.PeriodFrom, c.PeriodTo, c.Deadline, c.CreatedBy,
                db.Assignments.Count(a => a.CampaignId == c.Id),
                db.Assignments.Count(a => a.CampaignId == c.Id && a.Status >= AssignmentStatus.Submitted)))
            .ToListAsync(ct);

    /// <summary>Creates a campaign for an instrument version and assigns it to every subject, all or nothing.</summary>
    public async Task<Outcome<CampaignRow>> CreateAsync(Actor actor, CampaignRequest request, CancellationToken ct = default)
    {
        if (!actor.IsAny(Actor.Organisers)) return Refusal.Forbidden("Создавать кампании могут региональный оператор, региональный методист и муниципальный оператор");
        var definition = await catalog.GetDefinitionAsync(request.InstrumentCode, request.InstrumentVersion, ct);
        if (definition is null)
            return Refusal.Invalid("Неверная кампания", "instrument", $"нет инструмента «{request.InstrumentCode}» версии {request.InstrumentVersion}");
        var problems = new List<InstrumentProblem>();
        if (string.IsNullOrWhiteSpace(request.Name)) problems.Add(InstrumentProblem.Error("name", "не указано название кампании"));
        if (request.PeriodTo < request.PeriodFrom) problems.Add(InstrumentProblem.Error("periodTo", "период заканчивается раньше, чем начинается"));
        if (request.Subjects.Count == 0) problems.Add(InstrumentProblem.Error("subjects", "не выбран ни один объект оценки"));

        var today = actor.Scope.Today;
        var assignments = new List<Assignment>();
        foreach (var (subject, i) in request.Subjects.Distinct().Select((s, i) => (s, i)))
        {
            var path = $"subjects[{i}]";
            var (kind, area, error) = await ResolveAsync(actor, subject, today, ct);
            if (error is not null) problems.Add(InstrumentProblem.Error(path, error));
            else if (kind != definition.Subject)
                problems.Add(InstrumentProblem.Error(path, $"инструмент оценивает объекты вида «{SubjectName(definition.Subject)}», а выбран «{SubjectName(kind)}»"));
            else assignments.Add(new Assignment
            {
                OrganisationId = subject.OrganisationId,
                MunicipalityId = subject.MunicipalityId,
                PersonId = subject.PersonId,
                ProgrammeId = subject.ProgrammeId,
                AreaMunicipalityId = area,
                Status = AssignmentStatus.Assigned,
                AssignedAt = clock.GetUtcNow().UtcDateTime,
                AssignedBy = actor.Name,
            });
        }
        if (problems.Count > 0) return Refusal.Invalid("Кампания не создана", problems);

        var campaign = new Campaign
        {
            Name = request.Name.Trim(),
            InstrumentCode = definition.Code,
            InstrumentVersion = definition.Version,
            PeriodFrom = request.PeriodFrom,
            PeriodTo = request.PeriodTo,
            Deadline = request.Deadline,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedById = actor.Scope.UserId,
            CreatedBy = actor.Name,
        };
        foreach (var a in assignments) a.Campaign = campaign;
        db.Assignments.AddRange(assignments);
        await db.SaveChangesAsync(ct);
        return new CampaignRow(campaign.Id, campaign.Name, campaign.InstrumentCode, campaign.InstrumentVersion, campaign.PeriodFrom,
            campaign.PeriodTo, campaign.Deadline, campaign.CreatedBy, assignments.Count, 0);
    }

    /// <summary>
    /// The assignments the user works on: the subject side sees its own (a municipal methodical service its
    /// municipality's, a head its organisation's, a teacher their own); organisers and experts see every
    /// assignment in their scope.
    /// </summary>
    public async Task<IReadOnlyList<AssignmentRow>> ListAssignmentsAsync(Actor actor, int? campaignId = null, CancellationToken ct = default)
    {
        var scope = actor.Scope;
        var query = db.Assignments.AsNoTracking();
        if (campaignId is { } id) query = query.Where(a => a.CampaignId == id);
        if (!actor.IsAny(Actor.Organisers.Concat(Actor.Experts)))
        {
            if (actor.RoleNames.Contains(Roles.MunicipalMethodist)) query = query.Where(a => a.MunicipalityId == scope.MunicipalityId);
            else if (actor.RoleNames.Contains(Roles.Head)) query = query.Where(a => a.OrganisationId == scope.OrganisationId);
            else query = query.Where(a => a.PersonId != null && a.PersonId == scope.PersonId);
        }
        return await Rows(query).ToListAsync(ct);
    }

    internal IQueryable<AssignmentRow> Rows(IQueryable<Assignment> assignments) =>
        assignments.OrderBy(a => a.Campaign.Deadline).ThenBy(a => a.Id).Select(a => new AssignmentRow(
            a.Id, a.CampaignId, a.Campaign.Name, a.Campaign.InstrumentCode, a.Campaign.InstrumentVersion, a.Campaign.Deadline,
            a.OrganisationId != null ? AssessedSubject.Organisation : a.MunicipalityId != null ? AssessedSubject.Municipality
                : a.ProgrammeId != null ? AssessedSubject.Programme : AssessedSubject.Person,
            a.OrganisationId ?? a.MunicipalityId ?? a.ProgrammeId ?? a.PersonId ?? 0,
            a.OrganisationId != null ? db.Organisations.Where(o => o.Id == a.OrganisationId).Select(o => o.ShortName).FirstOrDefault() ?? ""
                : a.MunicipalityId != null ? db.Municipalities.Where(m => m.Id == a.MunicipalityId).Select(m => m.Name).FirstOrDefault() ?? ""
                : a.ProgrammeId != null ? db.Programmes.Where(p => p.Id == a.ProgrammeId).Select(p => p.Code + " «" + p.Name + "»").FirstOrDefault() ?? ""
                : db.People.Where(p => p.Id == a.PersonId).Select(p => p.LastName + " " + p.FirstName).FirstOrDefault() ?? "",
            a.Status, a.SubmittedAt, a.ResultTotal, a.ResultBand));

    private async Task<(AssessedSubject Kind, int? Area, string? Error)> ResolveAsync(Actor actor, SubjectRef s, DateOnly today, CancellationToken ct)
    {
        var given = new[] { s.OrganisationId, s.MunicipalityId, s.PersonId, s.ProgrammeId }.Count(x => x is not null);
        if (given != 1) return (default, null, "укажите ровно один объект: организацию, муниципалитет, работника или программу ДПО");
        if (s.ProgrammeId is { } programme)
        {
            if (!actor.Scope.SeesAll) return (default, null, "экспертизу программ ДПО назначают региональный оператор и региональный методист");
            if (!await db.Programmes.AnyAsync(x => x.Id == programme, ct)) return (default, null, $"программа {programme} не найдена в каталоге");
            return (AssessedSubject.Programme, null, null);
        }
        if (s.OrganisationId is { } o)
        {
            if (!await db.Organisations.AnyAsync(x => x.Id == o, ct)) return (default, null, $"организация {o} не найдена или вне вашей области доступа");
            var area = await db.OrganisationPlacements
                .Where(p => p.OrganisationId == o && p.ValidFrom <= today && (p.ValidTo == null || p.ValidTo > today))
                .Select(p => (int?)p.MunicipalityId).FirstOrDefaultAsync(ct);
            return (AssessedSubject.Organisation, area, null);
        }
        if (s.MunicipalityId is { } m)
        {
            var visible = actor.Scope.SeesAll || (actor.Scope.Kind == ScopeKind.Municipality && actor.Scope.MunicipalityId == m);
            if (!visible || !await db.Municipalities.AnyAsync(x => x.Id == m, ct))
                return (default, null, $"муниципалитет {m} не найден или вне вашей области доступа");
            return (AssessedSubject.Municipality, m, null);
        }
        var person = s.PersonId!.Value;
        if (!await db.People.AnyAsync(x => x.Id == person, ct)) return (default, null, $"работник {person} не найден или вне вашей области доступа");
        return (AssessedSubject.Person, null, null);
    }

    private static string SubjectName(AssessedSubject subject) => subject switch
    {
        AssessedSubject.Organisation => "организация",
        AssessedSubject.Municipality => "муниципалитет",
        AssessedSubject.Person => "работник",
        _ => "программа ДПО",
    };
}
