using EduCycle.Engine.Development;

namespace EduCycle.Engine.Tests.Development;

public sealed class DiagnosticRuleTests
{
    private static readonly DiagnosticRule Default = new();

    private static Dictionary<CompetencyGroup, decimal> Subject(decimal percent) => new() { [CompetencyGroup.Subject] = percent };

    [Fact]
    public void At_94_9_percent_the_subject_result_is_not_sufficient_and_not_confirmed()
    {
        var verdict = Default.Classify(Subject(94.9m));
        Assert.Equal(DiagnosticLevel.Acceptable, verdict.Outcome);
        Assert.False(verdict.ConfirmedForAttestation);
        Assert.False(verdict.RepeatRequired);
    }

    [Theory]
    [InlineData(95)]
    [InlineData(100)]
    public void From_95_to_100_percent_the_subject_result_is_sufficient_and_confirmed_for_attestation(decimal percent)
    {
        var verdict = Default.Classify(Subject(percent));
        Assert.Equal(DiagnosticLevel.Sufficient, verdict.Outcome);
        Assert.True(verdict.ConfirmedForAttestation);
        Assert.False(verdict.RepeatRequired);
    }

    [Theory]
    [InlineData(59.99, DiagnosticLevel.Unsatisfactory, true)]
    [InlineData(60, DiagnosticLevel.Acceptable, false)]
    public void Below_a_configured_unsatisfactory_level_a_plan_and_a_repeat_are_required(decimal percent, DiagnosticLevel expected, bool repeat)
    {
        var verdict = new DiagnosticRule(95m, 60m).Classify(Subject(percent));
        Assert.Equal(expected, verdict.Outcome);
        Assert.Equal(repeat, verdict.RepeatRequired);
        Assert.False(verdict.ConfirmedForAttestation);
    }

    [Fact]
    public void A_sufficient_subject_result_is_still_confirmed_when_another_group_needs_a_repeat()
    {
        var verdict = Default.Classify(new Dictionary<CompetencyGroup, decimal>
        {
            [CompetencyGroup.Subject] = 97m,
            [CompetencyGroup.Methodical] = 40m,
        });
        Assert.Equal(DiagnosticLevel.Unsatisfactory, verdict.Outcome);
        Assert.True(verdict.ConfirmedForAttestation);
        Assert.True(verdict.RepeatRequired);
        Assert.Equal(DiagnosticLevel.Sufficient, verdict.Groups[CompetencyGroup.Subject]);
        Assert.Equal(DiagnosticLevel.Unsatisfactory, verdict.Groups[CompetencyGroup.Methodical]);
    }

    [Fact]
    public void The_subject_group_decides_between_sufficient_and_acceptable_when_nothing_is_unsatisfactory()
    {
        var verdict = Default.Classify(new Dictionary<CompetencyGroup, decimal>
        {
            [CompetencyGroup.Subject] = 96m,
            [CompetencyGroup.Communicative] = 70m,
        });
        Assert.Equal(DiagnosticLevel.Sufficient, verdict.Outcome);
        Assert.Equal(DiagnosticLevel.Acceptable, verdict.Groups[CompetencyGroup.Communicative]);
    }

    [Theory]
    [InlineData(95, 99, DiagnosticLevel.Sufficient)]
    [InlineData(95, 94.9, DiagnosticLevel.Acceptable)]
    [InlineData(49.9, 99, DiagnosticLevel.Unsatisfactory)]
    public void Without_the_subject_group_nobody_is_confirmed_and_all_groups_must_be_sufficient(decimal methodical, decimal psycho, DiagnosticLevel expected)
    {
        var verdict = Default.Classify(new Dictionary<CompetencyGroup, decimal>
        {
            [CompetencyGroup.Methodical] = methodical,
            [CompetencyGroup.PsychoPedagogical] = psycho,
        });
        Assert.Equal(expected, verdict.Outcome);
        Assert.False(verdict.ConfirmedForAttestation);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(100.01)]
    public void A_percentage_outside_0_to_100_is_refused(decimal percent)
    {
        Assert.NotNull(DiagnosticRule.PercentProblem(percent));
        Assert.Throws<ArgumentOutOfRangeException>(() => Default.Classify(Subject(percent)));
    }

    [Theory]
    [InlineData(95, 96, "неудовлетворительный уровень (96 %) выше достаточного (95 %)")]
    [InlineData(101, 50, "достаточный уровень 101 % вне диапазона от 0 до 100")]
    [InlineData(95, -1, "неудовлетворительный уровень -1 % вне диапазона от 0 до 100")]
    public void Levels_must_satisfy_0_unsatisfactory_sufficient_100(decimal sufficient, decimal unsatisfactory, string message)
    {
        Assert.Equal(message, DiagnosticRule.LevelsProblem(sufficient, unsatisfactory));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DiagnosticRule(sufficient, unsatisfactory));
    }

    [Fact]
    public void Equal_levels_leave_no_acceptable_band()
    {
        var rule = new DiagnosticRule(80m, 80m);
        Assert.Equal(DiagnosticLevel.Sufficient, rule.LevelOf(80m));
        Assert.Equal(DiagnosticLevel.Unsatisfactory, rule.LevelOf(79.99m));
    }

    [Fact]
    public void An_attempt_without_any_group_is_refused() =>
        Assert.Throws<ArgumentException>(() => Default.Classify(new Dictionary<CompetencyGroup, decimal>()));
}
