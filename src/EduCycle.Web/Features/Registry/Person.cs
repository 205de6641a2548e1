namespace EduCycle.Web.Features.Registry;

/// <summary>Pedagogical or managerial worker («педагогический / руководящий работник»).</summary>
public sealed class Person
{
    public int Id { get; set; }
    /// <summary>Personal identifier (СНИЛС-like string): the key of imports and of duplicate detection.</summary>
    public required string ExternalCode { get; set; }
    public required string LastName { get; set; }
    public required string FirstName { get; set; }
    public string? MiddleName { get; set; }
    public DateOnly BirthDate { get; set; }
    public Sex Sex { get; set; }
    public EducationLevel EducationLevel { get; set; }
    /// <summary>Start of pedagogical experience («педагогический стаж с»).</summary>
    public DateOnly ExperienceSince { get; set; }
    public QualificationCategory Category { get; set; }
    public DateOnly? CategoryDate { get; set; }

    public List<Employment> Employments { get; set; } = [];
    public List<PersonSubject> Subjects { get; set; } = [];

    public string FullName => MiddleName is null ? $"{LastName} {FirstName}" : $"{LastName} {FirstName} {MiddleName}";
}

/// <summary>A workplace and position of a person over a validity interval [ValidFrom, ValidTo).</summary>
public sealed class Employment
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public int OrganisationId { get; set; }
    public Position Position { get; set; }
    /// <summary>Main workplace (not a part-time combination, «совместительство»).</summary>
    public bool IsMain { get; set; } = true;
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public Organisation? Organisation { get; set; }
    public Person? Person { get; set; }
}

/// <summary>School subject («предмет»), a small reference list.</summary>
public sealed class Subject
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
}

public sealed class PersonSubject
{
    public int PersonId { get; set; }
    public int SubjectId { get; set; }
    public Subject? Subject { get; set; }
}

/// <summary>Staffing need («потребность в кадрах», seed 001 §1.1): open positions by organisation × subject.</summary>
public sealed class Vacancy
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public int SubjectId { get; set; }
    public int Count { get; set; }
    /// <summary>Start year of the school year the need is stated for.</summary>
    public int SchoolYear { get; set; }
    public Subject? Subject { get; set; }
}
