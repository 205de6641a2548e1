using EduCycle.Web.Data;
using EduCycle.Web.Features.Registry.Queries;
using EduCycle.Web.Infrastructure.Export;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Registry.Api;

/// <summary>
/// Excel downloads of the registry lists with the same query parameters as the API. They run on the server
/// under the user's scope and stream the rows (no list is held in memory).
/// </summary>
public static class RegistryExports
{
    public static IEndpointRouteBuilder MapRegistryExports(this IEndpointRouteBuilder app)
    {
        var export = app.MapGroup("/export").WithTags("Выгрузки");
        export.MapGet("/organisations.xlsx", Organisations).WithName("ExportOrganisations")
            .WithSummary("Выгрузка списка организаций в Excel");
        export.MapGet("/people.xlsx", People).WithName("ExportPeople")
            .WithSummary("Выгрузка списка педагогических работников в Excel");
        export.MapGet("/organisations/{id:int}/staff.xlsx", Staff).WithName("ExportOrganisationStaff")
            .WithSummary("Выгрузка работников организации в Excel");
        return app;
    }

    public static string OrganisationsUrl(OrganisationFilter filter) => "/export/organisations.xlsx" + OrganisationListParameters.QueryString(filter);

    public static string PeopleUrl(PersonFilter filter) => "/export/people.xlsx" + PersonListParameters.QueryString(filter);

    public static string StaffUrl(int organisationId, DateOnly asOf) =>
        $"/export/organisations/{organisationId}/staff.xlsx?asOf={QueryText.Date(asOf)}";

    private static Results<XlsxFile<OrganisationExportRow>, ValidationProblem> Organisations(
        [AsParameters] OrganisationListParameters parameters, EduCycleDbContext db)
    {
        var reader = new ParameterReader();
        var filter = parameters.Read(reader, db.Scope.Today);
        if (!reader.IsValid) return RegistryApi.BadParameters(reader);
        var rows = OrganisationList.Rows(db, filter).AsNoTracking().AsAsyncEnumerable().Select(OrganisationExportRow.From);
        return Xlsx.File(rows, $"organisations-{QueryText.Date(filter.AsOf)}.xlsx", "Организации");
    }

    private static Results<XlsxFile<PersonExportRow>, ValidationProblem> People(
        [AsParameters] PersonListParameters parameters, EduCycleDbContext db)
    {
        var reader = new ParameterReader();
        var filter = parameters.Read(reader, db.Scope.Today);
        if (!reader.IsValid) return RegistryApi.BadParameters(reader);
        return Xlsx.File(PersonRows(db, filter), $"people-{QueryText.Date(filter.AsOf)}.xlsx", "Работники");
    }

    private static async Task<Results<XlsxFile<PersonExportRow>, ProblemHttpResult, ValidationProblem>> Staff(
        int id, string? asOf, EduCycleDbContext db, CancellationToken ct)
    {
        var reader = new ParameterReader();
        var date = reader.Date("asOf", asOf, db.Scope.Today);
        if (!reader.IsValid) return RegistryApi.BadParameters(reader);
        if (!await db.Organisations.AnyAsync(o => o.Id == id, ct)) return RegistryApi.NotFound();
        var filter = new PersonFilter(date) { OrganisationId = id };
        return Xlsx.File(PersonRows(db, filter), $"staff-{id}-{QueryText.Date(date)}.xlsx", "Работники");
    }

    private static IAsyncEnumerable<PersonExportRow> PersonRows(EduCycleDbContext db, PersonFilter filter) =>
        PersonList.Rows(db, filter).AsNoTracking().AsAsyncEnumerable().Select(PersonExportRow.From);
}
