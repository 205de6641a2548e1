using System.Globalization;

namespace EduCycle.Engine.Development;

/// <summary>Level of one competency group, or of a whole diagnostic attempt.</summary>
public enum DiagnosticLevel
{
    /// <summary>«Достаточный уровень»: at or above the sufficient level.</summary>
    Sufficient = 1,
    /// <summary>Neither sufficient nor unsatisfactory.</summary>
    Acceptable = 2,
    /// <summary>«Неудовлетворительный уровень»: below the unsatisfactory level.</summary>
    Unsatisfactory = 3,
}

/// <summary>What the rule made of one attempt: the level of each diagnosed group and the consequences.</summary>
public sealed record DiagnosticVerdict(
    DiagnosticLevel Outcome,
    bool ConfirmedForAttestation,
    bool RepeatRequired,
    IReadOnlyDictionary<CompetencyGroup, DiagnosticLevel> Groups);

/// <summary>
/// The seed-003 rule of the entry (and repeat) diagnostic. A group is sufficient from <see cref="SufficientLevel"/>
/// (95 %) up to 100 %, unsatisfactory below <see cref="UnsatisfactoryLevel"/>, acceptable in between.
/// <list type="bullet">
/// <item>Subject group sufficient → the teacher is confirmed for the attestation database.</item>
/// <item>Any diagnosed group unsatisfactory → the attempt is unsatisfactory: a plan and a repeat diagnostic are required.</item>
/// <item>Otherwise the attempt is sufficient when its subject group is sufficient, else acceptable.</item>
/// </list>
/// A campaign that does not diagnose the subject group confirms nobody for attestation (seed 003 ties that to subject
/// competence only); its attempts are sufficient when every diagnosed group is, unsatisfactory as above, else acceptable.
/// </summary>
public sealed record DiagnosticRule
{
    public const decimal DefaultSufficientLevel = 95m;
    public const decimal DefaultUnsatisfactoryLevel = 50m;

    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public DiagnosticRule(decimal sufficientLevel = DefaultSufficientLevel, decimal unsatisfactoryLevel = DefaultUnsatisfactoryLevel)
    {
        if (LevelsProblem(sufficientLevel, unsatisfactoryLevel) is { } problem) throw new ArgumentOutOfRangeException(nameof(sufficientLevel), problem);
        SufficientLevel = sufficientLevel;
        UnsatisfactoryLevel = unsatisfactoryLevel;
    }

    public decimal SufficientLevel { get; }
    public decimal UnsatisfactoryLevel { get; }

    /// <summary>Why the levels cannot form a rule (0 ≤ unsatisfactory ≤ sufficient ≤ 100), or null.</summary>
    public static string? LevelsProblem(decimal sufficientLevel, decimal unsatisfactoryLevel)
    {
        if (sufficientLevel is < 0 or > 100) return $"достаточный уровень {Text(sufficientLevel)} % вне диапазона от 0 до 100";
        if (unsatisfactoryLevel is < 0 or > 100) return $"неудовлетворительный уровень {Text(unsatisfactoryLevel)} % вне диапазона от 0 до 100";
        if (unsatisfactoryLevel > sufficientLevel)
            return $"неудовлетворительный уровень ({Text(unsatisfactoryLevel)} %) выше достаточного ({Text(sufficientLevel)} %)";
        return null;
    }

    /// <summary>Why a group result is not a percentage, or null.</summary>
    public static string? PercentProblem(decimal percent) =>
        percent is < 0 or > 100 ? $"результат {Text(percent)} % вне диапазона от 0 до 100" : null;

    public DiagnosticLevel LevelOf(decimal percent)
    {
        if (PercentProblem(percent) is { } problem) throw new ArgumentOutOfRangeException(nameof(percent), problem);
        return percent >= SufficientLevel ? DiagnosticLevel.Sufficient
            : percent < UnsatisfactoryLevel ? DiagnosticLevel.Unsatisfactory
            : DiagnosticLevel.Acceptable;
    }

    /// <summary>Classifies an attempt from its group percentages (at least one group).</summary>
    public DiagnosticVerdict Classify(IReadOnlyDictionary<CompetencyGroup, decimal> percents)
    {
        if (percents.Count == 0) throw new ArgumentException("нет результатов ни по одной группе компетенций", nameof(percents));
        var groups = percents.ToDictionary(p => p.Key, p => LevelOf(p.Value));
        var subject = groups.TryGetValue(CompetencyGroup.Subject, out var s) ? s : (DiagnosticLevel?)null;
        var confirmed = subject == DiagnosticLevel.Sufficient;
        var repeat = groups.Values.Any(l => l == DiagnosticLevel.Unsatisfactory);
        var outcome = repeat ? DiagnosticLevel.Unsatisfactory
            : subject is { } level ? level
            : groups.Values.All(l => l == DiagnosticLevel.Sufficient) ? DiagnosticLevel.Sufficient
            : DiagnosticLevel.Acceptable;
        return new DiagnosticVerdict(outcome, confirmed, repeat, groups);
    }

    private static string Text(decimal value) => value.ToString("0.##", Russian);
}
