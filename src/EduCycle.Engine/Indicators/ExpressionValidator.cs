namespace EduCycle.Engine.Indicators;

/// <summary>
/// Checks a parsed expression against a catalogue: unknown elements, dimensions and values; division by a constant
/// equal to 0; <c>diff</c>/<c>ratio</c> shifts that are not an integer constant 1…10; cycles among expression
/// elements; and, when a breakdown is given, that some element of the expression has that dimension. Expression
/// elements are checked through (their problems are reported at the reference to them).
/// </summary>
public static class ExpressionValidator
{
    public const int MaxShift = 10;

    public static IReadOnlyList<ExpressionProblem> Validate(Expr tree, IElementCatalog catalog, string? breakdown = null)
    {
        var walker = new Walker(catalog);
        walker.Visit(tree, null, []);
        var problems = walker.Problems;
        if (breakdown is not null && !walker.Reaches(breakdown))
            problems.Add(new(tree.Position, tree.Length, ProblemCode.BreakdownNotSupported, [breakdown]));
        return Distinct(problems);
    }

    /// <summary>Parses and checks both formulas of an indicator; problems carry their <see cref="FormulaPart"/>. The
    /// breakdown must be a dimension of some element of either formula (reported without a part, at 0).</summary>
    public static IReadOnlyList<ExpressionProblem> Validate(IndicatorFormula formula, IElementCatalog catalog)
    {
        var problems = new List<ExpressionProblem>();
        var breakdownReached = false;
        foreach (var (part, text) in Parts(formula))
        {
            var parsed = ExpressionParser.Parse(text);
            if (parsed.Tree is null)
            {
                problems.AddRange(parsed.Problems.Select(p => p with { Part = part }));
                continue;
            }
            var walker = new Walker(catalog);
            walker.Visit(parsed.Tree, null, []);
            problems.AddRange(Distinct(walker.Problems).Select(p => p with { Part = part }));
            breakdownReached |= formula.Breakdown is not null && walker.Reaches(formula.Breakdown);
        }
        if (formula.Breakdown is not null && problems.Count == 0 && !breakdownReached)
            problems.Add(new(0, 0, ProblemCode.BreakdownNotSupported, [formula.Breakdown]));
        return problems;
    }

    internal static IEnumerable<(FormulaPart Part, string Text)> Parts(IndicatorFormula formula)
    {
        yield return (FormulaPart.Numerator, formula.Numerator);
        if (formula.Denominator is not null)
            yield return (FormulaPart.Denominator, formula.Denominator);
    }

    private static List<ExpressionProblem> Distinct(List<ExpressionProblem> problems) =>
        problems.DistinctBy(p => (p.Position, p.Length, p.Code, string.Join("\u001f", p.Args))).ToList();

    private sealed class Walker(IElementCatalog catalog)
    {
        private readonly HashSet<SqlElement> reached = [];

        public List<ExpressionProblem> Problems { get; } = [];

        public bool Reaches(string dimension) => reached.Any(e => e.FindDimension(dimension) is not null);

        /// <param name="anchor">The reference in the checked text that led into an expression element, or null.</param>
        /// <param name="chain">The expression elements being expanded, outermost first.</param>
        public void Visit(Expr node, ElementRef? anchor, IReadOnlyList<string> chain)
        {
            switch (node)
            {
                case ElementRef reference:
                    VisitReference(reference, anchor, chain);
                    break;
                case Negate negate:
                    Visit(negate.Operand, anchor, chain);
                    break;
                case Binary binary:
                    Visit(binary.Left, anchor, chain);
                    Visit(binary.Right, anchor, chain);
                    if (binary.Operator == BinaryOperator.Divide && ConstantValue.Of(binary.Right) == 0)
                        Report(anchor ?? (Expr)binary.Right, ProblemCode.DivisionByZeroConstant);
                    break;
                case Comparison comparison:
                    Visit(comparison.Left, anchor, chain);
                    Visit(comparison.Right, anchor, chain);
                    break;
                case Call call:
                    foreach (var argument in call.Arguments)
                        Visit(argument, anchor, chain);
                    if (call.Name is "diff" or "ratio")
                        CheckShift(call, anchor);
                    break;
            }
        }

        private void CheckShift(Call call, ElementRef? anchor)
        {
            if (call.Arguments is not [var measured, var shift])
                return;
            if (ShiftOf(shift) is null)
                Report(anchor ?? shift, ProblemCode.InvalidShift, call.Name, shift is NumberLiteral n ? n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "…");
            if (call.Name == "ratio" && ConstantValue.Of(measured) == 0)
                Report(anchor ?? measured, ProblemCode.DivisionByZeroConstant);
        }

        private void VisitReference(ElementRef reference, ElementRef? anchor, IReadOnlyList<string> chain)
        {
            var at = anchor ?? reference;
            if (catalog.FindSql(reference.Code) is { } element)
            {
                reached.Add(element);
                foreach (var filter in reference.Filters)
                {
                    if (element.FindDimension(filter.Dimension) is not { } dimension)
                    {
                        Report(at, ProblemCode.UnknownDimension, element.Code, filter.Dimension);
                        continue;
                    }
                    if (dimension.AllowedValues is { } allowed)
                        foreach (var value in filter.Values.Where(v => !allowed.Contains(v)))
                            Report(at, ProblemCode.DimensionValueNotAllowed, element.Code, filter.Dimension, value);
                }
                return;
            }
            if (catalog.FindExpression(reference.Code) is not { } expression)
            {
                Report(at, ProblemCode.UnknownElement, reference.Code);
                return;
            }
            foreach (var filter in reference.Filters)
                Report(at, ProblemCode.UnknownDimension, expression.Code, filter.Dimension);
            var cycleStart = chain.ToList().IndexOf(expression.Code);
            if (cycleStart >= 0)
            {
                Report(at, ProblemCode.ElementCycle, [.. chain.Skip(cycleStart), expression.Code]);
                return;
            }
            var parsed = ExpressionParser.Parse(expression.Expression);
            if (parsed.Tree is null)
            {
                foreach (var problem in parsed.Problems)
                    Report(at, problem.Code, [.. problem.Args]);
                return;
            }
            Visit(parsed.Tree, at, [.. chain, expression.Code]);
        }

        private void Report(Expr at, ProblemCode code, params string[] args) =>
            Problems.Add(new(at.Position, at.Length, code, args));
    }

    /// <summary>The shift of <c>diff</c>/<c>ratio</c>: an integer constant 1…<see cref="MaxShift"/>, else null.</summary>
    internal static int? ShiftOf(Expr argument) =>
        argument is NumberLiteral { Value: var v } && v == decimal.Truncate(v) && v is >= 1 and <= MaxShift ? (int)v : null;
}
