namespace EduCycle.Engine.Indicators;

/// <summary>A node of a parsed expression; <see cref="Position"/> and <see cref="Length"/> locate it (0-based) in the
/// source text.</summary>
public abstract record Expr(int Position, int Length)
{
    public int End => Position + Length;
}

public sealed record NumberLiteral(int Position, int Length, decimal Value) : Expr(Position, Length);

/// <summary><c>#{CODE|dim=v1;v2,dim2=v3}[offset]</c>: an element, its filters (values of one filter are OR-ed,
/// filters are AND-ed) and its period offset in years (0 = the requested period, −1 = the year before).</summary>
public sealed record ElementRef(int Position, int Length, string Code, IReadOnlyList<RefFilter> Filters, int Offset) : Expr(Position, Length);

public sealed record RefFilter(string Dimension, IReadOnlyList<string> Values);

public sealed record Negate(int Position, int Length, Expr Operand) : Expr(Position, Length);

public enum BinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
}

public sealed record Binary(int Position, int Length, BinaryOperator Operator, Expr Left, Expr Right) : Expr(Position, Length);

public enum ComparisonOperator
{
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
}

/// <summary>A comparison; only the first argument of <c>if</c>.</summary>
public sealed record Comparison(int Position, int Length, ComparisonOperator Operator, Expr Left, Expr Right) : Expr(Position, Length);

/// <summary>A function call; <see cref="Name"/> is lower-case (<c>if</c>, <c>min</c>, <c>max</c>, <c>diff</c>,
/// <c>ratio</c>).</summary>
public sealed record Call(int Position, int Length, string Name, IReadOnlyList<Expr> Arguments) : Expr(Position, Length);
