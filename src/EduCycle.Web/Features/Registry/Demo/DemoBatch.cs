namespace EduCycle.Web.Features.Registry.Demo;

/// <summary>Next identity values of the bulk-written tables: the generator assigns keys itself.</summary>
internal sealed class DemoIds
{
    public int Organisation { get; set; }
    public int Placement { get; set; }
    public int Person { get; set; }
    public int Employment { get; set; }
    public int Vacancy { get; set; }
}

/// <summary>An organisation with what the generator needs to know about it beyond the entity.</summary>
internal sealed record GeneratedOrganisation(Organisation Entity, int MunicipalityIndex, DateOnly Opened, bool IsAnchor)
{
    /// <summary>Open since the start of the history (not opened after 2019).</summary>
    public bool IsOriginal => Opened == DemoCalendar.HistoryStart;
}

/// <summary>All rows of one generated region: the unit of generation and of writing, so memory stays bounded.</summary>
internal sealed class DemoBatch
{
    public List<GeneratedOrganisation> Organisations { get; } = [];
    public List<OrganisationPlacement> Placements { get; } = [];
    public List<OrganisationYearStatus> YearStatuses { get; } = [];
    public List<Person> People { get; } = [];
    public List<Employment> Employments { get; } = [];
    public List<PersonSubject> PersonSubjects { get; } = [];
    public List<Vacancy> Vacancies { get; } = [];
}
