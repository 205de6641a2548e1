using System.Security.Claims;
using EduCycle.Engine.Instruments;
using EduCycle.Web.Features.Identity;

namespace EduCycle.Web.Features.Instruments;

/// <summary>Who acts in the instruments workflow: the data scope and the roles (DOMAIN §8).</summary>
public sealed record Actor(DataScope Scope, IReadOnlySet<string> RoleNames)
{
    /// <summary>Methodology editing.</summary>
    public static readonly string[] Editors = [Roles.RegionalOperator];
    /// <summary>Creating campaigns and assigning them.</summary>
    public static readonly string[] Organisers = [Roles.RegionalOperator, Roles.RegionalMethodist, Roles.MunicipalOperator];
    /// <summary>Expert review, reconciliation and locking.</summary>
    public static readonly string[] Experts = [Roles.RegionalMethodist, Roles.Curator, Roles.RegionalOperator];

    public string Name => Scope.UserName;

    public bool IsAny(IEnumerable<string> roles) => roles.Any(RoleNames.Contains);

    /// <summary>The subject side: the municipal service or operator of the municipality, the head of the organisation, the person.</summary>
    public bool CanFill(Assignment a) =>
        (a.MunicipalityId is { } m && m == Scope.MunicipalityId && IsAny([Roles.MunicipalMethodist, Roles.MunicipalOperator]))
        || (a.OrganisationId is { } o && o == Scope.OrganisationId && RoleNames.Contains(Roles.Head))
        || (a.PersonId is { } p && p == Scope.PersonId && RoleNames.Contains(Roles.Teacher));

    public static Actor From(ClaimsPrincipal user, DataScope scope) =>
        new(scope, Roles.All.Where(user.IsInRole).ToHashSet());
}

public enum RefusalKind
{
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
}

/// <summary>Why an operation was refused, in Russian, with the instrument problems behind it (nothing was saved).</summary>
public sealed record Refusal(RefusalKind Kind, string Title, IReadOnlyList<InstrumentProblem> Problems)
{
    public static Refusal NotFound() => new(RefusalKind.NotFound, "Запись не найдена или недоступна", []);
    public static Refusal Forbidden(string title) => new(RefusalKind.Forbidden, title, []);
    public static Refusal Conflict(string title) => new(RefusalKind.Conflict, title, []);
    public static Refusal Invalid(string title, IReadOnlyList<InstrumentProblem> problems) => new(RefusalKind.Invalid, title, problems);
    public static Refusal Invalid(string title, string path, string message) => Invalid(title, [InstrumentProblem.Error(path, message)]);

    /// <summary>The title followed by every problem's message, for a page's alert.</summary>
    public string Describe() => Problems.Count == 0 ? Title : $"{Title}: {string.Join("; ", Problems.Select(p => p.Message))}";
}

/// <summary>A value, or the refusal that prevented it.</summary>
public sealed record Outcome<T>(T? Value, Refusal? Refusal)
{
    public static implicit operator Outcome<T>(T value) => new(value, null);
    public static implicit operator Outcome<T>(Refusal refusal) => new(default, refusal);
}
