namespace EduCycle.Web.Features.Registry.Demo;

/// <summary>
/// The one pseudo-random source of a generation run. Seeded <see cref="Random"/> is stable across .NET
/// versions, so a seed always yields the same dataset as long as values are drawn in the same order.
/// </summary>
internal sealed class DemoRandom(int seed)
{
    private readonly Random random = new(seed);

    public double Next() => random.NextDouble();

    /// <summary>An integer in [min, max].</summary>
    public int Between(int min, int max) => random.Next(min, max + 1);

    public bool Chance(double probability) => random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public double Normal(double mean, double deviation)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return mean + deviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public double Exponential(double mean) => -mean * Math.Log(1.0 - random.NextDouble());

    /// <summary>A date in [from, to] (inclusive).</summary>
    public DateOnly DateBetween(DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));

    public int PickWeighted(IReadOnlyList<double> weights)
    {
        var roll = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0) return i;
        }
        return weights.Count - 1;
    }

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
