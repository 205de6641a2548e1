namespace EduCycle.Web.Features.Development.Programmes;

/// <summary>The catalogue's yes/no attributes as filter chips: each reads and toggles its «must be yes» condition.</summary>
public sealed record ProgrammeFlag(string Key, string Label, Func<ProgrammeFilter, bool?> Get, Func<ProgrammeFilter, bool?, ProgrammeFilter> Set)
{
    public bool IsSet(ProgrammeFilter filter) => Get(filter) == true;

    public ProgrammeFilter Toggle(ProgrammeFilter filter) => Set(filter, IsSet(filter) ? null : true);
}

public static class ProgrammeFlags
{
    public static readonly IReadOnlyList<ProgrammeFlag> All =
    [
        new("elearning", "электронное обучение", f => f.ELearning, (f, v) => f with { ELearning = v }),
        new("registry", "в федеральном реестре", f => f.InFederalRegistry, (f, v) => f with { InFederalRegistry = v }),
        new("stress", "модуль профилактики выгорания", f => f.HasStressModule, (f, v) => f with { HasStressModule = v }),
        new("diagnostic", "с диагностическими модулями", f => f.HasDiagnosticModules, (f, v) => f with { HasDiagnosticModules = v }),
        new("precourse", "на основе докурсовой диагностики", f => f.BuiltOnPreCourseDiagnostics, (f, v) => f with { BuiltOnPreCourseDiagnostics = v }),
        new("targeted", "адресная", f => f.Targeted, (f, v) => f with { Targeted = v }),
        new("growth", "стимулирует профессиональный рост", f => f.StimulatesGrowth, (f, v) => f with { StimulatesGrowth = v }),
        new("pedagogical", "ПП педагогической направленности", f => f.Pedagogical, (f, v) => f with { Pedagogical = v }),
        new("request", "по запросам школ", f => f.OnSchoolRequest, (f, v) => f with { OnSchoolRequest = v }),
        new("expert", "экспертная тематика", f => f.ExpertTopic, (f, v) => f with { ExpertTopic = v }),
    ];
}
