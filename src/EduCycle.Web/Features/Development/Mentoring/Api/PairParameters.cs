using EduCycle.Web.Features.Registry.Api;

namespace EduCycle.Web.Features.Development.Mentoring.Api;

/// <summary>Query parameters of the pairs list (API and export), read with Russian errors.</summary>
public sealed record PairParameters(string? MunicipalityId, string? OrganisationId, string? Status, string? Form, string? SchoolYear, string? Search)
{
    internal PairFilter Read(ParameterReader reader) => new()
    {
        MunicipalityId = reader.Id("municipalityId", MunicipalityId),
        OrganisationId = reader.Id("organisationId", OrganisationId),
        Status = reader.Choice<MentoringStatus>("status", Status),
        Form = reader.Choice<MentoringForm>("form", Form),
        SchoolYear = string.IsNullOrWhiteSpace(SchoolYear) ? null : reader.Number("schoolYear", SchoolYear, 0, 1900, 2200),
        Search = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim(),
    };

    public static string QueryString(PairFilter f)
    {
        var parts = new List<string>();
        if (f.MunicipalityId is { } m) parts.Add($"municipalityId={m}");
        if (f.OrganisationId is { } o) parts.Add($"organisationId={o}");
        if (f.Status is { } s) parts.Add($"status={s}");
        if (f.Form is { } fm) parts.Add($"form={fm}");
        if (f.SchoolYear is { } y) parts.Add($"schoolYear={y}");
        if (!string.IsNullOrWhiteSpace(f.Search)) parts.Add($"search={Uri.EscapeDataString(f.Search)}");
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
