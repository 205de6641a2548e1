using EduCycle.Engine.Calendar;

namespace EduCycle.Web.Features.Indicators.Pages;

/// <summary>A line of the dynamics chart: a unit's values by school year (null — no value that year).</summary>
public sealed record DynamicsLine(string Name, IReadOnlyList<(int Year, double? Value)> Points);

/// <summary>The dynamics chart of an indicator over school years, rendered on the server by ScottPlot as an inline SVG element.</summary>
public static class DynamicsChart
{
    private static readonly ScottPlot.Color[] Palette =
        [ScottPlot.Color.FromHex("#1565c0"), ScottPlot.Color.FromHex("#ef6c00"), ScottPlot.Color.FromHex("#2e7d32")];

    public static string Svg(IReadOnlyList<DynamicsLine> lines, string unit, double? target, int width = 720, int height = 320)
    {
        var plot = new ScottPlot.Plot();
        var years = lines.SelectMany(l => l.Points.Select(p => p.Year)).Distinct().Order().ToArray();
        for (var i = 0; i < lines.Count; i++)
        {
            var known = lines[i].Points.Where(p => p.Value is not null).ToArray();
            if (known.Length == 0) continue;
            var scatter = plot.Add.Scatter(known.Select(p => (double)p.Year).ToArray(), known.Select(p => p.Value!.Value).ToArray());
            scatter.LegendText = lines[i].Name;
            scatter.Color = Palette[i % Palette.Length];
            scatter.LineWidth = 2;
            scatter.MarkerSize = 8;
        }
        if (target is { } t)
        {
            var line = plot.Add.HorizontalLine(t);
            line.LegendText = "Целевое значение";
            line.Color = ScottPlot.Color.FromHex("#c62828");
            line.LinePattern = ScottPlot.LinePattern.Dashed;
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            years.Select(y => (double)y).ToArray(), years.Select(y => new SchoolYear(y).ToString()).ToArray());
        plot.Axes.Left.Label.Text = unit;
        if (years.Length > 0) plot.Axes.SetLimitsX(years[0] - 0.3, years[^1] + 0.3);
        plot.Legend.IsVisible = true;
        plot.Legend.Alignment = ScottPlot.Alignment.UpperLeft;
        var xml = plot.GetSvgXml(width, height);
        return xml[xml.IndexOf("<svg", StringComparison.Ordinal)..];
    }
}
