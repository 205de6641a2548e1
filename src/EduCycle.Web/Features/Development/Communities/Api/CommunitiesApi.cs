using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Programmes;
using EduCycle.Web.Features.Registry.Api;
using EduCycle.Web.Infrastructure.Export;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EduCycle.Web.Features.Development.Communities.Api;

/// <summary>Reading communities, events and attestation: <c>/api/v1</c> and the Excel downloads, under the user's scope.</summary>
public static class CommunitiesApi
{
    public static string DueExportUrl(int months) => $"/export/attestation/due.xlsx?months={months}";

    public static IEndpointRouteBuilder MapCommunitiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Профессиональное развитие");
        api.MapGet("/communities", Communities).WithName("ListCommunities").WithSummary("Методические объединения и профессиональные сообщества")
            .WithDescription("Параметры: kind (SchoolAssociation, DistrictAssociation, RegionalAssociation, NetworkCommunity, MentorsCommunity, "
                + "YoungTeachersSchool), level (School, Municipal, Regional, Federal), municipalityId, subjectId, search, includeClosed (true/false). "
                + "Число участников и руководитель — в пределах области видимости пользователя.");
        api.MapGet("/events", Events).WithName("ListMethodicalEvents").WithSummary("Методические мероприятия")
            .WithDescription("Параметры: from, to (ГГГГ-ММ-ДД) или schoolYear (год начала), level, form (Seminar, MasterClass, OpenLesson, RoundTable, "
                + "MethodicalDay, Conference, Internship, Webinar), municipalityId, subjectId, network (true — только сетевые).");
        api.MapGet("/attestation/due", Due).WithName("ListAttestationDue").WithSummary("Работники, у которых истекает срок действия категории")
            .WithDescription("Параметры: months (окно, месяцев, 1–60, по умолчанию 6), municipalityId. Включены и просроченные.");

        var export = app.MapGroup("/export").WithTags("Выгрузки");
        export.MapGet("/communities.xlsx", CommunitiesExport).WithName("ExportCommunities").WithSummary("Выгрузка сообществ в Excel");
        export.MapGet("/events.xlsx", EventsExport).WithName("ExportMethodicalEvents").WithSummary("Выгрузка мероприятий в Excel");
        export.MapGet("/attestation/due.xlsx", DueExport).WithName("ExportAttestationDue").WithSummary("Выгрузка списка подлежащих аттестации в Excel");
        export.MapGet("/attestation/history.xlsx", HistoryExport).WithName("ExportAttestationHistory").WithSummary("Выгрузка истории аттестации в Excel");
        export.MapGet("/attestation/experts.xlsx", ExpertsExport).WithName("ExportExperts").WithSummary("Выгрузка экспертов в Excel");
        export.MapGet("/attestation/competitions.xlsx", CompetitionsExport).WithName("ExportCompetitions").WithSummary("Выгрузка участия в конкурсах в Excel");
        return app;
    }

    private static async Task<Results<Ok<List<CommunityRow>>, ValidationProblem>> Communities([AsParameters] CommunityParameters parameters, EduCycleDbContext db, CancellationToken ct)
    {
        var reader = new ParameterReader();
        var filter = parameters.Read(reader);
        if (!reader.IsValid) return RegistryApi.BadParameters(reader);
        return TypedResults.Ok(await CommunityCatalogue.ListAsync(db, filter, ct));
    }

    private static async Task<Results<Ok<List<EventRow>>, ValidationProblem>> Events([AsParameters] EventParameters parameters, EduCycleDbContext db, CancellationToken ct)
    {
        var reader = new ParameterReader();
        var filter = parameters.Read(reader);
        if (!reader.IsValid) return RegistryApi.BadParameters(reader);
        return TypedResults.Ok(await MethodicalEvents.ListAsync(db, filter, ct));
    }

    private static async Task<Results<Ok<List<DueRow>>, ValidationProblem>> Due(string? months, string? municipalityId, EduCycleDbContext db, CancellationToken ct)
    {
        var reader = new ParameterReader();
        var window = reader.Number("months", months, AttestationRegister.DefaultMonths, 1, 60);
        var municipality = reader.Id("municipalityId", municipalityId);
        if (!reader.IsValid) return RegistryApi.BadParameters(reader);
        return TypedResults.Ok(await AttestationRegister.DueAsync(db, window, municipality, ct));
    }

    private static async Task<Results<XlsxFile<CommunityExportRow>, ValidationProblem>> CommunitiesExport([AsParameters] CommunityParameters parameters, EduCycleDbContext db, CancellationToken ct)
    {
        var reader = new ParameterReader();
        var filter = parameters.Read(reader);
        if (!reader.IsValid) return RegistryApi.BadParameters(reader);
        return Xlsx.File((await CommunityCatalogue.ListAsync(db, filter, ct)).Select(CommunityExportRow.From).ToAsyncEnumerable(), "communities.xlsx", "Сообщества");
    }

    private static async Task<Results<XlsxFile<EventExportRow>, ValidationProblem>> EventsExport([AsParameters] EventParameters parameters, EduCycleDbContext db, CancellationToken ct)
    {
        var reader = new ParameterReader();
        var filter = parameters.Read(reader);
        if (!reader.IsValid) return RegistryApi.BadParameters(reader);
        return Xlsx.File((await MethodicalEvents.ListAsync(db, filter, ct)).Select(EventExportRow.From).ToAsyncEnumerable(), "events.xlsx", "Мероприятия");
    }

    private static async Task<Results<XlsxFile<DueExportRow>, ValidationProblem>> DueExport(string? months, string? municipalityId, EduCycleDbContext db, CancellationToken ct)
    {
        var reader = new ParameterReader();
        var window = reader.Number("months", months, AttestationRegister.DefaultMonths, 1, 60);
        var municipality = reader.Id("municipalityId", municipalityId);
        if (!reader.IsValid) return RegistryApi.BadParameters(reader);
        var rows = await AttestationRegister.DueAsync(db, window, municipality, ct);
        return Xlsx.File(rows.Select(DueExportRow.From).ToAsyncEnumerable(), "attestation-due.xlsx", "Аттестация");
    }

    private static async Task<Results<XlsxFile<AttestationExportRow>, ValidationProblem>> HistoryExport(string? year, string? search, EduCycleDbContext db, CancellationToken ct)
    {
        var reader = new ParameterReader();
        int? decided = string.IsNullOrWhiteSpace(year) ? null : reader.Number("year", year, 0, 1990, 2200);
        if (!reader.IsValid) return RegistryApi.BadParameters(reader);
        var rows = await AttestationRegister.HistoryAsync(db, decided, search, ct);
        return Xlsx.File(rows.Select(AttestationExportRow.From).ToAsyncEnumerable(), "attestation-history.xlsx", "История аттестации");
    }

    private static async Task<Results<XlsxFile<ExpertExportRow>, ValidationProblem>> ExpertsExport(string? kind, EduCycleDbContext db, CancellationToken ct)
    {
        var reader = new ParameterReader();
        var expertKind = reader.Choice<ExpertTopic>("kind", kind);
        if (!reader.IsValid) return RegistryApi.BadParameters(reader);
        var rows = await ExpertRegister.ListAsync(db, expertKind, ct: ct);
        return Xlsx.File(rows.Select(ExpertExportRow.From).ToAsyncEnumerable(), "experts.xlsx", "Эксперты");
    }

    private static async Task<Results<XlsxFile<CompetitionExportRow>, ValidationProblem>> CompetitionsExport(string? schoolYear, string? level, EduCycleDbContext db, CancellationToken ct)
    {
        var reader = new ParameterReader();
        int? year = string.IsNullOrWhiteSpace(schoolYear) ? null : reader.Number("schoolYear", schoolYear, 0, 1900, 2200);
        var activityLevel = reader.Choice<ActivityLevel>("level", level);
        if (!reader.IsValid) return RegistryApi.BadParameters(reader);
        var rows = await CompetitionRegister.ListAsync(db, year, activityLevel, ct);
        return Xlsx.File(rows.Select(CompetitionExportRow.From).ToAsyncEnumerable(), "competitions.xlsx", "Конкурсы");
    }
}
