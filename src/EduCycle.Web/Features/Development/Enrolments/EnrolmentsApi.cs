using System.Globalization;
using System.Security.Claims;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Enrolments.Documents;
using EduCycle.Web.Features.Development.Programmes;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Infrastructure.Export;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs.Attributes;

namespace EduCycle.Web.Features.Development.Enrolments;

/// <summary>Query parameters of the enrolment list, its export and the API.</summary>
public sealed class EnrolmentListParameters
{
    public string? Search { get; init; }
    public int? ProgrammeId { get; init; }
    public EnrolmentStatus? Status { get; init; }
    public int? OrganisationId { get; init; }
    public int? SchoolYear { get; init; }

    public EnrolmentFilter ToFilter() => new()
    {
        Search = Search, ProgrammeId = ProgrammeId, Status = Status, OrganisationId = OrganisationId, SchoolYear = SchoolYear,
    };

    public static string QueryString(EnrolmentFilter f)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(f.Search)) parts.Add($"search={Uri.EscapeDataString(f.Search)}");
        if (f.ProgrammeId is { } p) parts.Add($"programmeId={p.ToString(CultureInfo.InvariantCulture)}");
        if (f.Status is { } s) parts.Add($"status={s}");
        if (f.OrganisationId is { } o) parts.Add($"organisationId={o.ToString(CultureInfo.InvariantCulture)}");
        if (f.SchoolYear is { } y) parts.Add($"schoolYear={y.ToString(CultureInfo.InvariantCulture)}");
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}

public sealed class EnrolmentExportRow
{
    [ExcelColumn(Name = "ФИО", Width = 36)] public required string Person { get; init; }
    [ExcelColumn(Name = "Организация", Width = 30)] public required string Organisation { get; init; }
    [ExcelColumn(Name = "Код программы", Width = 14)] public required string ProgrammeCode { get; init; }
    [ExcelColumn(Name = "Программа", Width = 50)] public required string Programme { get; init; }
    [ExcelColumn(Name = "Вид", Width = 6)] public required string Kind { get; init; }
    [ExcelColumn(Name = "Часов", Width = 8)] public required int Hours { get; init; }
    [ExcelColumn(Name = "Начало", Format = "dd.MM.yyyy", Width = 12)] public required DateTime Start { get; init; }
    [ExcelColumn(Name = "Окончание", Format = "dd.MM.yyyy", Width = 12)] public required DateTime End { get; init; }
    [ExcelColumn(Name = "Статус", Width = 18)] public required string Status { get; init; }
    [ExcelColumn(Name = "Входной контроль, %", Width = 12)] public required decimal? Entry { get; init; }
    [ExcelColumn(Name = "Повторный контроль, %", Width = 12)] public required decimal? Repeat { get; init; }
    [ExcelColumn(Name = "Номер удостоверения", Width = 18)] public required string Certificate { get; init; }
    [ExcelColumn(Name = "Техническое задание", Width = 22)] public required string Assignment { get; init; }
    [ExcelColumn(Name = "Отчёт", Width = 22)] public required string Report { get; init; }

    public static EnrolmentExportRow From(EnrolmentRow r) => new()
    {
        Person = r.PersonName, Organisation = r.OrganisationName ?? "", ProgrammeCode = r.ProgrammeCode, Programme = r.ProgrammeName,
        Kind = DevelopmentLabels.Of(r.Kind), Hours = r.Hours, Start = r.StartDate.ToDateTime(TimeOnly.MinValue),
        End = r.EndDate.ToDateTime(TimeOnly.MinValue), Status = DevelopmentLabels.Of(r.Status), Entry = r.EntryPercent, Repeat = r.RepeatPercent,
        Certificate = r.CertificateNumber ?? "",
        Assignment = r.AssignmentStatus is { } a ? DevelopmentLabels.Of(a) : "не заполнено",
        Report = r.ReportStatus is { } s ? DevelopmentLabels.Of(s) : "не заполнен",
    };
}

/// <summary><c>/api/v1/enrolments</c>, the list's Excel export and the two forms as DOCX.</summary>
public static class EnrolmentsApi
{
    public const string ExportUrl = "/export/enrolments.xlsx";

    public static string AssignmentDocxUrl(int id) => $"/export/enrolments/{id}/technical-assignment.docx";

    public static string ReportDocxUrl(int id) => $"/export/enrolments/{id}/course-report.docx";

    public static IEndpointRouteBuilder MapEnrolmentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/enrolments").WithTags("Обучение по ДПП");
        api.MapGet("", List).WithName("ListEnrolments")
            .WithSummary("Обучение педагогов по ДПП (search, programmeId, status, organisationId, schoolYear)");
        api.MapPost("", CreateAsync).RequireAuthorization(new AuthorizeAttribute { Roles = EnrolmentService.ManagerRoles })
            .WithName("CreateEnrolment").WithSummary("Записать педагога на обучение");
        api.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(new AuthorizeAttribute { Roles = EnrolmentService.ManagerRoles })
            .WithName("UpdateEnrolment").WithSummary("Изменить даты, статус, результаты контроля и номер удостоверения");
        var export = app.MapGroup("/export").WithTags("Выгрузки");
        export.MapGet("/enrolments.xlsx", Export).WithName("ExportEnrolments").WithSummary("Обучение по ДПП в Excel");
        export.MapGet("/enrolments/{id:int}/technical-assignment.docx", AssignmentDocxAsync).WithName("TechnicalAssignmentDocx")
            .WithSummary("Техническое задание учителю (приложение 1) в Word");
        export.MapGet("/enrolments/{id:int}/course-report.docx", ReportDocxAsync).WithName("CourseReportDocx")
            .WithSummary("Отчёт о прохождении курсов (приложение 2) в Word");
        return app;
    }

    private static async Task<Ok<List<EnrolmentRow>>> List([AsParameters] EnrolmentListParameters parameters, EnrolmentService service, CancellationToken ct) =>
        TypedResults.Ok(await service.Rows(parameters.ToFilter()).ToListAsync(ct));

    private static XlsxFile<EnrolmentExportRow> Export([AsParameters] EnrolmentListParameters parameters, EnrolmentService service) =>
        Xlsx.File(service.Rows(parameters.ToFilter()).AsAsyncEnumerable().Select(EnrolmentExportRow.From), "enrolments.xlsx", "Обучение по ДПП");

    private static async Task<IResult> CreateAsync(EnrolmentDraft draft, ClaimsPrincipal user, EduCycleDbContext db, EnrolmentService service, CancellationToken ct) =>
        ToHttp(await service.CreateAsync(Actor.From(user, db.Scope), draft, ct));

    private static async Task<IResult> UpdateAsync(int id, EnrolmentDraft draft, ClaimsPrincipal user, EduCycleDbContext db, EnrolmentService service, CancellationToken ct) =>
        ToHttp(await service.UpdateAsync(Actor.From(user, db.Scope), id, draft, ct));

    private static async Task<Results<FileContentHttpResult, NotFound>> AssignmentDocxAsync(
        int id, EduCycleDbContext db, EnrolmentService service, CancellationToken ct)
    {
        if (await service.HeaderAsync(id, ct) is not { } header) return TypedResults.NotFound();
        var bytes = EnrolmentDocuments.TechnicalAssignment(header, await service.AssignmentAsync(id, ct), db.Scope.Today);
        return TypedResults.File(bytes, EnrolmentDocuments.ContentType, $"technical-assignment-{id}.docx");
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ReportDocxAsync(int id, EnrolmentService service, CancellationToken ct)
    {
        if (await service.HeaderAsync(id, ct) is not { } header) return TypedResults.NotFound();
        var bytes = EnrolmentDocuments.CourseReport(header, await service.ReportAsync(id, ct));
        return TypedResults.File(bytes, EnrolmentDocuments.ContentType, $"course-report-{id}.docx");
    }

    private static IResult ToHttp(EnrolmentResult result) => result.Kind switch
    {
        EnrolmentResultKind.Ok => TypedResults.Ok(new { id = result.Id }),
        EnrolmentResultKind.NotFound => TypedResults.Problem(title: result.Errors[0], statusCode: StatusCodes.Status404NotFound),
        EnrolmentResultKind.Forbidden => TypedResults.Problem(title: result.Errors[0], statusCode: StatusCodes.Status403Forbidden),
        _ => TypedResults.Problem(title: "Сведения об обучении не сохранены", detail: string.Join("; ", result.Errors),
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?> { ["errors"] = result.Errors }),
    };
}
