namespace EduCycle.Web.Features.Registry.Demo;

/// <summary>Exact shares: the demo hits the published distributions instead of approaching them by chance.</summary>
internal static class Quotas
{
    /// <summary>Splits <paramref name="total"/> in proportion to <paramref name="weights"/> (largest remainder).</summary>
    public static int[] Apportion(int total, IReadOnlyList<double> weights)
    {
        var sum = weights.Sum();
        var exact = weights.Select(w => total * w / sum).ToArray();
        var counts = exact.Select(x => (int)Math.Floor(x)).ToArray();
        var left = total - counts.Sum();
        foreach (var i in Enumerable.Range(0, weights.Count).OrderByDescending(i => exact[i] - counts[i]).ThenBy(i => i).Take(left))
            counts[i]++;
        return counts;
    }

    /// <summary>
    /// Gives the items with the highest keys the first category, the next ones the second and so on,
    /// <paramref name="counts"/>[c] items each; items beyond the counts get <paramref name="rest"/>.
    /// </summary>
    public static int[] ByRank(IReadOnlyList<double> keys, IReadOnlyList<int> counts, int rest)
    {
        var categories = Enumerable.Repeat(rest, keys.Count).ToArray();
        var order = Enumerable.Range(0, keys.Count).OrderByDescending(i => keys[i]).ThenBy(i => i).ToArray();
        var position = 0;
        for (var c = 0; c < counts.Count; c++)
            for (var k = 0; k < counts[c] && position < order.Length; k++)
                categories[order[position++]] = c;
        return categories;
    }

    public static int Share(int total, double percent) => (int)Math.Round(total * percent / 100.0, MidpointRounding.AwayFromZero);
}
