namespace EduCycle.Engine.Indicators;

/// <summary>What is wrong with an expression. The comment of each code says what <see cref="ExpressionProblem.Args"/> holds.</summary>
public enum ProblemCode
{
    /// <summary>A character that cannot start anything here. Args: the character.</summary>
    UnexpectedCharacter,

    /// <summary>The text ends where something is still expected. Args: what is expected.</summary>
    UnexpectedEnd,

    /// <summary>Something else is expected here. Args[0]: a punctuation token (<c>)</c>, <c>,</c>, <c>}</c>, <c>]</c>,
    /// <c>=</c>, <c>{</c>, <c>(</c>) or a description: «выражение», «код элемента», «измерение», «значение»,
    /// «целое число», «сравнение».</summary>
    ExpectedToken,

    /// <summary>Not a number (<c>1.2.3</c>, <c>1.</c>, too large). Args: the text.</summary>
    InvalidNumber,

    /// <summary><c>#{}</c>: a reference without an element code. No args.</summary>
    EmptyReference,

    /// <summary>Args: the function name as written.</summary>
    UnknownFunction,

    /// <summary>Args: the function name (lower-case), the expected count («3», «2», «не менее 2»).</summary>
    WrongArgumentCount,

    /// <summary>A comparison anywhere but the first argument of <c>if</c>. Args: the operator.</summary>
    ComparisonOutsideIf,

    /// <summary>An offset outside −10…0 years. Args: the offset as written.</summary>
    OffsetOutOfRange,

    /// <summary>Args: the element code.</summary>
    UnknownElement,

    /// <summary>Args: the element code, the dimension.</summary>
    UnknownDimension,

    /// <summary>Args: the element code, the dimension, the value.</summary>
    DimensionValueNotAllowed,

    /// <summary>Division by a constant expression equal to 0 (<c>/ 0</c>, <c>/ (2 - 2)</c>). No args.</summary>
    DivisionByZeroConstant,

    /// <summary>Expression elements referencing each other. Args: the chain of codes, first = last (a, b, a).</summary>
    ElementCycle,

    /// <summary>The second argument of <c>diff</c>/<c>ratio</c> is not an integer constant 1…10. Args: the function
    /// name, the argument as written.</summary>
    InvalidShift,

    /// <summary>No element of the indicator has the breakdown dimension. Args: the dimension.</summary>
    BreakdownNotSupported,
}

/// <summary>Which formula of an indicator a problem is in.</summary>
public enum FormulaPart
{
    Numerator,
    Denominator,
}

/// <summary>A problem at <see cref="Position"/> (0-based) spanning <see cref="Length"/> characters of the source
/// text. A problem inside an expression element is reported at the reference to that element. <see cref="Part"/>
/// is set when a whole indicator formula is checked; a problem of the formula as a whole (breakdown) has no part.</summary>
public sealed record ExpressionProblem(int Position, int Length, ProblemCode Code, IReadOnlyList<string> Args)
{
    public FormulaPart? Part { get; init; }

    public override string ToString() =>
        $"{(Part is { } part ? part + " " : "")}{Position}+{Length}: {Code}{(Args.Count > 0 ? " (" + string.Join(", ", Args) + ")" : "")}";
}

/// <summary>The result of parsing: <see cref="Tree"/> is null when there is any problem.</summary>
public sealed record ParseResult(Expr? Tree, IReadOnlyList<ExpressionProblem> Problems);
