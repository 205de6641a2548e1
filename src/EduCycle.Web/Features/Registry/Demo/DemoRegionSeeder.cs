using System.Diagnostics;
using EduCycle.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Registry.Demo;

/// <summary>
/// Generates the demo region (or a national dataset) deterministically from a seed (DOMAIN §2, seed 001 §1.1)
/// into an empty database: one region at a time is generated and bulk-written, all in one transaction.
/// </summary>
public sealed class DemoRegionSeeder(EduCycleDbContext db)
{
    public async Task<DemoSeedReport> SeedAsync(DemoScale scale, int seed, IProgress<DemoProgress>? progress = null, CancellationToken ct = default)
    {
        var started = Stopwatch.StartNew();
        if (await db.Organisations.IgnoreQueryFilters().AnyAsync(ct) || await db.Regions.AnyAsync(ct))
            throw new DemoDatabaseNotEmptyException();

        var options = DemoOptions.For(scale);
        var random = new DemoRandom(seed);
        var writer = new DemoBulkWriter(db);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await writer.PrepareConnectionAsync(ct);

        progress?.Report(new DemoProgress("Справочники", 0, options.Regions));
        var subjectIds = await EnsureSubjectsAsync(ct);
        var ids = await NextIdsAsync(ct);
        var organisations = new OrganisationGenerator(random, ids);
        var staff = new StaffGenerator(random, ids, subjectIds);
        var vacancies = new VacancyGenerator(random, ids, subjectIds);
        int municipalities = 0, organisationCount = 0, people = 0, employments = 0, vacancyCount = 0;
        var totalPeople = (long)options.Regions * options.PeoplePerRegion;

        for (var r = 0; r < options.Regions; r++)
        {
            var template = DemoRegionTemplate.For(r);
            var municipalityIds = await AddRegionAsync(template, ct);
            var batch = new DemoBatch();
            organisations.Generate(template, municipalityIds, options.OrganisationsPerRegion, batch);
            staff.Generate(batch, options.PeoplePerRegion);
            vacancies.Generate(batch);

            await writer.WriteAsync("Organisations", batch.Organisations.Select(o => o.Entity).ToList(), ct);
            await writer.WriteAsync("OrganisationPlacements", batch.Placements, ct);
            await writer.WriteAsync("OrganisationYearStatuses", batch.YearStatuses, ct);
            await writer.WriteAsync("People", batch.People, ct);
            await writer.WriteAsync("PersonSubjects", batch.PersonSubjects, ct);
            await writer.WriteAsync("Employments", batch.Employments, ct);
            await writer.WriteAsync("Vacancies", batch.Vacancies, ct);

            municipalities += municipalityIds.Count;
            organisationCount += batch.Organisations.Count;
            people += batch.People.Count;
            employments += batch.Employments.Count;
            vacancyCount += batch.Vacancies.Count;
            progress?.Report(new DemoProgress("Организации и работники", people, totalPeople));
        }

        progress?.Report(new DemoProgress("Завершение", 0, 1));
        await writer.AdvanceSequencesAsync(ct);
        await transaction.CommitAsync(ct);
        progress?.Report(new DemoProgress("Завершение", 1, 1));
        return new DemoSeedReport(municipalities, organisationCount, people, employments, vacancyCount, started.Elapsed, writer.Stats);
    }

    private async Task<Dictionary<string, int>> EnsureSubjectsAsync(CancellationToken ct)
    {
        var existing = await db.Subjects.Select(s => s.Code).ToListAsync(ct);
        db.Subjects.AddRange(LeningradRegion.Subjects.Where(s => !existing.Contains(s.Code)).Select(s => new Subject { Code = s.Code, Name = s.Name }));
        await db.SaveChangesAsync(ct);
        return await db.Subjects.ToDictionaryAsync(s => s.Code, s => s.Id, ct);
    }

    private async Task<DemoIds> NextIdsAsync(CancellationToken ct) => new()
    {
        Organisation = (await db.Organisations.IgnoreQueryFilters().MaxAsync(x => (int?)x.Id, ct) ?? 0) + 1,
        Placement = (await db.OrganisationPlacements.MaxAsync(x => (int?)x.Id, ct) ?? 0) + 1,
        Person = (await db.People.IgnoreQueryFilters().MaxAsync(x => (int?)x.Id, ct) ?? 0) + 1,
        Employment = (await db.Employments.IgnoreQueryFilters().MaxAsync(x => (int?)x.Id, ct) ?? 0) + 1,
        Vacancy = (await db.Vacancies.IgnoreQueryFilters().MaxAsync(x => (int?)x.Id, ct) ?? 0) + 1,
    };

    /// <summary>Adds the region, its educational districts and municipalities; returns the municipalities' ids in template order.</summary>
    private async Task<IReadOnlyList<int>> AddRegionAsync(DemoRegionTemplate template, CancellationToken ct)
    {
        var region = new Region { Code = template.Code, Name = template.Name };
        db.Regions.Add(region);
        await db.SaveChangesAsync(ct);
        var districts = LeningradRegion.EducationalDistricts.ToDictionary(n => n, n => new EducationalDistrict { RegionId = region.Id, Name = n });
        db.EducationalDistricts.AddRange(districts.Values);
        var municipalities = template.Municipalities.Select(m => new Municipality
        {
            RegionId = region.Id, Code = m.Code, Name = m.Name, Kind = m.Kind, District = districts[m.District],
        }).ToList();
        db.Municipalities.AddRange(municipalities);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return municipalities.Select(m => m.Id).ToList();
    }
}

/// <summary>The demo data can only be generated into an empty database.</summary>
public sealed class DemoDatabaseNotEmptyException()
    : InvalidOperationException("В базе данных уже есть регионы или организации: демонстрационные данные создаются только в пустой базе данных.");
