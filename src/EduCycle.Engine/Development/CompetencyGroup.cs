namespace EduCycle.Engine.Development;

/// <summary>Competency group of deficit diagnostics (DOMAIN §3; seed 002 adds «универсальные»).</summary>
public enum CompetencyGroup
{
    /// <summary>«Предметные».</summary>
    Subject = 1,
    /// <summary>«Методические».</summary>
    Methodical = 2,
    /// <summary>«Психолого-педагогические».</summary>
    PsychoPedagogical = 3,
    /// <summary>«Коммуникативные».</summary>
    Communicative = 4,
    /// <summary>«Универсальные».</summary>
    Universal = 5,
}

/// <summary>A set of competency groups, stored as one integer: bit n is <see cref="CompetencyGroup"/> n.</summary>
[Flags]
public enum CompetencyGroups
{
    None = 0,
    Subject = 1 << 1,
    Methodical = 1 << 2,
    PsychoPedagogical = 1 << 3,
    Communicative = 1 << 4,
    Universal = 1 << 5,
}

public static class CompetencyGroupSets
{
    public static CompetencyGroups Of(CompetencyGroup group) => (CompetencyGroups)(1 << (int)group);

    public static bool Contains(this CompetencyGroups set, CompetencyGroup group) => (set & Of(group)) != 0;

    public static IEnumerable<CompetencyGroup> Members(this CompetencyGroups set) =>
        Enum.GetValues<CompetencyGroup>().Where(g => set.Contains(g));
}
