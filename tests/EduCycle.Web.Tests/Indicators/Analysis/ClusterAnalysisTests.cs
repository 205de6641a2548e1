using EduCycle.Web.Features.Indicators.Analysis;

namespace EduCycle.Web.Tests.Indicators.Analysis;

/// <summary>Clustering of hand-made values where the groups are plain to see.</summary>
public sealed class ClusterAnalysisTests
{
    private static readonly ClusterIndicator A = new("A", "Показатель A", "%", 50), B = new("B", "Показатель B", "%", 50),
        C = new("C", "Показатель C", "%", 50);

    [Fact]
    public void Two_far_apart_groups_are_found_profiled_against_the_region_and_units_without_a_value_are_left_out()
    {
        (int, string, double?[])[] rows =
        [
            (1, "Альфа", [10, 12]), (2, "Бета", [12, 10]), (3, "Гамма", [11, 11]),
            (4, "Дельта", [90, 88]), (5, "Эпсилон", [88, 90]), (6, "Зета", [89, 89]),
            (7, "Эта", [null, 5]),
        ];

        var result = ClusterAnalysis.Group([A, B], rows, 2);

        Assert.Equal(["Эта"], result.Excluded);
        Assert.Equal(6, result.Units.Count);
        // Cluster 0 is the "highest": the mean of (90, 88), (88, 90), (89, 89) is (89, 89), above the region's 50 on both.
        var high = result.Groups.Single(g => g.Number == 0);
        Assert.Equal(["Дельта", "Эпсилон", "Зета"], high.Members.Select(m => m.Name));
        Assert.Equal([89.0, 89.0], high.Centroid);
        Assert.Equal("выше региона по A, B", high.Description);
        var low = result.Groups.Single(g => g.Number == 1);
        Assert.Equal(["Альфа", "Бета", "Гамма"], low.Members.Select(m => m.Name));
        Assert.Equal([11.0, 11.0], low.Centroid);
        Assert.Equal("ниже региона по A, B", low.Description);
    }

    [Fact]
    public void A_centroid_within_5_percent_of_the_region_is_at_the_regions_level()
    {
        // Group (88, 51, 10) and (90, 51, 12): centroid (89, 51, 11); 51 is within 5 % (2.5) of 50, so only A and C differ.
        (int, string, double?[])[] rows =
        [
            (1, "Альфа", [88, 51, 10]), (2, "Бета", [90, 51, 12]),
            (3, "Гамма", [10, 50, 88]), (4, "Дельта", [12, 50, 90]),
        ];

        var result = ClusterAnalysis.Group([A, B, C], rows, 2);

        var first = result.Groups.Single(g => g.Members.Any(m => m.Name == "Альфа"));
        Assert.Equal(["Альфа", "Бета"], first.Members.Select(m => m.Name));
        Assert.Equal("выше региона по A; ниже по C", first.Description);
        var second = result.Groups.Single(g => g.Members.Any(m => m.Name == "Гамма"));
        Assert.Equal(["Гамма", "Дельта"], second.Members.Select(m => m.Name));
        Assert.Equal("выше региона по C; ниже по A", second.Description);
    }

    [Fact]
    public void Fewer_units_with_every_value_than_clusters_is_refused_in_russian()
    {
        (int, string, double?[])[] rows = [(1, "Альфа", [1, 2]), (2, "Бета", [3, null]), (3, "Гамма", [5, 6])];

        var e = Assert.Throws<ClusterRequestException>(() => ClusterAnalysis.Group([A, B], rows, 3));

        Assert.Equal("k", e.Field);
        Assert.Equal("Подразделений со значениями всех показателей: 2 — меньше числа кластеров (3).", e.Message);
    }
}
