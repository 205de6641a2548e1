using EduCycle.Web.Data;
using EduCycle.Web.Features.Registry.Api;
using EduCycle.Web.Infrastructure.Export;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EduCycle.Web.Features.Development.Mentoring.Api;

/// <summary>Reading mentoring data: <c>/api/v1/mentoring/*</c> and the Excel downloads, under the user's scope.</summary>
public static class MentoringApi
{
    public const string PairsExportUrl = "/export/mentoring/pairs.xlsx";

    public static string YoungExportUrl(DateOnly asOf, int? municipalityId) =>
        $"/export/mentoring/young.xlsx?asOf={asOf:yyyy-MM-dd}" + (municipalityId is { } m ? $"&municipalityId={m}" : "");

    public static IEndpointRouteBuilder MapMentoringApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/mentoring/pairs", Pairs).WithTags("Профессиональное развитие").WithName("ListMentoringPairs")
            .WithSummary("Пары «наставник — наставляемый»")
            .WithDescription("Параметры: municipalityId, organisationId, status (Active, Completed, Terminated), form (TeacherTeacher, HeadTeacher, Group), "
                + "schoolYear (год начала учебного года), search (ФИО). Педагог видит только пары, где он наставник или наставляемый.");
        var export = app.MapGroup("/export/mentoring").WithTags("Выгрузки");
        export.MapGet("/pairs.xlsx", PairsExport).WithName("ExportMentoringPairs").WithSummary("Выгрузка пар наставничества в Excel");
        export.MapGet("/young.xlsx", YoungExport).WithName("ExportYoungTeachers").WithSummary("Выгрузка молодых педагогов и их сопровождения в Excel");
        return app;
    }

    private static async Task<Results<Ok<List<PairRow>>, ValidationProblem>> Pairs([AsParameters] PairParameters parameters, EduCycleDbContext db, CancellationToken ct)
    {
        var reader = new ParameterReader();
        var filter = parameters.Read(reader);
        if (!reader.IsValid) return RegistryApi.BadParameters(reader);
        return TypedResults.Ok(await MentoringPairs.ListAsync(db, filter, ct));
    }

    private static async Task<Results<XlsxFile<PairExportRow>, ValidationProblem>> PairsExport([AsParameters] PairParameters parameters, EduCycleDbContext db, CancellationToken ct)
    {
        var reader = new ParameterReader();
        var filter = parameters.Read(reader);
        if (!reader.IsValid) return RegistryApi.BadParameters(reader);
        var rows = await MentoringPairs.ListAsync(db, filter, ct);
        return Xlsx.File(rows.Select(PairExportRow.From).ToAsyncEnumerable(), "mentoring-pairs.xlsx", "Наставничество");
    }

    private static async Task<Results<XlsxFile<YoungTeacherExportRow>, ValidationProblem>> YoungExport(string? asOf, string? municipalityId, EduCycleDbContext db, CancellationToken ct)
    {
        var reader = new ParameterReader();
        var date = reader.Date("asOf", asOf, db.Scope.Today);
        var municipality = reader.Id("municipalityId", municipalityId);
        if (!reader.IsValid) return RegistryApi.BadParameters(reader);
        var report = await YoungTeachers.ReportAsync(db, date, municipality, ct);
        return Xlsx.File(report.Teachers.Select(YoungTeacherExportRow.From).ToAsyncEnumerable(), $"young-teachers-{date:yyyy-MM-dd}.xlsx", "Молодые педагоги");
    }
}
