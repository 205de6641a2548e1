using EduCycle.Engine.Development;

namespace EduCycle.Web.Features.Development.Programmes;

/// <summary>A further-training provider («организация ДПО»); the list is configurable (seed 004 ch.4).</summary>
public sealed class Provider
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public ProviderGroup Group { get; set; }
    /// <summary>The registry organisation, for providers inside the region.</summary>
    public int? OrganisationId { get; set; }
}

/// <summary>Provider groups of the seed 004 reporting grid (S4-T2) and table 6.</summary>
public enum ProviderGroup
{
    /// <summary>ГАОУ ДПО «ЛОИРО» / ЦНППМ.</summary>
    RegionalInstitute = 1,
    /// <summary>Universities of the region (ЛГУ имени А.С. Пушкина).</summary>
    University = 2,
    SaintPetersburg = 3,
    Moscow = 4,
    MoscowOblast = 5,
    OtherRegion = 6,
    Foreign = 7,
}

/// <summary>Further-training programme («дополнительная профессиональная программа», ДПП).</summary>
public sealed class Programme
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int ProviderId { get; set; }
    public Provider? Provider { get; set; }
    public ProgrammeKind Kind { get; set; }
    public int Hours { get; set; }
    public StudyForm Form { get; set; }
    public bool ELearning { get; set; }
    public bool InFederalRegistry { get; set; }
    public bool HasStressModule { get; set; }
    public DiagnosticModules DiagnosticModules { get; set; }
    public bool BuiltOnPreCourseDiagnostics { get; set; }
    /// <summary>«Адресная» programme.</summary>
    public bool Targeted { get; set; }
    public bool StimulatesGrowth { get; set; }
    /// <summary>Retraining whose new qualification is pedagogical (seed 001 ind. 5).</summary>
    public bool Pedagogical { get; set; }
    /// <summary>Organised on schools' requests (seed 002 §7).</summary>
    public bool OnSchoolRequest { get; set; }
    public ExpertTopic ExpertTopic { get; set; }
    public CompetencyGroups Groups { get; set; }
    public int? SubjectId { get; set; }
    public string? Annotation { get; set; }
    /// <summary>School year (start) the programme is offered from; null = always.</summary>
    public int? OfferedFrom { get; set; }
    public int? OfferedTo { get; set; }
    public List<ProgrammeTopic> Topics { get; set; } = [];
}

public sealed class ProgrammeTopic
{
    public int ProgrammeId { get; set; }
    public int TopicId { get; set; }
}

public enum ProgrammeKind
{
    /// <summary>«Повышение квалификации», ПК.</summary>
    Upskilling = 1,
    /// <summary>«Профессиональная переподготовка», ПП.</summary>
    Retraining = 2,
}

public enum StudyForm
{
    /// <summary>«Очная».</summary>
    FullTime = 1,
    /// <summary>«Очно-заочная».</summary>
    PartTime = 2,
    /// <summary>«Дистанционная».</summary>
    Distance = 3,
    /// <summary>«Очная с применением ДОТ».</summary>
    Blended = 4,
}

[Flags]
public enum DiagnosticModules
{
    None = 0,
    Entry = 1,
    Current = 2,
    Exit = 4,
}

public enum ExpertTopic
{
    None = 0,
    /// <summary>Training of ГИА subject-commission experts.</summary>
    GiaCommission = 1,
    /// <summary>Training of attestation experts.</summary>
    AttestationExpert = 2,
}
