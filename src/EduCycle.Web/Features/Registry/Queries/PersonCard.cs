using EduCycle.Engine.Registry;
using EduCycle.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Registry.Queries;

public sealed record EmploymentRow(int OrganisationId, string OrganisationName, Position Position, bool IsMain, DateOnly ValidFrom, DateOnly? ValidTo);

/// <summary>A person's record; age and experience are in full years on <see cref="Today"/>.</summary>
public sealed record PersonCard
{
    public required int Id { get; init; }
    public required string ExternalCode { get; init; }
    public required string LastName { get; init; }
    public required string FirstName { get; init; }
    public string? MiddleName { get; init; }
    public required string FullName { get; init; }
    public required DateOnly BirthDate { get; init; }
    public required Sex Sex { get; init; }
    public required EducationLevel EducationLevel { get; init; }
    public required DateOnly ExperienceSince { get; init; }
    public required QualificationCategory Category { get; init; }
    public DateOnly? CategoryDate { get; init; }
    public required DateOnly Today { get; init; }
    public required int Age { get; init; }
    public required int ExperienceYears { get; init; }
    public required IReadOnlyList<EmploymentRow> Employments { get; init; }
    public required IReadOnlyList<string> Subjects { get; init; }
}

public static class PersonCards
{
    /// <summary>
    /// The card, or null when the person does not exist or is outside the user's scope. Opening a card is a
    /// read of personal data (152-ФЗ): the read is written to the audit log.
    /// </summary>
    public static async Task<PersonCard?> OpenAsync(EduCycleDbContext db, int id, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return null;
        var employments = await db.Employments.Where(e => e.PersonId == id)
            .OrderByDescending(e => e.ValidTo == null).ThenByDescending(e => e.ValidFrom)
            .Select(e => new EmploymentRow(e.OrganisationId, e.Organisation!.ShortName, e.Position, e.IsMain, e.ValidFrom, e.ValidTo))
            .ToListAsync(ct);
        var subjects = await db.PersonSubjects.Where(s => s.PersonId == id).Select(s => s.Subject!.Name).OrderBy(n => n).ToListAsync(ct);
        await db.AuditReadAsync(person, ct);

        var today = db.Scope.Today;
        return new PersonCard
        {
            Id = person.Id,
            ExternalCode = person.ExternalCode,
            LastName = person.LastName,
            FirstName = person.FirstName,
            MiddleName = person.MiddleName,
            FullName = person.FullName,
            BirthDate = person.BirthDate,
            Sex = person.Sex,
            EducationLevel = person.EducationLevel,
            ExperienceSince = person.ExperienceSince,
            Category = person.Category,
            CategoryDate = person.CategoryDate,
            Today = today,
            Age = PersonBands.FullYears(person.BirthDate, today),
            ExperienceYears = PersonBands.FullYears(person.ExperienceSince, today),
            Employments = employments,
            Subjects = subjects,
        };
    }
}
