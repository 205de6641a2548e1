using EduCycle.Engine.Analysis;

namespace EduCycle.Engine.Tests.Analysis;

public sealed class KMeansTests
{
    private static readonly double[][] TwoBlobs =
    [
        [0, 0], [0, 1], [1, 0],
        [10, 10], [10, 11], [11, 10],
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(42)]
    public void Two_well_separated_blobs_are_recovered_and_the_higher_one_is_cluster_0(int seed)
    {
        var result = KMeans.Cluster(TwoBlobs, 2, seed);
        Assert.Equal([1, 1, 1, 0, 0, 0], result.Assignment);
        Assert.Equal(31.0 / 3, result.Centroids[0][0], 9);
        Assert.Equal(31.0 / 3, result.Centroids[0][1], 9);
        Assert.Equal(1.0 / 3, result.Centroids[1][0], 9);
        Assert.Equal(1.0 / 3, result.Centroids[1][1], 9);
    }

    [Fact]
    public void One_cluster_holds_every_point_around_the_mean()
    {
        var result = KMeans.Cluster(TwoBlobs, 1);
        Assert.All(result.Assignment, c => Assert.Equal(0, c));
        Assert.Equal(32.0 / 6, result.Centroids[0][0], 9);
        // Standardised coordinates have population variance 1: each coordinate adds n = 6 to the sum of squares.
        Assert.Equal(12.0, result.WithinSumOfSquares, 9);
        Assert.Equal(2, result.Iterations); // the first pass assigns, the second changes nothing
    }

    [Fact]
    public void The_same_seed_gives_the_same_clustering()
    {
        var points = Enumerable.Range(0, 60)
            .Select(i => new[] { (i * 37 % 101) / 10.0, (i * 53 % 89) / 7.0, i % 5 })
            .ToArray();
        var first = KMeans.Cluster(points, 4, seed: 5);
        var second = KMeans.Cluster(points, 4, seed: 5);
        Assert.Equal(first.Assignment, second.Assignment);
        Assert.Equal(first.WithinSumOfSquares, second.WithinSumOfSquares);
        Assert.Equal(first.Centroids, second.Centroids);
        Assert.Equal(4, first.Assignment.Distinct().Count());
    }

    [Fact]
    public void A_coordinate_without_variance_does_not_matter()
    {
        var result = KMeans.Cluster([[0, 5], [1, 5], [10, 5], [11, 5]], 2);
        Assert.Equal([1, 1, 0, 0], result.Assignment);
        Assert.Equal([10.5, 5], result.Centroids[0]);
    }

    [Fact]
    public void A_point_with_a_missing_coordinate_is_refused_by_its_index()
    {
        var error = Assert.Throws<ArgumentException>(() => KMeans.Cluster([[0, 0], [1, 1], [double.NaN, 2]], 2));
        Assert.Contains("Точка 2", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void K_must_be_between_1_and_the_number_of_points(int k) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => KMeans.Cluster(TwoBlobs, k));
}
