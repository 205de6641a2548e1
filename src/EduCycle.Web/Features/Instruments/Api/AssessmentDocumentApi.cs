using System.Security.Claims;
using EduCycle.Engine.Instruments;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Instruments.Assessments;
using EduCycle.Web.Features.Instruments.Catalog;
using EduCycle.Web.Features.Instruments.Documents;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EduCycle.Web.Features.Instruments.Api;

/// <summary>A filled assessment as a Word document in the layout of the seed's blank.</summary>
public static class AssessmentDocumentApi
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IEndpointRouteBuilder MapAssessmentDocumentApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/assignments/{id:int}/document/{role}", DocumentAsync).WithTags("Кампании оценивания")
            .WithName("AssessmentDocument").WithSummary("Заполненный бланк в Word (role: self | expert)");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound<string>>> DocumentAsync(
        int id, string role, ClaimsPrincipal user, EduCycleDbContext db, AssessmentWorkflow workflow, InstrumentCatalog catalog, CancellationToken ct)
    {
        if (!Enum.TryParse<AssessmentRole>(role, ignoreCase: true, out var kind)) return TypedResults.NotFound("Вид оценки: self или expert");
        var details = await workflow.GetAsync(Actor.From(user, db.Scope), id, ct);
        var view = kind == AssessmentRole.Self ? details?.Self : details?.Expert;
        if (details is null || view?.ResultJson is not { } resultJson) return TypedResults.NotFound("Заполненная и отправленная оценка не найдена или недоступна");
        var definition = (await catalog.GetDefinitionAsync(view.InstrumentCode, view.InstrumentVersion, ct))!;
        var result = InstrumentJson.ParseResult(resultJson);
        var header = new DocumentHeader
        {
            SubjectName = details.Assignment.SubjectName,
            Period = details.Assignment.CampaignName,
            Role = kind == AssessmentRole.Self ? AssessorRole.SelfAssessment : AssessorRole.Expert,
            ExpertName = view.SubmittedBy,
            Date = DateOnly.FromDateTime(view.SubmittedAt ?? view.SavedAt),
            Conclusion = kind == AssessmentRole.Expert ? details.ReconcileComment : null,
        };
        var bytes = InstrumentDocument.Render(definition, InstrumentJson.ParseResponse(view.ResponseJson), result, header);
        return TypedResults.File(bytes, ContentType, $"{definition.Code}-{id}-{role.ToLowerInvariant()}.docx");
    }
}
