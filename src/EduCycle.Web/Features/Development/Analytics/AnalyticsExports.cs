using EduCycle.Engine.Calendar;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Registry.Api;
using EduCycle.Web.Infrastructure.Export;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Analytics;

/// <summary>Excel downloads of every analytics table, with the page's filters, computed on the server under the user's scope.</summary>
public static class AnalyticsExports
{
    /// <summary>Roles that see the analytics, each in their own scope.</summary>
    public const string Analysts = Roles.RegionalOperator + "," + Roles.RegionalMethodist + "," + Roles.MunicipalOperator + ","
        + Roles.MunicipalMethodist + "," + Roles.Head;

    public const string HeatMap = "heat-map", Municipalities = "deficits-by-municipality", Schools = "deficits-by-school",
        WithoutRoute = "without-route", Overdue = "overdue-routes", YoungByMunicipality = "young-teachers-by-municipality",
        YoungBySchool = "young-teachers-by-school";

    public static string Url(string table, AnalyticsFilter filter) => $"/export/development/{table}.xlsx{filter.QueryString()}";

    public static IEndpointRouteBuilder MapAnalyticsExports(this IEndpointRouteBuilder app)
    {
        var export = app.MapGroup("/export/development").WithTags("Выгрузки").RequireAuthorization(p => p.RequireRole(Analysts.Split(',')));
        export.MapGet($"/{HeatMap}.xlsx", HeatMapAsync).WithSummary("Тепловая карта дефицитов: предмет × группа компетенций");
        export.MapGet($"/{Municipalities}.xlsx", MunicipalitiesAsync).WithSummary("Дефициты по муниципалитетам");
        export.MapGet($"/{Schools}.xlsx", SchoolsAsync).WithSummary("Дефициты по организациям");
        export.MapGet($"/{WithoutRoute}.xlsx", WithoutRouteList).WithSummary("Педагоги с дефицитами без маршрута");
        export.MapGet($"/{Overdue}.xlsx", OverdueList).WithSummary("Просроченные маршруты");
        export.MapGet($"/{YoungByMunicipality}.xlsx", (int? year, int? municipalityId, int? organisationId, EduCycleDbContext db, CancellationToken ct) =>
            YoungAsync(year, municipalityId, organisationId, db, bySchool: false, ct)).WithSummary("Охват молодых педагогов по муниципалитетам");
        export.MapGet($"/{YoungBySchool}.xlsx", (int? year, int? municipalityId, int? organisationId, EduCycleDbContext db, CancellationToken ct) =>
            YoungAsync(year, municipalityId, organisationId, db, bySchool: true, ct)).WithSummary("Охват молодых педагогов по организациям");
        return app;
    }

    /// <summary>The filter of a request; the school year defaults to the current one.</summary>
    private static AnalyticsFilter? Filter(int? year, int? municipalityId, int? organisationId, EduCycleDbContext db) =>
        year is < 2000 or > 2100 ? null
            : new AnalyticsFilter(year is { } y ? new SchoolYear(y) : SchoolYear.Containing(db.Scope.Today), municipalityId, organisationId);

    private static ValidationProblem BadYear() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["year"] = ["Учебный год указывается годом его начала, например 2025."] });

    private static string Name(string table, AnalyticsFilter filter) => $"{table}-{filter.Year.StartYear}.xlsx";

    private static async Task<Results<XlsxFile<HeatCellExportRow>, ValidationProblem>> HeatMapAsync(
        int? year, int? municipalityId, int? organisationId, EduCycleDbContext db, CancellationToken ct)
    {
        if (Filter(year, municipalityId, organisationId, db) is not { } filter) return BadYear();
        var rows = await DevelopmentAnalytics.HeatMapAsync(db, filter, ct);
        return Xlsx.File(rows.Select(HeatCellExportRow.From).ToAsyncEnumerable(), Name(HeatMap, filter), "Тепловая карта");
    }

    private static async Task<Results<XlsxFile<AreaDeficitsExportRow>, ValidationProblem>> MunicipalitiesAsync(
        int? year, int? municipalityId, int? organisationId, EduCycleDbContext db, CancellationToken ct)
    {
        if (Filter(year, municipalityId, organisationId, db) is not { } filter) return BadYear();
        var rows = await DevelopmentAnalytics.ByMunicipalityAsync(db, filter, ct);
        return Xlsx.File(rows.Select(AreaDeficitsExportRow.From).ToAsyncEnumerable(), Name(Municipalities, filter), "По муниципалитетам");
    }

    private static async Task<Results<XlsxFile<AreaDeficitsExportRow>, ValidationProblem>> SchoolsAsync(
        int? year, int? municipalityId, int? organisationId, EduCycleDbContext db, CancellationToken ct)
    {
        if (Filter(year, municipalityId, organisationId, db) is not { } filter) return BadYear();
        var rows = await DevelopmentAnalytics.BySchoolAsync(db, filter, ct);
        return Xlsx.File(rows.Select(AreaDeficitsExportRow.From).ToAsyncEnumerable(), Name(Schools, filter), "По организациям");
    }

    private static Results<XlsxFile<WithoutRouteExportRow>, ValidationProblem> WithoutRouteList(
        int? year, int? municipalityId, int? organisationId, EduCycleDbContext db)
    {
        if (Filter(year, municipalityId, organisationId, db) is not { } filter) return BadYear();
        var rows = DevelopmentAnalytics.WithoutRoute(db, filter).AsNoTracking().AsAsyncEnumerable().Select(WithoutRouteExportRow.From);
        return Xlsx.File(rows, Name(WithoutRoute, filter), "Без маршрута");
    }

    private static Results<XlsxFile<OverdueRouteExportRow>, ValidationProblem> OverdueList(
        int? year, int? municipalityId, int? organisationId, EduCycleDbContext db)
    {
        if (Filter(year, municipalityId, organisationId, db) is not { } filter) return BadYear();
        var rows = DevelopmentAnalytics.Overdue(db, filter).AsNoTracking().AsAsyncEnumerable().Select(OverdueRouteExportRow.From);
        return Xlsx.File(rows, $"{Overdue}-{QueryText.Date(db.Scope.Today)}.xlsx", "Просроченные маршруты");
    }

    private static async Task<Results<XlsxFile<YoungCoverageExportRow>, ValidationProblem>> YoungAsync(
        int? year, int? municipalityId, int? organisationId, EduCycleDbContext db, bool bySchool, CancellationToken ct)
    {
        if (Filter(year, municipalityId, organisationId, db) is not { } filter) return BadYear();
        var rows = await DevelopmentAnalytics.YoungCoverageAsync(db, filter, bySchool, ct);
        return Xlsx.File(rows.Select(YoungCoverageExportRow.From).ToAsyncEnumerable(),
            Name(bySchool ? YoungBySchool : YoungByMunicipality, filter), "Молодые педагоги");
    }
}
