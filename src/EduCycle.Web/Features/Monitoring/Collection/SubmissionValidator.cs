using System.Globalization;
using EduCycle.Engine.Instruments;

namespace EduCycle.Web.Features.Monitoring.Collection;

/// <summary>A field of a form with its element's constraints, as the validator and the pages see it.</summary>
public sealed record FormField(string Code, string Name, string Unit, bool IsRequired, decimal? Min, decimal? Max, bool IsInteger, string? Description);

public sealed record FormRule(string Left, ComparisonOperator Operator, string Right, string Message);

public sealed record FormDefinition(int Id, string Code, string Name, IReadOnlyList<FormField> Fields, IReadOnlyList<FormRule> Rules);

/// <summary>Checks values against a form: unknown fields, integers and ranges always; required fields and consistency rules on submit.</summary>
public static class SubmissionValidator
{
    public static List<InstrumentProblem> Check(FormDefinition form, IReadOnlyDictionary<string, decimal?> values, bool submitting)
    {
        var problems = new List<InstrumentProblem>();
        var fields = form.Fields.ToDictionary(f => f.Code, StringComparer.Ordinal);
        foreach (var code in values.Keys.Where(c => !fields.ContainsKey(c)))
            problems.Add(InstrumentProblem.Error(code, $"Поле «{code}» не входит в форму «{form.Name}»"));
        foreach (var field in form.Fields)
        {
            var value = values.GetValueOrDefault(field.Code);
            if (value is not { } v)
            {
                if (submitting && field.IsRequired) problems.Add(InstrumentProblem.Error(field.Code, $"«{field.Name}»: поле обязательно для заполнения"));
                continue;
            }
            if (field.IsInteger && v != decimal.Truncate(v))
                problems.Add(InstrumentProblem.Error(field.Code, $"«{field.Name}»: ожидается целое число, указано {Number(v)}"));
            if (field.Min is { } min && v < min)
                problems.Add(InstrumentProblem.Error(field.Code, $"«{field.Name}»: значение {Number(v)} меньше допустимого ({Number(min)})"));
            if (field.Max is { } max && v > max)
                problems.Add(InstrumentProblem.Error(field.Code, $"«{field.Name}»: значение {Number(v)} больше допустимого ({Number(max)})"));
        }
        if (!submitting) return problems;
        foreach (var rule in form.Rules)
        {
            if (values.GetValueOrDefault(rule.Left) is not { } left || values.GetValueOrDefault(rule.Right) is not { } right) continue;
            var holds = rule.Operator switch
            {
                ComparisonOperator.LessOrEqual => left <= right,
                ComparisonOperator.Less => left < right,
                ComparisonOperator.GreaterOrEqual => left >= right,
                ComparisonOperator.Greater => left > right,
                _ => left == right,
            };
            if (!holds) problems.Add(InstrumentProblem.Error($"{rule.Left},{rule.Right}", rule.Message));
        }
        return problems;
    }

    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.GetCultureInfo("ru-RU"));
}
