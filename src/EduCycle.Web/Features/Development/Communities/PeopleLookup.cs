using EduCycle.Web.Data;
using EduCycle.Web.Features.Registry.Queries;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Communities;

public sealed record PersonOption(int Id, string Name, string? Workplace)
{
    public override string ToString() => Workplace is null ? Name : $"{Name} ({Workplace})";
}

/// <summary>People in the user's scope whose surname starts a search, for the pickers of the forms.</summary>
public static class PeopleLookup
{
    public static async Task<List<PersonOption>> SearchAsync(EduCycleDbContext db, string? text, int limit = 20, CancellationToken ct = default)
    {
        var people = db.People.AsNoTracking();
        var terms = NameSearch.Terms(text);
        if (terms.Length == 0) return [];
        foreach (var term in terms)
        {
            var (typed, lower, capitalised) = NameSearch.Spellings(term);
            people = people.Where(p => p.LastName.StartsWith(typed) || p.LastName.StartsWith(capitalised) || p.LastName.StartsWith(lower)
                || p.FirstName.StartsWith(typed) || p.FirstName.StartsWith(capitalised));
        }
        var today = db.Scope.Today;
        return await people.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).Take(limit)
            .Select(p => new PersonOption(p.Id, p.LastName + " " + p.FirstName + (p.MiddleName == null ? "" : " " + p.MiddleName),
                db.Employments.ValidAt(today).Where(e => e.PersonId == p.Id && e.IsMain)
                    .Join(db.Organisations, e => e.OrganisationId, o => o.Id, (e, o) => o.ShortName).FirstOrDefault()))
            .ToListAsync(ct);
    }
}
