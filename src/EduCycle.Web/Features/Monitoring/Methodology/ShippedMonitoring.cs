using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using EduCycle.Web.Data;
using EduCycle.Web.Infrastructure;
using EduCycle.Web.Features.Monitoring.Calendar;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Monitoring.Methodology;

/// <summary>
/// Loads <c>methodology/monitoring/{collected-elements,forms,plan}.json</c> at start-up, upserting by code: new codes are
/// added, stored ones take the file's wording. Elements, forms and plan items added by users are left alone.
/// A form's fields and rules are replaced by the file's only while no request uses the form.
/// </summary>
public sealed partial class ShippedMonitoring(EduCycleDbContext db, MethodologyFolder methodology,
    ILogger<ShippedMonitoring> log)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private sealed record ElementFile(IReadOnlyList<ShippedElement> Elements);
    private sealed record ShippedElement(string Code, string Name, string Unit, decimal? Min, decimal? Max, bool IsInteger, string? Description);
    private sealed record FormFile(IReadOnlyList<ShippedForm> Forms);
    private sealed record ShippedForm(string Code, string Name, string? Description, IReadOnlyList<ShippedField> Fields, IReadOnlyList<ShippedRule> Rules);
    private sealed record ShippedField(string Element, bool Required);
    private sealed record ShippedRule(string Left, ComparisonOperator Operator, string Right, string Message);
    private sealed record PlanFile(IReadOnlyList<ShippedPlanItem> Items);
    private sealed record ShippedPlanItem(string Code, string Name, string Periodicity, string Responsible, string? ExpectedResult,
        string Source, string Timing, PlanLevel? Level, int? OnlySchoolYear);

    [GeneratedRegex("^[a-z0-9_.]+$")]
    public static partial Regex CodePattern();

    /// <returns>How many rows were added or changed.</returns>
    public async Task<int> LoadAsync(CancellationToken ct = default)
    {
        var changed = await ElementsAsync(ct);
        changed += await FormsAsync(ct);
        changed += await PlanAsync(ct);
        if (changed > 0)
        {
            await db.SaveChangesAsync(ct);
            log.LogInformation("Monitoring methodology: {Count} elements, forms and plan items added or updated", changed);
        }
        return changed;
    }

    private async Task<int> ElementsAsync(CancellationToken ct)
    {
        if (await ReadAsync<ElementFile>("collected-elements.json", ct) is not { } file) return 0;
        var stored = await db.CollectedElements.ToDictionaryAsync(e => e.Code, StringComparer.Ordinal, ct);
        var changed = 0;
        foreach (var s in file.Elements)
        {
            if (!CodePattern().IsMatch(s.Code)) throw new InvalidDataException($"collected-elements.json: код «{s.Code}» — допустимы a-z, 0-9, «_» и «.»");
            if (!stored.TryGetValue(s.Code, out var e))
            {
                e = new CollectedElement { Code = s.Code, Name = s.Name, Unit = s.Unit };
                db.CollectedElements.Add(e);
            }
            else if (e.Name == s.Name && e.Unit == s.Unit && e.MinValue == s.Min && e.MaxValue == s.Max && e.IsInteger == s.IsInteger && e.Description == s.Description)
                continue;
            (e.Name, e.Unit, e.MinValue, e.MaxValue, e.IsInteger, e.Description) = (s.Name, s.Unit, s.Min, s.Max, s.IsInteger, s.Description);
            changed++;
        }
        return changed;
    }

    private async Task<int> FormsAsync(CancellationToken ct)
    {
        if (await ReadAsync<FormFile>("forms.json", ct) is not { } file) return 0;
        var stored = await db.CollectionForms.Include(f => f.Fields).Include(f => f.Rules).AsSplitQuery().ToDictionaryAsync(f => f.Code, StringComparer.Ordinal, ct);
        var used = await db.CollectionRequests.Select(r => r.FormId).Distinct().ToListAsync(ct);
        var changed = 0;
        foreach (var s in file.Forms)
        {
            if (!stored.TryGetValue(s.Code, out var form))
            {
                form = new CollectionForm { Code = s.Code, Name = s.Name };
                db.CollectionForms.Add(form);
            }
            else if (used.Contains(form.Id) || SameAs(form, s)) continue;
            (form.Name, form.Description) = (s.Name, s.Description);
            form.Fields.Clear();
            form.Fields.AddRange(s.Fields.Select((f, i) => new CollectionFormField { ElementCode = f.Element, IsRequired = f.Required, Order = i + 1 }));
            form.Rules.Clear();
            form.Rules.AddRange(s.Rules.Select(r => new ConsistencyRule { LeftCode = r.Left, Operator = r.Operator, RightCode = r.Right, Message = r.Message }));
            changed++;
        }
        return changed;
    }

    private static bool SameAs(CollectionForm form, ShippedForm s) =>
        form.Name == s.Name && form.Description == s.Description
        && form.Fields.OrderBy(f => f.Order).Select(f => (f.ElementCode, f.IsRequired)).SequenceEqual(s.Fields.Select(f => (f.Element, f.Required)))
        && form.Rules.OrderBy(r => r.Id).Select(r => (r.LeftCode, r.Operator, r.RightCode, r.Message)).SequenceEqual(s.Rules.Select(r => (r.Left, r.Operator, r.Right, r.Message)));

    private async Task<int> PlanAsync(CancellationToken ct)
    {
        if (await ReadAsync<PlanFile>("plan.json", ct) is not { } file) return 0;
        var stored = await db.MonitoringPlanItems.ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, ct);
        var changed = 0;
        foreach (var (s, order) in file.Items.Select((s, i) => (s, i + 1)))
        {
            PlanTiming.Parse(s.Timing);
            var level = s.Level ?? PlanLevel.Municipality;
            if (!stored.TryGetValue(s.Code, out var item))
            {
                item = new MonitoringPlanItem { Code = s.Code, Name = s.Name, Periodicity = s.Periodicity, Responsible = s.Responsible, Source = s.Source, Timing = s.Timing };
                db.MonitoringPlanItems.Add(item);
            }
            else if (item.Order == order && item.Name == s.Name && item.Periodicity == s.Periodicity && item.Responsible == s.Responsible
                     && item.ExpectedResult == s.ExpectedResult && item.Source == s.Source && item.Timing == s.Timing
                     && item.Level == level && item.OnlySchoolYear == s.OnlySchoolYear)
                continue;
            (item.Order, item.Name, item.Periodicity, item.Responsible, item.ExpectedResult, item.Source, item.Timing, item.Level, item.OnlySchoolYear) =
                (order, s.Name, s.Periodicity, s.Responsible, s.ExpectedResult, s.Source, s.Timing, level, s.OnlySchoolYear);
            changed++;
        }
        return changed;
    }

    private async Task<T?> ReadAsync<T>(string fileName, CancellationToken ct) where T : class
    {
        if (methodology.Find(Path.Combine("monitoring", fileName)) is not { } path)
        {
            log.LogWarning("No methodology/monitoring/{File} found; not loaded", fileName);
            return null;
        }
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<T>(stream, Json, ct) ?? throw new InvalidDataException($"{path} is empty");
    }
}
