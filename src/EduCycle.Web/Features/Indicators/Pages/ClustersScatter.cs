using System.Globalization;
using System.Net;
using System.Text;
using EduCycle.Web.Components.Shared;
using EduCycle.Web.Features.Indicators.Analysis;

namespace EduCycle.Web.Features.Indicators.Pages;

/// <summary>The first two indicators of a clustering as a scatter drawn on the server as SVG; each unit coloured by its cluster.</summary>
public static class ClustersScatter
{
    private const double Width = 720, Height = 380, Left = 60, Top = 12, PlotWidth = 540, PlotHeight = 320;

    private static readonly string[] Palette = ["#1e88e5", "#e53935", "#43a047", "#fb8c00", "#8e24aa", "#00897b", "#6d4c41", "#3949ab"];

    public static string Colour(int cluster) => Palette[cluster % Palette.Length];

    /// <param name="clusterWord">The word «Кластер» as the legend shows it.</param>
    public static string Svg(ClusterResult result, string clusterWord)
    {
        var (xMin, xMax) = Range(result.Units.Select(u => u.Values[0]));
        var (yMin, yMax) = Range(result.Units.Select(u => u.Values[1]));
        string X(double v) => F(Left + (v - xMin) / (xMax - xMin) * PlotWidth);
        string Y(double v) => F(Top + PlotHeight - (v - yMin) / (yMax - yMin) * PlotHeight);

        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {F(Width)} {F(Height)}\" width=\"100%\" style=\"max-width: 720px\" role=\"img\" data-testid=\"cluster-scatter\">");
        svg.Append($"<rect x=\"{F(Left)}\" y=\"{F(Top)}\" width=\"{F(PlotWidth)}\" height=\"{F(PlotHeight)}\" fill=\"none\" stroke=\"#bbb\"/>");
        foreach (var tick in Ticks(xMin, xMax))
            svg.Append($"<line x1=\"{X(tick)}\" y1=\"{F(Top + PlotHeight)}\" x2=\"{X(tick)}\" y2=\"{F(Top + PlotHeight + 4)}\" stroke=\"#888\"/>")
                .Append($"<text x=\"{X(tick)}\" y=\"{F(Top + PlotHeight + 16)}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#555\">{Display.Decimal(tick)}</text>");
        foreach (var tick in Ticks(yMin, yMax))
            svg.Append($"<line x1=\"{F(Left - 4)}\" y1=\"{Y(tick)}\" x2=\"{F(Left)}\" y2=\"{Y(tick)}\" stroke=\"#888\"/>")
                .Append($"<text x=\"{F(Left - 6)}\" y=\"{Y(tick)}\" dy=\"4\" font-size=\"11\" text-anchor=\"end\" fill=\"#555\">{Display.Decimal(tick)}</text>");
        svg.Append($"<text x=\"{F(Left + PlotWidth / 2)}\" y=\"{F(Height - 4)}\" font-size=\"12\" text-anchor=\"middle\">{Axis(result, 0)}</text>");
        svg.Append($"<text x=\"12\" y=\"{F(Top + PlotHeight / 2)}\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 12 {F(Top + PlotHeight / 2)})\">{Axis(result, 1)}</text>");
        foreach (var unit in result.Units)
            svg.Append($"<circle cx=\"{X(unit.Values[0])}\" cy=\"{Y(unit.Values[1])}\" r=\"6\" fill=\"{Colour(unit.Cluster)}\" fill-opacity=\"0.8\" stroke=\"#333\" stroke-width=\"0.5\">")
                .Append($"<title>{E(unit.Name)}: {Display.Decimal(unit.Values[0])}; {Display.Decimal(unit.Values[1])} ({E(clusterWord)} {unit.Cluster + 1})</title></circle>");
        foreach (var group in result.Groups)
            svg.Append($"<rect x=\"{F(Left + PlotWidth + 12)}\" y=\"{F(Top + 18 * group.Number)}\" width=\"12\" height=\"12\" fill=\"{Colour(group.Number)}\"/>")
                .Append($"<text x=\"{F(Left + PlotWidth + 30)}\" y=\"{F(Top + 18 * group.Number + 10)}\" font-size=\"12\">{E(clusterWord)} {group.Number + 1}</text>");
        return svg.Append("</svg>").ToString();
    }

    private static string Axis(ClusterResult result, int i) => E($"{result.Indicators[i].Code}, {result.Indicators[i].Unit}");

    /// <summary>The data range padded by 5 % (a single value gets ±1).</summary>
    private static (double Min, double Max) Range(IEnumerable<double> values)
    {
        var list = values.ToList();
        var (min, max) = (list.Min(), list.Max());
        if (max - min < 1e-9) return (min - 1, max + 1);
        var pad = (max - min) * 0.05;
        return (min - pad, max + pad);
    }

    private static IEnumerable<double> Ticks(double min, double max) => Enumerable.Range(0, 5).Select(i => min + (max - min) * i / 4);

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
