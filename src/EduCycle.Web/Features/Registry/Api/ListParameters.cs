using System.Globalization;
using EduCycle.Engine.Registry;
using EduCycle.Web.Features.Registry.Queries;
using Microsoft.AspNetCore.Mvc;

namespace EduCycle.Web.Features.Registry.Api;

/// <summary>Paging of an API list: <c>page</c> from 1, <c>pageSize</c> up to <see cref="Paging.MaxPageSize"/>.</summary>
public sealed record PageParameters(
    [FromQuery(Name = "page")] string? Page,
    [FromQuery(Name = "pageSize")] string? PageSize)
{
    public const int DefaultPageSize = 50;

    internal (int Page, int PageSize) Read(ParameterReader reader) =>
        (reader.Number("page", Page, 1, 1, int.MaxValue), reader.Number("pageSize", PageSize, DefaultPageSize, 1, Paging.MaxPageSize));
}

/// <summary>Query parameters of the organisations list (API and export); text, so bad values get Russian messages.</summary>
public sealed record OrganisationListParameters(
    [FromQuery(Name = "asOf")] string? AsOf,
    [FromQuery(Name = "municipalityId")] string? MunicipalityId,
    [FromQuery(Name = "districtId")] string? DistrictId,
    [FromQuery(Name = "kind")] string[]? Kind,
    [FromQuery(Name = "rural")] string? Rural,
    [FromQuery(Name = "search")] string? Search,
    [FromQuery(Name = "sort")] string? Sort,
    [FromQuery(Name = "desc")] string? Desc)
{
    internal OrganisationFilter Read(ParameterReader reader, DateOnly today) => new(reader.Date("asOf", AsOf, today))
    {
        MunicipalityId = reader.Id("municipalityId", MunicipalityId),
        DistrictId = reader.Id("districtId", DistrictId),
        Kinds = reader.Choices<OrganisationKind>("kind", Kind),
        IsRural = reader.Flag("rural", Rural),
        Search = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim(),
        Sort = reader.Choice<OrganisationSort>("sort", Sort) ?? OrganisationSort.Name,
        Descending = reader.Flag("desc", Desc) ?? false,
    };

    /// <summary>The query string that reproduces <paramref name="filter"/> (links from pages to exports).</summary>
    public static string QueryString(OrganisationFilter filter) => QueryText.Join(
        ("asOf", QueryText.Date(filter.AsOf)),
        ("municipalityId", QueryText.Number(filter.MunicipalityId)),
        ("districtId", QueryText.Number(filter.DistrictId)),
        ("kind", filter.Kinds.Count == 0 ? null : string.Join(",", filter.Kinds)),
        ("rural", filter.IsRural?.ToString().ToLowerInvariant()),
        ("search", filter.Search),
        ("sort", filter.Sort == OrganisationSort.Name ? null : filter.Sort.ToString()),
        ("desc", filter.Descending ? "true" : null));
}

/// <summary>Query parameters of the staff list (API and export).</summary>
public sealed record PersonListParameters(
    [FromQuery(Name = "asOf")] string? AsOf,
    [FromQuery(Name = "municipalityId")] string? MunicipalityId,
    [FromQuery(Name = "organisationId")] string? OrganisationId,
    [FromQuery(Name = "position")] string? Position,
    [FromQuery(Name = "subjectId")] string? SubjectId,
    [FromQuery(Name = "category")] string? Category,
    [FromQuery(Name = "educationLevel")] string? EducationLevel,
    [FromQuery(Name = "ageBand")] string? AgeBand,
    [FromQuery(Name = "experienceBand")] string? ExperienceBand,
    [FromQuery(Name = "search")] string? Search,
    [FromQuery(Name = "sort")] string? Sort,
    [FromQuery(Name = "desc")] string? Desc)
{
    internal PersonFilter Read(ParameterReader reader, DateOnly today) => new(reader.Date("asOf", AsOf, today))
    {
        MunicipalityId = reader.Id("municipalityId", MunicipalityId),
        OrganisationId = reader.Id("organisationId", OrganisationId),
        Position = reader.Choice<Position>("position", Position),
        SubjectId = reader.Id("subjectId", SubjectId),
        Category = reader.Choice<QualificationCategory>("category", Category),
        EducationLevel = reader.Choice<EducationLevel>("educationLevel", EducationLevel),
        AgeBand = reader.Choice<AgeBand>("ageBand", AgeBand),
        ExperienceBand = reader.Choice<ExperienceBand>("experienceBand", ExperienceBand),
        Search = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim(),
        Sort = reader.Choice<PersonSort>("sort", Sort) ?? PersonSort.Name,
        Descending = reader.Flag("desc", Desc) ?? false,
    };

    public static string QueryString(PersonFilter filter) => QueryText.Join(
        ("asOf", QueryText.Date(filter.AsOf)),
        ("municipalityId", QueryText.Number(filter.MunicipalityId)),
        ("organisationId", QueryText.Number(filter.OrganisationId)),
        ("position", filter.Position?.ToString()),
        ("subjectId", QueryText.Number(filter.SubjectId)),
        ("category", filter.Category?.ToString()),
        ("educationLevel", filter.EducationLevel?.ToString()),
        ("ageBand", filter.AgeBand?.ToString()),
        ("experienceBand", filter.ExperienceBand?.ToString()),
        ("search", filter.Search),
        ("sort", filter.Sort == PersonSort.Name ? null : filter.Sort.ToString()),
        ("desc", filter.Descending ? "true" : null));
}

internal static class QueryText
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string Join(params (string Name, string? Value)[] parameters) =>
        "?" + string.Join("&", parameters.Where(p => !string.IsNullOrEmpty(p.Value))
            .Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));
}
