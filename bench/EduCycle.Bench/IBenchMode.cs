namespace EduCycle.Bench;

/// <summary>One workload of the bench: <c>EduCycle.Bench NAME [--option value]…</c>.</summary>
internal interface IBenchMode
{
    string Name { get; }

    string Usage { get; }

    Task<int> RunAsync(BenchArguments arguments, CancellationToken ct);
}
