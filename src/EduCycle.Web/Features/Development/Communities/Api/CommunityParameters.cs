using EduCycle.Engine.Calendar;
using EduCycle.Web.Features.Registry.Api;

namespace EduCycle.Web.Features.Development.Communities.Api;

/// <summary>Query parameters of the communities list (API and export).</summary>
public sealed record CommunityParameters(string? Kind, string? Level, string? MunicipalityId, string? SubjectId, string? Search, string? IncludeClosed)
{
    internal CommunityFilter Read(ParameterReader reader) => new()
    {
        Kind = reader.Choice<CommunityKind>("kind", Kind),
        Level = reader.Choice<ActivityLevel>("level", Level),
        MunicipalityId = reader.Id("municipalityId", MunicipalityId),
        SubjectId = reader.Id("subjectId", SubjectId),
        Search = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim(),
        IncludeClosed = reader.Flag("includeClosed", IncludeClosed) ?? false,
    };

    public static string QueryString(CommunityFilter f) => Query.Of(
        ("kind", f.Kind?.ToString()), ("level", f.Level?.ToString()), ("municipalityId", f.MunicipalityId?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("subjectId", f.SubjectId?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("search", f.Search), ("includeClosed", f.IncludeClosed ? "true" : null));
}

/// <summary>Query parameters of the events list: a period (from/to) or a school year, and the filters.</summary>
public sealed record EventParameters(string? From, string? To, string? SchoolYear, string? Level, string? Form, string? MunicipalityId, string? SubjectId, string? Network)
{
    internal EventFilter Read(ParameterReader reader)
    {
        DateOnly? from = string.IsNullOrWhiteSpace(From) ? null : reader.Date("from", From, default);
        DateOnly? to = string.IsNullOrWhiteSpace(To) ? null : reader.Date("to", To, default);
        if (!string.IsNullOrWhiteSpace(SchoolYear))
        {
            var year = new SchoolYear(reader.Number("schoolYear", SchoolYear, 2000, 1900, 2200));
            (from, to) = (from ?? year.Start, to ?? year.End);
        }
        return new EventFilter
        {
            From = from,
            To = to,
            Level = reader.Choice<ActivityLevel>("level", Level),
            Form = reader.Choice<EventForm>("form", Form),
            MunicipalityId = reader.Id("municipalityId", MunicipalityId),
            SubjectId = reader.Id("subjectId", SubjectId),
            NetworkOnly = reader.Flag("network", Network) ?? false,
        };
    }

    public static string QueryString(EventFilter f) => Query.Of(
        ("from", f.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        ("to", f.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        ("level", f.Level?.ToString()), ("form", f.Form?.ToString()),
        ("municipalityId", f.MunicipalityId?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("subjectId", f.SubjectId?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("network", f.NetworkOnly ? "true" : null));
}

internal static class Query
{
    public static string Of(params (string Name, string? Value)[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToList();
        return present.Count == 0 ? "" : "?" + string.Join("&", present);
    }
}
