using EduCycle.Engine.Indicators;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Definitions;
using EduCycle.Web.Features.Indicators.Targets;

namespace EduCycle.Web.Features.Indicators;

/// <summary>Russian texts of the indicator area: levels, directions, finding kinds, breakdowns and expression problems.</summary>
public static class IndicatorLabels
{
    public static string Of(UnitLevel level) => level switch
    {
        UnitLevel.Organisation => "Организация",
        UnitLevel.Municipality => "Муниципалитет",
        UnitLevel.Region => "Регион",
        _ => level.ToString(),
    };

    public static string Of(Direction direction) => direction switch
    {
        Direction.HigherIsBetter => "чем больше, тем лучше",
        Direction.LowerIsBetter => "чем меньше, тем лучше",
        _ => direction.ToString(),
    };

    public static string Of(FindingKind kind) => kind switch
    {
        FindingKind.OffTarget => "Не достигнуто целевое значение",
        FindingKind.Worsening => "Отрицательная динамика",
        _ => kind.ToString(),
    };

    public static string Of(FindingSeverity severity) => severity switch
    {
        FindingSeverity.High => "высокая",
        FindingSeverity.Medium => "средняя",
        FindingSeverity.Low => "низкая",
        _ => severity.ToString(),
    };

    /// <summary>Names of breakdown dimensions («в разрезе …»).</summary>
    public static string Breakdown(string dimension) => dimension switch
    {
        "subject" => "по учебным предметам",
        "age" => "по возрасту",
        "young" => "до 35 лет / 35 лет и старше",
        "experience" => "по стажу",
        "category" => "по квалификационной категории",
        "group" => "по группам компетенций",
        "kind" => "по типу организации",
        "rural" => "город / село",
        "instrument" => "по инструментам",
        "band" => "по уровням результата",
        _ => dimension,
    };

    /// <summary>Names of breakdown values that are codes rather than words (age bands, groups…).</summary>
    public static string BreakdownValue(string? value) => value switch
    {
        null => "Всего",
        "under25" => "до 25 лет",
        "25to34" => "25–34 года",
        "35to59" => "35–59 лет",
        "60plus" => "60 лет и старше",
        "under3" => "до 3 лет",
        "3to10" => "3–10 лет",
        "10to20" => "10–20 лет",
        "over20" => "более 20 лет",
        "highest" => "высшая",
        "first" => "первая",
        "none" => "без категории",
        "subject" => "предметные",
        "methodical" => "методические",
        "psychological" => "психолого-педагогические",
        "communicative" => "коммуникативные",
        "universal" => "универсальные",
        "yes" => "да",
        "no" => "нет",
        "school" => "школы",
        "preschool" => "детские сады",
        "additional" => "дополнительное образование",
        "vocational" => "СПО",
        "further" => "ДПО",
        _ => value,
    };

    /// <summary>The Russian message of an expression problem, with its position (1-based for people).</summary>
    public static string Of(ExpressionProblem problem)
    {
        string Arg(int i) => problem.Args.Count > i ? problem.Args[i] : "";
        var text = problem.Code switch
        {
            ProblemCode.UnexpectedCharacter => "недопустимый символ",
            ProblemCode.UnexpectedEnd => "выражение оборвано",
            ProblemCode.ExpectedToken => $"ожидается «{Arg(0)}»",
            ProblemCode.InvalidNumber => "неверная запись числа",
            ProblemCode.EmptyReference => "пустая ссылка на элемент данных",
            ProblemCode.UnknownFunction => $"неизвестная функция «{Arg(0)}» (допустимы if, min, max, diff, ratio)",
            ProblemCode.WrongArgumentCount => $"у функции «{Arg(0)}» должно быть аргументов: {Arg(1)}",
            ProblemCode.ComparisonOutsideIf => "сравнение допустимо только в первом аргументе if",
            ProblemCode.OffsetOutOfRange => "смещение периода вне допустимого диапазона",
            ProblemCode.UnknownElement => $"неизвестный элемент данных «{Arg(0)}»",
            ProblemCode.UnknownDimension => $"у элемента «{Arg(0)}» нет разреза «{Arg(1)}»",
            ProblemCode.DimensionValueNotAllowed => $"недопустимое значение «{Arg(2)}» разреза «{Arg(1)}» элемента «{Arg(0)}»",
            ProblemCode.DivisionByZeroConstant => "деление на постоянный ноль",
            ProblemCode.ElementCycle => $"циклическая зависимость элементов: {Arg(0)}",
            ProblemCode.InvalidShift => "число лет в diff/ratio должно быть целой константой от 1 до 10",
            ProblemCode.BreakdownNotSupported => $"ни один элемент выражения не имеет разреза «{Arg(0)}»",
            _ => problem.Code.ToString(),
        };
        return $"Позиция {problem.Position + 1}: {text}";
    }
}
