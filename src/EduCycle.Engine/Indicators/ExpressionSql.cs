using System.Globalization;

namespace EduCycle.Engine.Indicators;

/// <summary>The SQL of a validated expression; registers the element queries it reads.</summary>
internal sealed class ExpressionSql(ElementQueries queries, SqlDialect dialect)
{
    public string Of(Expr tree) => Emit(tree, 0);

    /// <param name="shift">Years added to every reference's offset (from enclosing diff/ratio and inlining).</param>
    private string Emit(Expr node, int shift) => node switch
    {
        NumberLiteral number => number.Value.ToString(CultureInfo.InvariantCulture),
        ElementRef reference => Reference(reference, shift),
        Negate negate => $"(-{Emit(negate.Operand, shift)})",
        Binary { Operator: BinaryOperator.Divide } binary => Divide(Emit(binary.Left, shift), Emit(binary.Right, shift)),
        Binary binary => $"({Emit(binary.Left, shift)} {Symbol(binary.Operator)} {Emit(binary.Right, shift)})",
        Comparison comparison => $"{Emit(comparison.Left, shift)} {Symbol(comparison.Operator)} {Emit(comparison.Right, shift)}",
        Call call => Call(call, shift),
        _ => throw new ArgumentException($"Unknown node {node.GetType().Name}.", nameof(node)),
    };

    private string Reference(ElementRef reference, int shift)
    {
        var offset = reference.Offset + shift;
        if (queries.Catalog.FindSql(reference.Code) is { } element)
            return $"COALESCE({queries.For(element, reference.Filters, offset).Name}.v, 0)";
        var expression = queries.Catalog.FindExpression(reference.Code)!;
        return $"({Emit(queries.Expression(expression), offset)})";
    }

    private string Call(Call call, int shift)
    {
        var arguments = call.Arguments;
        switch (call.Name)
        {
            case "if":
                return $"(CASE WHEN {Emit(arguments[0], shift)} THEN {Emit(arguments[1], shift)} ELSE {Emit(arguments[2], shift)} END)";
            case "min" or "max":
                var function = (call.Name, dialect) switch
                {
                    ("min", SqlDialect.Sqlite) => "MIN",
                    ("max", SqlDialect.Sqlite) => "MAX",
                    ("min", _) => "LEAST",
                    _ => "GREATEST",
                };
                return $"{function}({string.Join(", ", arguments.Select(a => Emit(a, shift)))})";
            default:
                var years = ExpressionValidator.ShiftOf(arguments[1])!.Value;
                var now = Emit(arguments[0], shift);
                var before = Emit(arguments[0], shift - years);
                return call.Name == "diff" ? $"({now} - {before})" : Divide(now, before);
        }
    }

    private static string Divide(string dividend, string divisor) => $"((1.0 * {dividend}) / NULLIF({divisor}, 0))";

    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        _ => "*",
    };

    private static string Symbol(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        ComparisonOperator.GreaterOrEqual => ">=",
        ComparisonOperator.Equal => "=",
        _ => "<>",
    };
}
