using EduCycle.Engine.Indicators;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Indicators.Definitions;
using EduCycle.Web.Features.Indicators.Elements;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Indicators.Computation;

/// <summary>One record behind a number: its id, what it is called and a short detail (workplace, date, value…).</summary>
public sealed record DrillRecord(int Id, string Name, string? Detail);

/// <summary>The element references of an indicator's numerator and the records each one counts in a unit.</summary>
public sealed class DrillDown(EduCycleDbContext db, IndicatorCalculator calculator, ElementCatalogSource catalogs)
{
    /// <summary>The element references of the numerator, expression elements resolved, at the indicator's own period.</summary>
    public async Task<IReadOnlyList<ElementRef>> NumeratorReferencesAsync(IndicatorDefinition definition, CancellationToken ct = default) =>
        IndicatorCompiler.ResolveReferences(new IndicatorFormula(definition.Numerator, null, 1m, null), await catalogs.GetAsync(ct))
            .Where(r => r.Offset == 0).ToList();

    public async Task<(DataElement Element, IReadOnlyList<DrillRecord> Records)> RecordsAsync(
        ElementRef reference, UnitLevel level, int unitId, int year, string? breakdown, string? breakdownValue,
        CancellationToken ct = default)
    {
        var catalog = await catalogs.GetAsync(ct);
        var element = catalog.Find(reference.Code)
                      ?? throw new ArgumentException($"Элемент «{reference.Code}» задан выражением; откройте элементы, из которых он составлен.");
        var ids = await calculator.RecordsAsync(reference, level, unitId, year, breakdown, breakdownValue, ct);
        return (element, await DescribeAsync(element.Records, ids, year, ct));
    }

    private async Task<IReadOnlyList<DrillRecord>> DescribeAsync(RecordKind kind, IReadOnlyList<int> ids, int year, CancellationToken ct)
    {
        var census = PeriodParameters.CensusDate(year);
        List<DrillRecord> records = kind switch
        {
            RecordKind.Person => await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
                .Select(p => new DrillRecord(p.Id,
                    p.LastName + " " + p.FirstName + (p.MiddleName == null ? "" : " " + p.MiddleName),
                    p.Employments.Where(e => e.IsMain && e.ValidFrom <= census && (e.ValidTo == null || e.ValidTo > census))
                        .Select(e => e.Organisation!.ShortName).FirstOrDefault()))
                .ToListAsync(ct),
            RecordKind.Organisation => await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id))
                .Select(o => new DrillRecord(o.Id, o.ShortName, o.FullName)).ToListAsync(ct),
            RecordKind.Programme => await db.Programmes.AsNoTracking().Where(p => ids.Contains(p.Id))
                .Select(p => new DrillRecord(p.Id, p.Name, p.Code + ", " + p.Hours + " ч.")).ToListAsync(ct),
            RecordKind.MethodicalEvent => await db.MethodicalEvents.AsNoTracking().Where(e => ids.Contains(e.Id))
                .Select(e => new DrillRecord(e.Id, e.Name, e.Date.ToString())).ToListAsync(ct),
            RecordKind.Vacancy => await db.Vacancies.AsNoTracking().Where(v => ids.Contains(v.Id))
                .Select(v => new DrillRecord(v.Id, v.Subject!.Name, v.Count + " ед.")).ToListAsync(ct),
            RecordKind.Assessment => await db.Assignments.AsNoTracking().Where(a => ids.Contains(a.Id))
                .Select(a => new DrillRecord(a.Id, a.Campaign.Name, a.ResultBand)).ToListAsync(ct),
            _ => await CollectedAsync(ids, ct),
        };
        return records.OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();
    }

    private async Task<List<DrillRecord>> CollectedAsync(IReadOnlyList<int> ids, CancellationToken ct) =>
        await (from v in db.CollectedValues.AsNoTracking()
               join s in db.CollectionSubmissions on v.SubmissionId equals s.Id
               join o in db.Organisations on s.OrganisationId equals o.Id
               where ids.Contains(v.Id)
               select new DrillRecord(v.Id, o.ShortName, v.Value == null ? null : v.Value.ToString())).ToListAsync(ct);
}
