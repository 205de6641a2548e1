using EduCycle.Engine.Indicators;

namespace EduCycle.Engine.Tests.Indicators;

public sealed class ExpressionValidatorTests
{
    private static IReadOnlyList<ExpressionProblem> Validate(string text, string? breakdown = null)
    {
        var parsed = ExpressionParser.Parse(text);
        Assert.Empty(parsed.Problems);
        return ExpressionValidator.Validate(parsed.Tree!, TestCatalog.Catalog, breakdown);
    }

    private static void AssertProblem(string text, ProblemCode code, int position, int length, params string[] args)
    {
        var problem = Assert.Single(Validate(text));
        Assert.Equal(code, problem.Code);
        Assert.Equal((position, length), (problem.Position, problem.Length));
        Assert.Equal(args, problem.Args);
    }

    [Theory]
    [InlineData("#{staff} / #{hours}")]
    [InlineData("#{staff|subject=math;phys,group=anything}[-3] * 100")]
    [InlineData("#{share} - #{lastyear}")]
    [InlineData("diff(#{staff}, 10) + ratio(#{hours}, 1)")]
    [InlineData("if(#{staff} > 0, #{hours} / #{staff}, 0)")]
    [InlineData("#{staff} / (3 - 2)")]
    public void A_valid_expression_has_no_problems(string text) => Assert.Empty(Validate(text));

    [Fact]
    public void An_unknown_element_is_reported_at_its_reference() =>
        AssertProblem("1 + #{nope}", ProblemCode.UnknownElement, 4, 7, "nope");

    [Fact]
    public void An_unknown_dimension_names_the_element_and_the_dimension() =>
        AssertProblem("1 + #{staff|region=x}", ProblemCode.UnknownDimension, 4, 17, "staff", "region");

    [Fact]
    public void A_value_outside_the_allowed_list_is_refused() =>
        AssertProblem("#{staff|subject=math;bio}", ProblemCode.DimensionValueNotAllowed, 0, 25, "staff", "subject", "bio");

    [Fact]
    public void An_expression_element_has_no_dimensions_to_filter() =>
        AssertProblem("#{share|group=1}", ProblemCode.UnknownDimension, 0, 16, "share", "group");

    [Fact]
    public void A_cycle_among_expression_elements_is_reported_with_its_chain() =>
        AssertProblem("2 * #{a}", ProblemCode.ElementCycle, 4, 4, "a", "b", "a");

    [Fact]
    public void A_broken_expression_element_is_reported_at_the_reference() =>
        AssertProblem("#{broken}", ProblemCode.UnexpectedEnd, 0, 9, "выражение");

    [Theory]
    [InlineData("#{staff} / 0", 11, 1)]
    [InlineData("#{staff} / (3 - 3)", 11, 7)]
    [InlineData("#{staff} / -min(0, 4)", 11, 10)]
    [InlineData("#{staff} / diff(5, 1)", 11, 10)]
    [InlineData("ratio(0, 2)", 6, 1)]
    public void Division_by_a_constant_zero_is_refused(string text, int position, int length) =>
        AssertProblem(text, ProblemCode.DivisionByZeroConstant, position, length);

    [Theory]
    [InlineData("diff(#{staff}, 0)", "diff", "0", 15, 1)]
    [InlineData("diff(#{staff}, 11)", "diff", "11", 15, 2)]
    [InlineData("ratio(#{staff}, 1.5)", "ratio", "1.5", 16, 3)]
    [InlineData("ratio(#{staff}, #{hours})", "ratio", "…", 16, 8)]
    [InlineData("diff(#{staff}, -1)", "diff", "…", 15, 2)]
    public void A_shift_must_be_an_integer_constant_from_1_to_10(string text, string name, string shift, int position, int length) =>
        AssertProblem(text, ProblemCode.InvalidShift, position, length, name, shift);

    [Fact]
    public void A_breakdown_no_element_has_is_refused_for_the_expression()
    {
        var problem = Assert.Single(Validate("#{hours} * 2", "subject"));
        Assert.Equal(ProblemCode.BreakdownNotSupported, problem.Code);
        Assert.Equal(["subject"], problem.Args);
    }

    [Theory]
    [InlineData("#{hours} / #{staff}", "subject")]
    [InlineData("#{share}", "group")]
    public void A_breakdown_some_element_has_is_accepted(string text, string breakdown) =>
        Assert.Empty(Validate(text, breakdown));

    [Fact]
    public void The_breakdown_of_a_formula_is_checked_over_numerator_and_denominator_together()
    {
        Assert.Empty(ExpressionValidator.Validate(new IndicatorFormula("#{hours}", "#{staff}", 100, "subject"), TestCatalog.Catalog));

        var problem = Assert.Single(ExpressionValidator.Validate(new IndicatorFormula("#{hours}", null, 1, "subject"), TestCatalog.Catalog));
        Assert.Equal(ProblemCode.BreakdownNotSupported, problem.Code);
        Assert.Null(problem.Part);
    }

    [Fact]
    public void Problems_of_a_formula_say_which_part_they_are_in()
    {
        var problems = ExpressionValidator.Validate(new IndicatorFormula("#{x}", "#{staff} +", 100, null), TestCatalog.Catalog);
        Assert.Equal(
            [(FormulaPart.Numerator, ProblemCode.UnknownElement, 0), (FormulaPart.Denominator, ProblemCode.UnexpectedEnd, 10)],
            problems.Select(p => (p.Part!.Value, p.Code, p.Position)));
    }
}
