namespace EduCycle.Engine.Analysis;

/// <summary>The result of <see cref="KMeans.Cluster"/>: the cluster of each point, the centroids in the original
/// units, the within-cluster sum of squares (in standardised units, the quantity k-means minimises) and the number
/// of Lloyd iterations (assignment passes, the last of which changed nothing unless the cap was reached). A cluster
/// can stay empty only when points repeat (fewer distinct points than k); its centroid is NaN.</summary>
public sealed record Clustering(int[] Assignment, double[][] Centroids, double WithinSumOfSquares, int Iterations);

/// <summary>
/// k-means clustering. Each coordinate is standardised (z-score; a coordinate with no variance becomes 0), centres
/// are chosen by k-means++ with a <see cref="Random"/> seeded by <c>seed</c>, then Lloyd iterations run until no
/// assignment changes (at most <see cref="MaxIterations"/>). A point goes to the nearest centre, the lower cluster
/// number on a tie. Clusters are numbered by the sum of their standardised centroid coordinates, largest first
/// (ties: the cluster holding the lower point index first), so cluster 0 is the "highest" one. Same input and seed →
/// same result.
/// </summary>
public static class KMeans
{
    public const int MaxIterations = 100;

    public static Clustering Cluster(IReadOnlyList<double[]> points, int k, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (k < 1 || k > points.Count)
            throw new ArgumentOutOfRangeException(nameof(k), k, $"Число кластеров должно быть от 1 до числа точек ({points.Count}).");
        var dimensions = points[0]?.Length ?? 0;
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i] is null || points[i].Length != dimensions)
                throw new ArgumentException($"Точка {i}: число координат не равно {dimensions}.", nameof(points));
            if (points[i].Any(x => !double.IsFinite(x)))
                throw new ArgumentException($"Точка {i}: не хватает координаты (значение отсутствует).", nameof(points));
        }

        var z = Standardise(points, dimensions);
        var centres = InitialCentres(z, k, new Random(seed));
        var assignment = new int[z.Length];
        Array.Fill(assignment, -1);
        var iterations = 0;
        while (iterations < MaxIterations)
        {
            iterations++;
            if (!Assign(z, centres, assignment))
                break;
            centres = Means(z, assignment, centres);
        }

        var order = Enumerable.Range(0, k)
            .OrderByDescending(c => centres[c].Sum())
            .ThenBy(c => FirstMember(assignment, c))
            .ToArray();
        var renumber = new int[k];
        for (var rank = 0; rank < k; rank++)
            renumber[order[rank]] = rank;
        var finalAssignment = assignment.Select(c => renumber[c]).ToArray();
        var within = z.Select((p, i) => Distance(p, centres[assignment[i]])).Sum();
        var centroids = order.Select(c => OriginalCentroid(points, assignment, c, dimensions)).ToArray();
        return new Clustering(finalAssignment, centroids, within, iterations);
    }

    private static double[][] Standardise(IReadOnlyList<double[]> points, int dimensions)
    {
        var z = points.Select(p => new double[dimensions]).ToArray();
        for (var d = 0; d < dimensions; d++)
        {
            var mean = points.Average(p => p[d]);
            var sd = Math.Sqrt(points.Average(p => (p[d] - mean) * (p[d] - mean)));
            for (var i = 0; i < points.Count; i++)
                z[i][d] = sd > 1e-12 * Math.Max(1, Math.Abs(mean)) ? (points[i][d] - mean) / sd : 0;
        }
        return z;
    }

    private static double[][] InitialCentres(double[][] z, int k, Random random)
    {
        var centres = new List<double[]> { z[random.Next(z.Length)] };
        while (centres.Count < k)
        {
            var weights = z.Select(p => centres.Min(c => Distance(p, c))).ToArray();
            var total = weights.Sum();
            var chosen = total > 0 ? Pick(weights, total * random.NextDouble()) : random.Next(z.Length);
            centres.Add(z[chosen]);
        }
        return centres.Select(c => (double[])c.Clone()).ToArray();
    }

    private static int Pick(double[] weights, double target)
    {
        for (var i = 0; i < weights.Length; i++)
        {
            target -= weights[i];
            if (target < 0 && weights[i] > 0)
                return i;
        }
        return Array.FindLastIndex(weights, w => w > 0);
    }

    /// <summary>Assigns every point to its nearest centre; true when some assignment changed.</summary>
    private static bool Assign(double[][] z, double[][] centres, int[] assignment)
    {
        var changed = false;
        for (var i = 0; i < z.Length; i++)
        {
            var best = 0;
            for (var c = 1; c < centres.Length; c++)
                if (Distance(z[i], centres[c]) < Distance(z[i], centres[best]))
                    best = c;
            changed |= assignment[i] != best;
            assignment[i] = best;
        }
        return changed;
    }

    /// <summary>The mean of each cluster; an empty cluster keeps its centre.</summary>
    private static double[][] Means(double[][] z, int[] assignment, double[][] previous) =>
        previous.Select((centre, c) =>
        {
            var members = z.Where((_, i) => assignment[i] == c).ToList();
            return members.Count == 0 ? centre : Enumerable.Range(0, centre.Length).Select(d => members.Average(p => p[d])).ToArray();
        }).ToArray();

    private static double[] OriginalCentroid(IReadOnlyList<double[]> points, int[] assignment, int cluster, int dimensions)
    {
        var members = points.Where((_, i) => assignment[i] == cluster).ToList();
        return members.Count == 0
            ? Enumerable.Repeat(double.NaN, dimensions).ToArray()
            : Enumerable.Range(0, dimensions).Select(d => members.Average(p => p[d])).ToArray();
    }

    private static int FirstMember(int[] assignment, int cluster)
    {
        var index = Array.IndexOf(assignment, cluster);
        return index < 0 ? int.MaxValue : index;
    }

    private static double Distance(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var d = 0; d < a.Length; d++)
            sum += (a[d] - b[d]) * (a[d] - b[d]);
        return sum;
    }
}
