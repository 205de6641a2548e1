using System.Text.RegularExpressions;
using EduCycle.Engine.Indicators;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Indicators.Elements;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Indicators.Definitions;

/// <summary>What a regional operator enters to add an indicator or a new version of one.</summary>
public sealed record IndicatorDraft(
    string Code, string Name, string Area, string? Task, string Unit, Direction Direction,
    string Numerator, string? Denominator, decimal Factor, string? Breakdowns, int? DynamicsYears, string Source,
    string? Description, DateOnly ValidFrom);

/// <summary>A problem with one field of a draft, in Russian.</summary>
public sealed record DraftProblem(string Field, string Message);

/// <summary>Validates drafts (expressions against the element catalogue, live) and stores them as new versions.</summary>
public sealed partial class IndicatorEditor(EduCycleDbContext db, ElementCatalogSource catalogs, TimeProvider clock)
{
    [GeneratedRegex("^[A-Za-z0-9_.-]{1,32}$")]
    private static partial Regex CodePattern();

    /// <summary>Problems of one expression (numerator or denominator) with their positions.</summary>
    public async Task<IReadOnlyList<ExpressionProblem>> CheckExpressionAsync(string text, string? breakdown, CancellationToken ct = default)
    {
        var parsed = ExpressionParser.Parse(text);
        if (parsed.Tree is null) return parsed.Problems;
        return ExpressionValidator.Validate(parsed.Tree, await catalogs.GetAsync(ct), breakdown);
    }

    public async Task<IReadOnlyList<DraftProblem>> ValidateAsync(IndicatorDraft draft, CancellationToken ct = default)
    {
        var problems = new List<DraftProblem>();
        if (!CodePattern().IsMatch(draft.Code))
            problems.Add(new("Code", "Код: латинские буквы, цифры, «_», «.», «-», не длиннее 32 знаков"));
        if (string.IsNullOrWhiteSpace(draft.Name)) problems.Add(new("Name", "Укажите наименование показателя"));
        if (string.IsNullOrWhiteSpace(draft.Unit)) problems.Add(new("Unit", "Укажите единицу измерения"));
        if (string.IsNullOrWhiteSpace(draft.Source)) problems.Add(new("Source", "Укажите документ-источник методики"));
        if (draft.Factor <= 0) problems.Add(new("Factor", "Множитель должен быть больше нуля"));
        if (draft.DynamicsYears is { } d && d is < 2 or > 10) problems.Add(new("DynamicsYears", "Период динамики — от 2 до 10 лет"));
        var breakdowns = draft.Breakdowns?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        foreach (var breakdown in breakdowns.Prepend(null))
        {
            foreach (var p in await CheckExpressionAsync(draft.Numerator, breakdown, ct))
                problems.Add(new("Numerator", "Числитель. " + IndicatorLabels.Of(p)));
            if (draft.Denominator is { Length: > 0 } denominator)
                foreach (var p in await CheckExpressionAsync(denominator, breakdown, ct))
                    problems.Add(new("Denominator", "Знаменатель. " + IndicatorLabels.Of(p)));
        }
        return problems.Distinct().ToList();
    }

    /// <summary>Stores the draft as the next version of its code (version 1 for a new code).</summary>
    public async Task<(IndicatorDefinition? Saved, IReadOnlyList<DraftProblem> Problems)> SaveAsync(IndicatorDraft draft, CancellationToken ct = default)
    {
        var problems = await ValidateAsync(draft, ct);
        if (problems.Count > 0) return (null, problems);
        var last = await db.IndicatorDefinitions.Where(d => d.Code == draft.Code).OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct);
        if (last is not null && draft.ValidFrom <= last.ValidFrom)
            return (null, [new("ValidFrom", $"Новая версия должна действовать позже версии {last.Version} (с {last.ValidFrom:dd.MM.yyyy})")]);
        var saved = new IndicatorDefinition
        {
            Code = draft.Code,
            Version = (last?.Version ?? 0) + 1,
            ValidFrom = draft.ValidFrom,
            Name = draft.Name.Trim(),
            Area = draft.Area,
            Task = draft.Task,
            Unit = draft.Unit.Trim(),
            Direction = draft.Direction,
            Numerator = draft.Numerator.Trim(),
            Denominator = string.IsNullOrWhiteSpace(draft.Denominator) ? null : draft.Denominator.Trim(),
            Factor = draft.Factor,
            Breakdowns = string.IsNullOrWhiteSpace(draft.Breakdowns) ? null : draft.Breakdowns.Trim(),
            DynamicsYears = draft.DynamicsYears,
            Source = draft.Source.Trim(),
            Description = draft.Description,
            Origin = DefinitionOrigin.Custom,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = db.Scope.UserName,
        };
        db.IndicatorDefinitions.Add(saved);
        await db.SaveChangesAsync(ct);
        return (saved, []);
    }
}
