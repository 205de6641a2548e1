using System.Security.Claims;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Communities;

/// <summary>
/// Who writes communities, events, mentoring and attestation data: the region's operators and methodists anywhere,
/// the municipal operator and methodical service in their municipality, the head in their organisation.
/// The scope filters decide which organisations and people are "theirs".
/// </summary>
public sealed record Writer(DataScope Scope, IReadOnlySet<string> RoleNames)
{
    public static readonly string[] WriterRoles =
        [Roles.RegionalOperator, Roles.RegionalMethodist, Roles.MunicipalOperator, Roles.MunicipalMethodist, Roles.Head];

    public const string WriterRoleList = Roles.RegionalOperator + "," + Roles.RegionalMethodist + "," + Roles.MunicipalOperator + ","
        + Roles.MunicipalMethodist + "," + Roles.Head;

    public const string NotAllowed = "Недостаточно прав для изменения этих данных.";

    public static Writer From(ClaimsPrincipal user, DataScope scope) => new(scope, Roles.All.Where(user.IsInRole).ToHashSet());

    public bool IsRegional => RoleNames.Contains(Roles.RegionalOperator) || RoleNames.Contains(Roles.RegionalMethodist);

    public bool IsMunicipal => Scope.MunicipalityId is not null
        && (RoleNames.Contains(Roles.MunicipalOperator) || RoleNames.Contains(Roles.MunicipalMethodist));

    public bool IsHead => Scope.OrganisationId is not null && RoleNames.Contains(Roles.Head);

    public bool CanWrite => IsRegional || IsMunicipal || IsHead;

    /// <summary>
    /// Null when the user may write a record of <paramref name="level"/> held by the municipality or organisation;
    /// otherwise the Russian reason. Regional and federal records are the region's.
    /// </summary>
    public async Task<string?> RefusalAsync(EduCycleDbContext db, ActivityLevel level, int? municipalityId, int? organisationId, CancellationToken ct = default)
    {
        if (IsRegional) return null;
        switch (level)
        {
            case ActivityLevel.School:
                if (organisationId is not { } o) return "Для уровня «школьный» укажите организацию.";
                if (IsHead && o == Scope.OrganisationId) return null;
                if (IsMunicipal && await OrganisationVisibleAsync(db, o, ct)) return null;
                return "Организация вне вашей области ведения: изменять её записи нельзя.";
            case ActivityLevel.Municipal:
                if (municipalityId is not { } m) return "Для муниципального уровня укажите муниципалитет.";
                if (IsMunicipal && m == Scope.MunicipalityId) return null;
                return "Муниципалитет вне вашей области ведения: изменять его записи нельзя.";
            default:
                return "Записи регионального и федерального уровня ведут региональный оператор и методисты ИРО / ЦНППМ.";
        }
    }

    /// <summary>Null when the user may write the records of an organisation (its mentoring pairs, its staff's records).</summary>
    public async Task<string?> OrganisationRefusalAsync(EduCycleDbContext db, int organisationId, CancellationToken ct = default)
    {
        if (!CanWrite) return NotAllowed;
        return await OrganisationVisibleAsync(db, organisationId, ct) ? null : "Организация не найдена или вне вашей области ведения.";
    }

    /// <summary>Null when the user may write a person's records (attestation, competitions, expert status): the person is in their scope.</summary>
    public async Task<string?> PersonRefusalAsync(EduCycleDbContext db, int personId, CancellationToken ct = default)
    {
        if (!CanWrite) return NotAllowed;
        return await db.People.AnyAsync(p => p.Id == personId, ct) ? null : "Работник не найден или вне вашей области ведения.";
    }

    private static Task<bool> OrganisationVisibleAsync(EduCycleDbContext db, int organisationId, CancellationToken ct) =>
        db.Organisations.AnyAsync(o => o.Id == organisationId, ct);
}

/// <summary>The id of what was saved, or the Russian reason nothing was.</summary>
public readonly record struct WriteResult(int Id, string? Error)
{
    public bool Ok => Error is null;

    public static WriteResult Saved(int id) => new(id, null);

    public static WriteResult Fail(string error) => new(0, error);
}
