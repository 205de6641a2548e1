using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EduCycle.Web.Features.Registry.Import;

public static class ImportEndpoints
{
    public const long MaxFileBytes = 200L * 1024 * 1024;
    /// <summary>How many row errors a 422 answer carries; the full list is in the XLSX report.</summary>
    public const int MaxProblemErrors = 1000;

    private static readonly AuthorizeAttribute Editors = new() { Roles = Roles.RegistryEditors };

    public static IServiceCollection AddImport(this IServiceCollection services) => services.AddSingleton<ImportReports>();

    public static WebApplication MapImport(this WebApplication app)
    {
        app.MapGet("/import/templates/{kind}.{format}", Template).RequireAuthorization(Editors);
        app.MapGet("/import/reports/{id:guid}", Report).RequireAuthorization(Editors);
        app.MapPost("/api/v1/imports/{kind}", ImportAsync).RequireAuthorization(Editors)
            .WithName("ImportRegistry")
            .WithSummary("Загрузить организации или работников из XLSX/CSV (multipart, поле file)");
        return app;
    }

    private static Results<FileContentHttpResult, NotFound> Template(string kind, string format)
    {
        if (!ImportKinds.TryParse(kind, out var k)) return TypedResults.NotFound();
        return format.ToLowerInvariant() switch
        {
            "xlsx" => TypedResults.File(ImportTemplates.Xlsx(k), ImportTemplates.XlsxContentType, ImportTemplates.FileName(k, "xlsx")),
            "csv" => TypedResults.File(ImportTemplates.Csv(k), ImportTemplates.CsvContentType, ImportTemplates.FileName(k, "csv")),
            _ => TypedResults.NotFound(),
        };
    }

    private static Results<FileContentHttpResult, NotFound> Report(Guid id, ImportReports reports, EduCycleDbContext db) =>
        reports.Find(id, db.Scope.UserName) is { } errors
            ? TypedResults.File(ImportTemplates.ErrorReport(errors), ImportTemplates.XlsxContentType, "ошибки-загрузки.xlsx")
            : TypedResults.NotFound();

    private static async Task<Results<Ok<ImportResult>, ProblemHttpResult, NotFound>> ImportAsync(
        string kind, HttpRequest request, EduCycleDbContext db, bool validRowsOnly = false, CancellationToken ct = default)
    {
        if (!ImportKinds.TryParse(kind, out var k)) return TypedResults.NotFound();
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxFileBytes;
        if (!request.HasFormContentType)
            return Problem("Ожидается multipart/form-data с файлом в поле «file».", StatusCodes.Status400BadRequest);
        var form = await request.ReadFormAsync(ct);
        if ((form.Files.GetFile("file") ?? form.Files.FirstOrDefault()) is not { } file)
            return Problem("Не передан файл (поле «file»).", StatusCodes.Status400BadRequest);

        await using var stream = file.OpenReadStream();
        var result = await new RegistryImport(db).ImportAsync(k, stream, file.FileName, new ImportOptions(validRowsOnly), null, ct);
        if (result.Succeeded) return TypedResults.Ok(result);
        return TypedResults.Problem(
            title: "Файл не загружен: в нём есть ошибки",
            detail: $"Строк с ошибками: {result.Rejected}. Ничего не записано.",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = result.Errors.Take(MaxProblemErrors).ToList(),
                ["errorCount"] = result.Errors.Count,
                ["rows"] = result.Rows,
            });
    }

    private static ProblemHttpResult Problem(string detail, int status) =>
        TypedResults.Problem(title: "Неверный запрос", detail: detail, statusCode: status);
}
