using System.Text.RegularExpressions;
using EduCycle.Engine.Indicators;

namespace EduCycle.Web.Features.Indicators.Elements;

/// <summary>
/// Data elements over organisations, programmes, events, vacancies and instrument results. Records attached to a
/// municipality rather than to one of its organisations (a municipal event, a municipal service's checklist) carry
/// the municipality's own node, org_id = −municipality id, which the unit maps place in that municipality.
/// </summary>
internal static partial class UnitElements
{
    [GeneratedRegex("^[a-z0-9_.]+$")]
    private static partial Regex CollectedCode();

    private const string InYear = "BETWEEN {p:from} AND {p:to}";

    private static readonly IReadOnlyList<DimensionSql> OrganisationDimensions =
    [
        new("kind", "r.d_kind", null, ["school", "preschool", "additional", "vocational", "further"]),
        new("rural", "r.d_rural", null, ["yes", "no"]),
    ];

    private static readonly IReadOnlyList<DimensionSql> SubjectDimension = [new("subject", "r.d_subject")];

    public static IEnumerable<DataElement> All()
    {
        yield return Organisations("orgs.all", "Образовательные организации", "1 = 1");
        yield return Organisations("orgs.schools", "Общеобразовательные организации (школы)", "o.\"Kind\" = 1");
        yield return Organisations("orgs.mentoring_model", "Школы, реализующие целевую модель наставничества педагогических работников",
            "o.\"Kind\" = 1 AND EXISTS (SELECT 1 FROM \"OrganisationYearStatuses\" s WHERE s.\"OrganisationId\" = o.\"Id\" " +
            "AND s.\"SchoolYear\" = {p:year} AND s.\"ImplementsMentoringModel\")");
        yield return Organisations("orgs.innovation", "Организации со статусом инновационной площадки (муниципальной, региональной, федеральной)",
            "EXISTS (SELECT 1 FROM \"OrganisationYearStatuses\" s WHERE s.\"OrganisationId\" = o.\"Id\" " +
            "AND s.\"SchoolYear\" = {p:year} AND s.\"InnovationLevel\" > 0)");

        yield return Programmes("programmes.all", "ДПП, по которым обучались педагоги в учебном году", "1 = 1");
        yield return Programmes("programmes.upskilling", "Программы повышения квалификации, по которым обучались педагоги", "pr.\"Kind\" = 1");
        yield return Programmes("programmes.upskilling_elearning", "Программы ПК, реализуемые с применением электронного обучения",
            "pr.\"Kind\" = 1 AND pr.\"ELearning\"");
        yield return Programmes("programmes.upskilling_stress", "Программы ПК с модулем повышения стрессоустойчивости",
            "pr.\"Kind\" = 1 AND pr.\"HasStressModule\"");
        yield return Programmes("programmes.upskilling_on_request", "Курсы ПК, организованные по заявкам образовательных организаций",
            "pr.\"Kind\" = 1 AND pr.\"OnSchoolRequest\"");
        yield return Programmes("programmes.registry", "ДПП из Федерального реестра", "pr.\"InFederalRegistry\"");
        yield return Programmes("programmes.targeted", "Адресные ДПП", "pr.\"Targeted\"");
        yield return Programmes("programmes.precourse", "ДПП, построенные на основе предкурсовой диагностики", "pr.\"BuiltOnPreCourseDiagnostics\"");
        yield return Programmes("programmes.distance", "ДПП в дистанционной форме", "pr.\"Form\" = 3");

        yield return Events("events.all", "Методические мероприятия", "1 = 1");
        yield return Events("events.network", "Методические мероприятия, организованные в форме сетевого взаимодействия", "ev.\"IsNetwork\"");

        yield return new DataElement("vacancies.teachers", "Вакансии педагогических работников (потребность в кадрах)", "ед.",
            RecordKind.Vacancy, ElementOrigin.Derived, new SqlElement("vacancies.teachers",
                "SELECT v.\"OrganisationId\" AS org_id, v.\"Id\" AS record_id, v.\"Count\" AS value, s.\"Code\" AS d_subject " +
                "FROM \"Vacancies\" v JOIN \"Subjects\" s ON s.\"Id\" = v.\"SubjectId\" WHERE v.\"SchoolYear\" = {p:year}",
                ElementAggregation.Sum, SubjectDimension));

        yield return new DataElement("assessments.results", "Результаты оценки по инструментам (по уровням)", "ед.",
            RecordKind.Assessment, ElementOrigin.Derived, new SqlElement("assessments.results",
                "SELECT COALESCE(a.\"OrganisationId\", -a.\"MunicipalityId\") AS org_id, a.\"Id\" AS record_id, 1 AS value, " +
                "c.\"InstrumentCode\" AS d_instrument, a.\"ResultBand\" AS d_band " +
                "FROM \"Assignments\" a JOIN \"Campaigns\" c ON c.\"Id\" = a.\"CampaignId\" " +
                "WHERE a.\"ResultBand\" IS NOT NULL AND a.\"Status\" >= 4 AND c.\"PeriodTo\" " + InYear,
                ElementAggregation.CountDistinct, [new("instrument", "r.d_instrument"), new("band", "r.d_band")]));
    }

    /// <summary>A collected element: approved values of the school year's collection requests.</summary>
    public static DataElement Collected(string code, string name, string unit) =>
        !CollectedCode().IsMatch(code) ? throw new ArgumentException($"Недопустимый код элемента данных: {code}", nameof(code)) :
        new(code, name, unit, RecordKind.CollectedValue, ElementOrigin.Collected, new SqlElement(code,
            "SELECT s.\"OrganisationId\" AS org_id, v.\"Id\" AS record_id, v.\"Value\" AS value " +
            "FROM \"CollectedValues\" v JOIN \"CollectionSubmissions\" s ON s.\"Id\" = v.\"SubmissionId\" " +
            "JOIN \"CollectionRequests\" q ON q.\"Id\" = s.\"RequestId\" " +
            $"WHERE v.\"ElementCode\" = '{code}' AND v.\"Value\" IS NOT NULL AND s.\"Status\" = 3 AND q.\"SchoolYear\" = {{p:year}}",
            ElementAggregation.Sum, []));

    private static DataElement Organisations(string code, string name, string condition) =>
        new(code, name, "ед.", RecordKind.Organisation, ElementOrigin.Derived, new SqlElement(code,
            "SELECT o.\"Id\" AS org_id, o.\"Id\" AS record_id, 1 AS value, " +
            "CASE o.\"Kind\" WHEN 1 THEN 'school' WHEN 2 THEN 'preschool' WHEN 3 THEN 'additional' WHEN 4 THEN 'vocational' ELSE 'further' END AS d_kind, " +
            "CASE WHEN o.\"IsRural\" THEN 'yes' ELSE 'no' END AS d_rural " +
            "FROM \"Organisations\" o WHERE " + condition,
            ElementAggregation.CountDistinct, OrganisationDimensions));

    /// <summary>Programmes in which the unit's staff studied (enrolled, studying or completed) during the year.</summary>
    private static DataElement Programmes(string code, string name, string condition) =>
        new(code, name, "ед.", RecordKind.Programme, ElementOrigin.Derived, new SqlElement(code,
            "SELECT x.\"OrganisationId\" AS org_id, pr.\"Id\" AS record_id, 1 AS value " +
            "FROM \"Enrolments\" x JOIN \"Programmes\" pr ON pr.\"Id\" = x.\"ProgrammeId\" " +
            "WHERE x.\"Status\" IN (2, 3) AND x.\"StartDate\" <= {p:to} AND x.\"EndDate\" >= {p:from} AND " + condition,
            ElementAggregation.CountDistinct, []));

    private static DataElement Events(string code, string name, string condition) =>
        new(code, name, "ед.", RecordKind.MethodicalEvent, ElementOrigin.Derived, new SqlElement(code,
            "SELECT COALESCE(ev.\"OrganiserOrganisationId\", -ev.\"MunicipalityId\") AS org_id, ev.\"Id\" AS record_id, 1 AS value " +
            "FROM \"MethodicalEvents\" ev WHERE ev.\"Date\" " + InYear + " AND " + condition,
            ElementAggregation.CountDistinct, []));
}
