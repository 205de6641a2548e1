using EduCycle.Engine.Indicators;

namespace EduCycle.Engine.Tests.Indicators;

public sealed class ExpressionParserTests
{
    private static Expr Tree(string text)
    {
        var result = ExpressionParser.Parse(text);
        Assert.Empty(result.Problems);
        return Assert.IsAssignableFrom<Expr>(result.Tree);
    }

    private static ExpressionProblem SingleProblem(string text)
    {
        var result = ExpressionParser.Parse(text);
        Assert.Null(result.Tree);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void A_number_uses_the_point_as_decimal_separator()
    {
        var number = Assert.IsType<NumberLiteral>(Tree("12.5"));
        Assert.Equal(12.5m, number.Value);
        Assert.Equal((0, 4), (number.Position, number.Length));
    }

    [Fact]
    public void A_reference_has_its_code_filters_and_offset()
    {
        const string text = "#{staff.diagnosed|subject=math;phys,group=А-1}[-1]";
        var reference = Assert.IsType<ElementRef>(Tree(text));
        Assert.Equal("staff.diagnosed", reference.Code);
        Assert.Equal(-1, reference.Offset);
        Assert.Equal((0, text.Length), (reference.Position, reference.Length));
        Assert.Collection(reference.Filters,
            f => { Assert.Equal("subject", f.Dimension); Assert.Equal(["math", "phys"], f.Values); },
            f => { Assert.Equal("group", f.Dimension); Assert.Equal(["А-1"], f.Values); });
    }

    [Fact]
    public void Whitespace_is_allowed_between_the_tokens_of_a_reference()
    {
        var reference = Assert.IsType<ElementRef>(Tree(" #{ a | d = x ; y } [ -2 ] "));
        Assert.Equal("a", reference.Code);
        Assert.Equal(-2, reference.Offset);
        Assert.Equal(["x", "y"], Assert.Single(reference.Filters).Values);
        Assert.Equal((1, 25), (reference.Position, reference.Length));
    }

    private static readonly IEqualityComparer<RefFilter> RefFilterComparer = EqualityComparer<RefFilter>.Create(
        (a, b) => a!.Dimension == b!.Dimension && a.Values.SequenceEqual(b.Values));

    [Fact]
    public void Cyrillic_codes_dimensions_and_values_are_accepted()
    {
        var reference = Assert.IsType<ElementRef>(Tree("#{педагоги|предмет=математика}"));
        Assert.Equal("педагоги", reference.Code);
        Assert.Equal(new RefFilter("предмет", ["математика"]), reference.Filters[0], RefFilterComparer);
        Assert.Equal(0, reference.Offset);
    }

    [Fact]
    public void Multiplication_binds_tighter_than_addition_and_operators_are_left_associative()
    {
        var sum = Assert.IsType<Binary>(Tree("1 + 2 * 3 - 4"));
        Assert.Equal(BinaryOperator.Subtract, sum.Operator);
        var left = Assert.IsType<Binary>(sum.Left);
        Assert.Equal(BinaryOperator.Add, left.Operator);
        Assert.Equal(BinaryOperator.Multiply, Assert.IsType<Binary>(left.Right).Operator);
        Assert.Equal((0, 13), (sum.Position, sum.Length));
    }

    [Fact]
    public void Unary_minus_applies_to_the_operand_only_and_parentheses_widen_the_span()
    {
        var difference = Assert.IsType<Binary>(Tree("-#{a} - 2"));
        Assert.IsType<ElementRef>(Assert.IsType<Negate>(difference.Left).Operand);

        var product = Assert.IsType<Binary>(Tree("(1 + 2) / 3"));
        Assert.Equal(BinaryOperator.Divide, product.Operator);
        Assert.Equal((0, 7), (product.Left.Position, product.Left.Length));
        Assert.Equal(BinaryOperator.Add, Assert.IsType<Binary>(product.Left).Operator);
    }

    [Fact]
    public void If_takes_a_comparison_and_function_names_are_case_insensitive()
    {
        var call = Assert.IsType<Call>(Tree("IF(#{a} >= 1, #{b}, 0)"));
        Assert.Equal("if", call.Name);
        Assert.Equal(3, call.Arguments.Count);
        var condition = Assert.IsType<Comparison>(call.Arguments[0]);
        Assert.Equal(ComparisonOperator.GreaterOrEqual, condition.Operator);
        Assert.Equal((3, 9), (condition.Position, condition.Length));
    }

    [Theory]
    [InlineData("<", ComparisonOperator.Less)]
    [InlineData("<=", ComparisonOperator.LessOrEqual)]
    [InlineData(">", ComparisonOperator.Greater)]
    [InlineData(">=", ComparisonOperator.GreaterOrEqual)]
    [InlineData("=", ComparisonOperator.Equal)]
    [InlineData("<>", ComparisonOperator.NotEqual)]
    public void Every_comparison_operator_is_read(string symbol, ComparisonOperator expected)
    {
        var call = Assert.IsType<Call>(Tree($"if(1 {symbol} 2, 1, 0)"));
        Assert.Equal(expected, Assert.IsType<Comparison>(call.Arguments[0]).Operator);
    }

    [Theory]
    [InlineData("Min(1, 2, 3)", "min", 3)]
    [InlineData("max(#{a}, #{b})", "max", 2)]
    [InlineData("diff(#{a} / #{b}, 2)", "diff", 2)]
    [InlineData("RATIO(#{a}, 1)", "ratio", 2)]
    public void Functions_are_parsed_with_their_arguments(string text, string name, int count)
    {
        var call = Assert.IsType<Call>(Tree(text));
        Assert.Equal(name, call.Name);
        Assert.Equal(count, call.Arguments.Count);
        Assert.Equal((0, text.Length), (call.Position, call.Length));
    }

    [Theory]
    [InlineData("#{a} + * 2", ProblemCode.ExpectedToken, 7, 1, "выражение")]
    [InlineData("#{a} +", ProblemCode.UnexpectedEnd, 6, 0, "выражение")]
    [InlineData("", ProblemCode.UnexpectedEnd, 0, 0, "выражение")]
    [InlineData("(1 + 2", ProblemCode.UnexpectedEnd, 6, 0, ")")]
    [InlineData("(1 + 2]", ProblemCode.ExpectedToken, 6, 1, ")")]
    [InlineData("#{a} @ 1", ProblemCode.UnexpectedCharacter, 5, 1, "@")]
    [InlineData("#{a} #{b}", ProblemCode.UnexpectedCharacter, 5, 1, "#")]
    [InlineData("#a", ProblemCode.ExpectedToken, 1, 1, "{")]
    [InlineData("#{a|d}", ProblemCode.ExpectedToken, 5, 1, "=")]
    [InlineData("#{a|d=}", ProblemCode.ExpectedToken, 6, 1, "значение")]
    [InlineData("#{a|=x}", ProblemCode.ExpectedToken, 4, 1, "измерение")]
    [InlineData("#{a|d=x", ProblemCode.UnexpectedEnd, 7, 0, "}")]
    [InlineData("#{!}", ProblemCode.ExpectedToken, 2, 1, "код элемента")]
    [InlineData("#{a}[x]", ProblemCode.ExpectedToken, 5, 1, "целое число")]
    [InlineData("abc + 1", ProblemCode.ExpectedToken, 4, 1, "(")]
    [InlineData("if(#{a}, 1, 2)", ProblemCode.ExpectedToken, 7, 1, "сравнение")]
    [InlineData("1.2.3 + 1", ProblemCode.InvalidNumber, 0, 5, "1.2.3")]
    [InlineData("2 * 1.", ProblemCode.InvalidNumber, 4, 2, "1.")]
    [InlineData("foo(1)", ProblemCode.UnknownFunction, 0, 3, "foo")]
    [InlineData("#{a} > 1", ProblemCode.ComparisonOutsideIf, 5, 1, ">")]
    [InlineData("max(#{a} <= 1, 2)", ProblemCode.ComparisonOutsideIf, 9, 2, "<=")]
    [InlineData("if(1 < 2 < 3, 1, 0)", ProblemCode.ComparisonOutsideIf, 9, 1, "<")]
    [InlineData("#{a}[-11]", ProblemCode.OffsetOutOfRange, 4, 5, "-11")]
    [InlineData("#{a}[1]", ProblemCode.OffsetOutOfRange, 4, 3, "1")]
    public void A_problem_is_reported_at_its_position(string text, ProblemCode code, int position, int length, string arg)
    {
        var problem = SingleProblem(text);
        Assert.Equal(code, problem.Code);
        Assert.Equal((position, length), (problem.Position, problem.Length));
        Assert.Equal(arg, problem.Args[0]);
    }

    [Fact]
    public void An_empty_reference_spans_the_braces()
    {
        var problem = SingleProblem("1 + #{} * 2");
        Assert.Equal(ProblemCode.EmptyReference, problem.Code);
        Assert.Equal((4, 3), (problem.Position, problem.Length));
    }

    [Theory]
    [InlineData("min(1)", "min", "не менее 2", 6)]
    [InlineData("if(1 < 2, 3)", "if", "3", 12)]
    [InlineData("diff(#{a})", "diff", "2", 10)]
    [InlineData("ratio()", "ratio", "2", 7)]
    public void A_wrong_argument_count_names_the_function_and_the_expected_count(string text, string name, string expected, int length)
    {
        var problem = SingleProblem(text);
        Assert.Equal(ProblemCode.WrongArgumentCount, problem.Code);
        Assert.Equal((0, length), (problem.Position, problem.Length));
        Assert.Equal([name, expected], problem.Args);
    }

    [Fact]
    public void Problems_that_keep_the_structure_are_all_collected()
    {
        var result = ExpressionParser.Parse("foo(1) + 1.2.3 + #{a}[-20]");
        Assert.Null(result.Tree);
        Assert.Equal(
            [(ProblemCode.UnknownFunction, 0), (ProblemCode.InvalidNumber, 9), (ProblemCode.OffsetOutOfRange, 21)],
            result.Problems.Select(p => (p.Code, p.Position)));
    }
}
