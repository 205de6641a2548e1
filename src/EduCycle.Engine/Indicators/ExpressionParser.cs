using System.Globalization;

namespace EduCycle.Engine.Indicators;

/// <summary>
/// Parses an indicator expression. Grammar (whitespace allowed between any tokens):
/// <code>
/// expr    := term (('+' | '-') term)*
/// term    := unary (('*' | '/') unary)*
/// unary   := '-' unary | primary
/// primary := NUMBER | ref | call | '(' expr ')'
/// ref     := '#{' CODE ( '|' filter (',' filter)* )? '}' offset?
/// filter  := DIM '=' VALUE ( ';' VALUE )*       -- values of one filter: OR; several filters: AND
/// offset  := '[' '-'? INT ']'                    -- years back, −10…0: [-1] the previous year
/// call    := NAME '(' args ')'                   -- if(cond, a, b) | min(a, b, …) | max(a, b, …) | diff(e, n) | ratio(e, n)
/// cond    := expr ('&lt;' | '&lt;=' | '&gt;' | '&gt;=' | '=' | '&lt;&gt;') expr   -- only as the first argument of if
/// </code>
/// CODE: letters, digits, <c>_</c>, <c>.</c>; DIM and VALUE: letters (Cyrillic too), digits, <c>_</c>, <c>-</c>;
/// NUMBER: digits with an optional <c>.</c> fraction. Function names are case-insensitive.
/// <c>diff(e, n)</c> = e − e shifted n years back; <c>ratio(e, n)</c> = e / (e shifted n years back), no value when
/// the base is 0; shifting adds −n to the offset of every reference inside e. n is an integer constant 1…10
/// (checked by <see cref="ExpressionValidator"/>).
/// Never throws on bad input: a syntax error stops parsing and is reported with its position; problems that do
/// not break the structure (bad number, unknown function, argument count, offset range, misplaced comparison) are
/// all collected.
/// </summary>
public static class ExpressionParser
{
    public const int MinOffset = -10;
    public const int MaxOffset = 0;

    public static readonly IReadOnlySet<string> Functions = new HashSet<string>(StringComparer.Ordinal) { "if", "min", "max", "diff", "ratio" };

    public static ParseResult Parse(string text) => new Parser(text ?? "").Run();

    private sealed class SyntaxError : Exception;

    private sealed class Parser(string text)
    {
        private readonly List<ExpressionProblem> problems = [];
        private int pos;

        public ParseResult Run()
        {
            try
            {
                var tree = Expression();
                SkipSpace();
                if (pos < text.Length)
                    throw Fail(Unexpected());
                return problems.Count == 0 ? new ParseResult(tree, []) : new ParseResult(null, problems);
            }
            catch (SyntaxError)
            {
                return new ParseResult(null, problems);
            }
        }

        private Expr Expression()
        {
            var expr = Additive();
            RefuseComparison();
            return expr;
        }

        private void RefuseComparison()
        {
            SkipSpace();
            if (ComparisonAt() is not { } comparison)
                return;
            problems.Add(new(pos, comparison.Text.Length, ProblemCode.ComparisonOutsideIf, [comparison.Text]));
            pos += comparison.Text.Length;
            Additive();
            RefuseComparison();
        }

        private Comparison Condition()
        {
            var left = Additive();
            SkipSpace();
            if (ComparisonAt() is not { } comparison)
                throw Fail(Expected("сравнение"));
            pos += comparison.Text.Length;
            var right = Additive();
            RefuseComparison();
            return new Comparison(left.Position, right.End - left.Position, comparison.Operator, left, right);
        }

        private Expr Additive()
        {
            var left = Term();
            while (true)
            {
                SkipSpace();
                if (!At('+') && !At('-'))
                    return left;
                var op = At('+') ? BinaryOperator.Add : BinaryOperator.Subtract;
                pos++;
                var right = Term();
                left = new Binary(left.Position, right.End - left.Position, op, left, right);
            }
        }

        private Expr Term()
        {
            var left = Unary();
            while (true)
            {
                SkipSpace();
                if (!At('*') && !At('/'))
                    return left;
                var op = At('*') ? BinaryOperator.Multiply : BinaryOperator.Divide;
                pos++;
                var right = Unary();
                left = new Binary(left.Position, right.End - left.Position, op, left, right);
            }
        }

        private Expr Unary()
        {
            SkipSpace();
            if (!At('-'))
                return Primary();
            var start = pos++;
            var operand = Unary();
            return new Negate(start, operand.End - start, operand);
        }

        private Expr Primary()
        {
            SkipSpace();
            if (pos == text.Length)
                throw Fail(Expected("выражение"));
            var c = text[pos];
            if (IsDigit(c))
                return Number();
            if (c == '#')
                return Reference();
            if (char.IsLetter(c))
                return FunctionCall();
            if (c == '(')
            {
                var start = pos++;
                var inner = Expression();
                Expect(')');
                return inner with { Position = start, Length = pos - start };
            }
            throw Fail("+-*/),;<>=]}|".Contains(c) ? Expected("выражение") : Unexpected());
        }

        private NumberLiteral Number()
        {
            var start = pos;
            while (pos < text.Length && (IsDigit(text[pos]) || text[pos] == '.'))
                pos++;
            var written = text[start..pos];
            var wellFormed = written.Split('.') is var parts && parts.Length <= 2 && parts.All(p => p.Length > 0);
            if (!wellFormed || !decimal.TryParse(written, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                problems.Add(new(start, pos - start, ProblemCode.InvalidNumber, [written]));
                value = 0;
            }
            return new NumberLiteral(start, pos - start, value);
        }

        private ElementRef Reference()
        {
            var start = pos++;
            if (!At('{'))
                throw Fail(Expected("{"));
            pos++;
            SkipSpace();
            var code = Read(IsCodeChar);
            SkipSpace();
            if (code.Length == 0 && !At('}') && !At('|'))
                throw Fail(Expected("код элемента"));
            var filters = new List<RefFilter>();
            if (At('|'))
            {
                do
                {
                    pos++;
                    filters.Add(Filter());
                    SkipSpace();
                }
                while (At(','));
            }
            Expect('}');
            if (code.Length == 0)
                problems.Add(new(start, pos - start, ProblemCode.EmptyReference, []));
            var offset = Offset();
            return new ElementRef(start, pos - start, code, filters, offset);
        }

        private RefFilter Filter()
        {
            SkipSpace();
            var dimension = Read(IsNameChar);
            if (dimension.Length == 0)
                throw Fail(Expected("измерение"));
            Expect('=');
            var values = new List<string>();
            while (true)
            {
                SkipSpace();
                var value = Read(IsNameChar);
                if (value.Length == 0)
                    throw Fail(Expected("значение"));
                values.Add(value);
                SkipSpace();
                if (!At(';'))
                    return new RefFilter(dimension, values);
                pos++;
            }
        }

        private int Offset()
        {
            var afterReference = pos;
            SkipSpace();
            if (!At('['))
            {
                pos = afterReference;
                return 0;
            }
            var start = pos++;
            SkipSpace();
            var negative = At('-');
            if (negative)
                pos++;
            var digits = Read(IsDigit);
            if (digits.Length == 0)
                throw Fail(Expected("целое число"));
            Expect(']');
            var written = (negative ? "-" : "") + digits;
            if (!int.TryParse(written, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var offset)
                || offset is < MinOffset or > MaxOffset)
            {
                problems.Add(new(start, pos - start, ProblemCode.OffsetOutOfRange, [written]));
                return 0;
            }
            return offset;
        }

        private Call FunctionCall()
        {
            var start = pos;
            var written = Read(c => char.IsLetterOrDigit(c) || c == '_');
            var name = written.ToLowerInvariant();
            SkipSpace();
            if (!At('('))
                throw Fail(Expected("("));
            pos++;
            var known = Functions.Contains(name);
            if (!known)
                problems.Add(new(start, written.Length, ProblemCode.UnknownFunction, [written]));
            var arguments = new List<Expr>();
            SkipSpace();
            if (!At(')'))
            {
                arguments.Add(name == "if" ? Condition() : Expression());
                SkipSpace();
                while (At(','))
                {
                    pos++;
                    arguments.Add(Expression());
                    SkipSpace();
                }
            }
            Expect(')');
            if (known && ExpectedArguments(name, arguments.Count) is { } expected)
                problems.Add(new(start, pos - start, ProblemCode.WrongArgumentCount, [name, expected]));
            return new Call(start, pos - start, name, arguments);
        }

        private static string? ExpectedArguments(string name, int count) => name switch
        {
            "if" when count != 3 => "3",
            "diff" or "ratio" when count != 2 => "2",
            "min" or "max" when count < 2 => "не менее 2",
            _ => null,
        };

        private (string Text, ComparisonOperator Operator)? ComparisonAt()
        {
            foreach (var (symbol, op) in Comparisons)
                if (string.CompareOrdinal(text, pos, symbol, 0, symbol.Length) == 0)
                    return (symbol, op);
            return null;
        }

        private static readonly (string, ComparisonOperator)[] Comparisons =
        [
            ("<=", ComparisonOperator.LessOrEqual),
            ("<>", ComparisonOperator.NotEqual),
            (">=", ComparisonOperator.GreaterOrEqual),
            ("<", ComparisonOperator.Less),
            (">", ComparisonOperator.Greater),
            ("=", ComparisonOperator.Equal),
        ];

        private void Expect(char c)
        {
            SkipSpace();
            if (!At(c))
                throw Fail(Expected(c.ToString()));
            pos++;
        }

        private ExpressionProblem Expected(string what) => pos == text.Length
            ? new(pos, 0, ProblemCode.UnexpectedEnd, [what])
            : new(pos, 1, ProblemCode.ExpectedToken, [what]);

        private ExpressionProblem Unexpected() => new(pos, 1, ProblemCode.UnexpectedCharacter, [text[pos].ToString()]);

        private SyntaxError Fail(ExpressionProblem problem)
        {
            problems.Add(problem);
            return new SyntaxError();
        }

        private bool At(char c) => pos < text.Length && text[pos] == c;

        private string Read(Func<char, bool> accepts)
        {
            var start = pos;
            while (pos < text.Length && accepts(text[pos]))
                pos++;
            return text[start..pos];
        }

        private void SkipSpace()
        {
            while (pos < text.Length && char.IsWhiteSpace(text[pos]))
                pos++;
        }

        private static bool IsDigit(char c) => c is >= '0' and <= '9';

        private static bool IsCodeChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '.';

        private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-';
    }
}
