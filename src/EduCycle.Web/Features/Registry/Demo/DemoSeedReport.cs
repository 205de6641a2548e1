namespace EduCycle.Web.Features.Registry.Demo;

public enum DemoScale
{
    /// <summary>The Leningrad region: 18 municipalities, about 700 organisations and 20 000 workers.</summary>
    Region,
    /// <summary>A national dataset for benchmarks: 85 regions, about 40 000 organisations and 1.1 M workers.</summary>
    National,
}

/// <summary>Rows written to one table and the time spent writing them.</summary>
public sealed record DemoTableStat(string Table, long Rows, TimeSpan WriteTime);

public sealed record DemoSeedReport(
    int Municipalities, int Organisations, int People, int Employments, int Vacancies, TimeSpan Elapsed,
    IReadOnlyList<DemoTableStat> Tables)
{
    public long TotalRows => Tables.Sum(t => t.Rows);

    public override string ToString() =>
        $"муниципалитетов {Municipalities}, организаций {Organisations}, работников {People}, мест работы {Employments}, " +
        $"вакансий {Vacancies}, строк {TotalRows}; {Elapsed.TotalSeconds:F1} с";
}

public sealed record DemoProgress(string Stage, long Done, long Total);
