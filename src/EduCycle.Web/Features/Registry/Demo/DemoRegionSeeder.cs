using EduCycle.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Registry.Demo;

public enum DemoScale
{
    /// <summary>The Leningrad region: 18 municipalities, about 700 organisations and 20 000 workers.</summary>
    Region,
    /// <summary>A national dataset for benchmarks: 85 regions, about 40 000 organisations and 1.1 M workers.</summary>
    National,
}

public sealed record DemoSeedReport(int Municipalities, int Organisations, int People, int Employments, int Vacancies, TimeSpan Elapsed);

public sealed record DemoProgress(string Stage, long Done, long Total);

/// <summary>Generates the demo region deterministically from a seed (DOMAIN §2, seed 001 §1.1).</summary>
public sealed class DemoRegionSeeder(EduCycleDbContext db)
{
    public async Task<DemoSeedReport> SeedAsync(DemoScale scale, int seed, IProgress<DemoProgress>? progress = null, CancellationToken ct = default)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var region = new Region { Code = LeningradRegion.Code, Name = LeningradRegion.Name };
        db.Regions.Add(region);
        await db.SaveChangesAsync(ct);
        var districts = LeningradRegion.EducationalDistricts.ToDictionary(n => n, n => new EducationalDistrict { RegionId = region.Id, Name = n });
        db.EducationalDistricts.AddRange(districts.Values);
        db.Municipalities.AddRange(LeningradRegion.Municipalities.Select(m => new Municipality
        {
            RegionId = region.Id, Code = m.Code, Name = m.Name, Kind = m.Kind, District = districts[m.District],
        }));
        db.Subjects.AddRange(LeningradRegion.Subjects.Select(s => new Subject { Code = s.Code, Name = s.Name }));
        await db.SaveChangesAsync(ct);
        return new DemoSeedReport(LeningradRegion.Municipalities.Count, 0, 0, 0, 0, started.Elapsed);
    }
}
