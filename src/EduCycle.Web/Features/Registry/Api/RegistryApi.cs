using EduCycle.Web.Data;
using EduCycle.Web.Features.Registry.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EduCycle.Web.Features.Registry.Api;

/// <summary>The registry's JSON API, <c>/api/v1</c>: the same queries as the pages, scoped by the same filters.</summary>
public static class RegistryApi
{
    public const string NotFoundTitle = "Запись не найдена или недоступна";
    public const string BadParametersTitle = "Неверные параметры запроса";

    public static IEndpointRouteBuilder MapRegistryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Реестр");
        api.MapGet("/municipalities", Municipalities).WithName("ListMunicipalities")
            .WithSummary("Муниципалитеты, доступные пользователю");
        api.MapGet("/organisations", Organisations).WithName("ListOrganisations")
            .WithSummary("Организации на дату, постранично, с фильтрами")
            .WithDescription("Параметры: asOf (ГГГГ-ММ-ДД, по умолчанию сегодня), municipalityId, districtId, kind (School, Preschool, "
                + "AdditionalEducation, Vocational, FurtherTraining; можно несколько), rural (true/false), search, sort (Name, Municipality, Students), "
                + "desc, page (с 1), pageSize (1–500).");
        api.MapGet("/organisations/{id:int}", Organisation).WithName("GetOrganisation")
            .WithSummary("Карточка организации на дату");
        api.MapGet("/people", People).WithName("ListPeople")
            .WithSummary("Педагогические работники на дату, постранично, с фильтрами")
            .WithDescription("Параметры: asOf (ГГГГ-ММ-ДД, по умолчанию сегодня), municipalityId, organisationId, position (Teacher, Head, …), "
                + "subjectId, category (None, First, Highest), educationLevel (Higher, SecondaryVocational, Other), ageBand (Under25, From25To34, "
                + "From35To59, From60), experienceBand (Under3, From3To10, From10To20, Over20), search, sort (Name, BirthDate, Experience, Category), "
                + "desc, page (с 1), pageSize (1–500). Место работы — основное на дату.");
        api.MapGet("/people/{id:int}", Person).WithName("GetPerson")
            .WithSummary("Карточка работника (чтение записывается в журнал аудита, 152-ФЗ)");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<MunicipalityRow>>, ValidationProblem>> Municipalities(
        string? asOf, EduCycleDbContext db, CancellationToken ct)
    {
        var reader = new ParameterReader();
        var date = reader.Date("asOf", asOf, db.Scope.Today);
        if (!reader.IsValid) return BadParameters(reader);
        return TypedResults.Ok(await ReferenceLists.MunicipalitiesAsync(db, date, ct));
    }

    private static async Task<Results<Ok<Paged<OrganisationRow>>, ValidationProblem>> Organisations(
        [AsParameters] OrganisationListParameters parameters, [AsParameters] PageParameters paging, EduCycleDbContext db, CancellationToken ct)
    {
        var reader = new ParameterReader();
        var filter = parameters.Read(reader, db.Scope.Today);
        var (page, pageSize) = paging.Read(reader);
        if (!reader.IsValid) return BadParameters(reader);
        return TypedResults.Ok(await OrganisationList.PageAsync(db, filter, page, pageSize, ct));
    }

    private static async Task<Results<Ok<OrganisationCard>, ProblemHttpResult, ValidationProblem>> Organisation(
        int id, string? asOf, EduCycleDbContext db, CancellationToken ct)
    {
        var reader = new ParameterReader();
        var date = reader.Date("asOf", asOf, db.Scope.Today);
        if (!reader.IsValid) return BadParameters(reader);
        var card = await OrganisationCards.LoadAsync(db, id, date, ct);
        return card is null ? NotFound() : TypedResults.Ok(card);
    }

    private static async Task<Results<Ok<Paged<PersonRow>>, ValidationProblem>> People(
        [AsParameters] PersonListParameters parameters, [AsParameters] PageParameters paging, EduCycleDbContext db, CancellationToken ct)
    {
        var reader = new ParameterReader();
        var filter = parameters.Read(reader, db.Scope.Today);
        var (page, pageSize) = paging.Read(reader);
        if (!reader.IsValid) return BadParameters(reader);
        return TypedResults.Ok(await PersonList.PageAsync(db, filter, page, pageSize, ct));
    }

    private static async Task<Results<Ok<PersonCard>, ProblemHttpResult>> Person(int id, EduCycleDbContext db, CancellationToken ct)
    {
        var card = await PersonCards.OpenAsync(db, id, ct);
        return card is null ? NotFound() : TypedResults.Ok(card);
    }

    internal static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: NotFoundTitle, statusCode: StatusCodes.Status404NotFound);

    internal static ValidationProblem BadParameters(ParameterReader reader) =>
        TypedResults.ValidationProblem(reader.Errors, title: BadParametersTitle);
}
