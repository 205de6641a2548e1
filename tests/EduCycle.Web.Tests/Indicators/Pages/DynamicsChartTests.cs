using EduCycle.Web.Features.Indicators.Pages;

namespace EduCycle.Web.Tests.Indicators.Pages;

public sealed class DynamicsChartTests
{
    [Fact]
    public void Renders_an_svg_with_the_school_years_and_the_lines_names()
    {
        var svg = DynamicsChart.Svg(
        [
            new DynamicsLine("Школа № 1", [(2023, 10.0), (2024, null), (2025, 30.0)]),
            new DynamicsLine("Регион", [(2023, 20.0), (2024, 25.0), (2025, 27.5)]),
        ], "%", 30);

        Assert.StartsWith("<svg", svg.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("2023/24", svg, StringComparison.Ordinal);
        Assert.Contains("2025/26", svg, StringComparison.Ordinal);
        Assert.Contains("Школа № 1", svg, StringComparison.Ordinal);
        Assert.Contains("Целевое значение", svg, StringComparison.Ordinal);
    }
}
