namespace EduCycle.Engine.Indicators;

/// <summary>The value of an expression that references no element, or null.</summary>
internal static class ConstantValue
{
    public static decimal? Of(Expr node)
    {
        try
        {
            return Evaluate(node);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static decimal? Evaluate(Expr node) => node switch
    {
        NumberLiteral number => number.Value,
        Negate negate => -Evaluate(negate.Operand),
        Binary binary => Combine(binary.Operator, Evaluate(binary.Left), Evaluate(binary.Right)),
        Call { Name: "min" } call => Fold(call.Arguments, Math.Min),
        Call { Name: "max" } call => Fold(call.Arguments, Math.Max),
        Call { Name: "diff", Arguments: [var e, _] } => Evaluate(e) is null ? null : 0m,
        Call { Name: "ratio", Arguments: [var e, _] } => Evaluate(e) is { } v && v != 0 ? 1m : null,
        Call { Name: "if", Arguments: [Comparison c, var then, var otherwise] } =>
            Holds(c) switch { true => Evaluate(then), false => Evaluate(otherwise), null => null },
        _ => null,
    };

    private static decimal? Combine(BinaryOperator op, decimal? left, decimal? right)
    {
        if (left is not { } a || right is not { } b)
            return null;
        return op switch
        {
            BinaryOperator.Add => a + b,
            BinaryOperator.Subtract => a - b,
            BinaryOperator.Multiply => a * b,
            _ => b == 0 ? null : a / b,
        };
    }

    private static decimal? Fold(IReadOnlyList<Expr> arguments, Func<decimal, decimal, decimal> pick)
    {
        decimal? result = null;
        foreach (var argument in arguments)
        {
            if (Evaluate(argument) is not { } value)
                return null;
            result = result is { } r ? pick(r, value) : value;
        }
        return result;
    }

    private static bool? Holds(Comparison comparison)
    {
        if (Evaluate(comparison.Left) is not { } a || Evaluate(comparison.Right) is not { } b)
            return null;
        return comparison.Operator switch
        {
            ComparisonOperator.Less => a < b,
            ComparisonOperator.LessOrEqual => a <= b,
            ComparisonOperator.Greater => a > b,
            ComparisonOperator.GreaterOrEqual => a >= b,
            ComparisonOperator.Equal => a == b,
            _ => a != b,
        };
    }
}
