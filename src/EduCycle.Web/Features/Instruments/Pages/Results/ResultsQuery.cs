using System.Globalization;
using EduCycle.Web.Features.Instruments.Results;

namespace EduCycle.Web.Features.Instruments.Pages.Results;

/// <summary>The results page's choice, as query parameters shared by the page and the Excel export.</summary>
public sealed record ResultsQuery(string? Instrument, int? Version, DateOnly? From, DateOnly? To)
{
    public const string PagePath = "/instruments/results";
    public const string ExportPath = "/export/instrument-results.xlsx";

    public ResultsFilter? Filter => string.IsNullOrWhiteSpace(Instrument) ? null : new ResultsFilter(Instrument, Version, From, To);

    public string PageUrl => PagePath + QueryString;

    public string ExportUrl => ExportPath + QueryString;

    private string QueryString
    {
        get
        {
            var parts = new List<string>();
            if (!string.IsNullOrWhiteSpace(Instrument)) parts.Add($"instrument={Uri.EscapeDataString(Instrument)}");
            if (Version is { } version) parts.Add($"version={version.ToString(CultureInfo.InvariantCulture)}");
            if (From is { } from) parts.Add($"from={from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
            if (To is { } to) parts.Add($"to={to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
            return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
        }
    }
}
