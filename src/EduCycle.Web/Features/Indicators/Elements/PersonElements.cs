using EduCycle.Engine.Indicators;

namespace EduCycle.Web.Features.Indicators.Elements;

/// <summary>
/// Data elements over pedagogical staff. The staff of a school year are the people whose main employment in a
/// pedagogical position (not head or deputy) is valid on the census date {p:ref} (20 September, as in form ОО-1);
/// a person counts at the organisation of that employment. Every element is a subset of that staff, so numerators
/// never exceed their denominators.
/// </summary>
internal static class PersonElements
{
    private const string Staff =
        "e.\"IsMain\" AND e.\"Position\" NOT IN (4, 5) AND e.\"ValidFrom\" <= {p:ref} AND (e.\"ValidTo\" IS NULL OR e.\"ValidTo\" > {p:ref})";

    private const string InYear = "BETWEEN {p:from} AND {p:to}";

    private static readonly IReadOnlyList<DimensionSql> Dimensions =
    [
        new("subject", "dsu.\"Code\"",
            "JOIN \"PersonSubjects\" dps ON dps.\"PersonId\" = r.record_id JOIN \"Subjects\" dsu ON dsu.\"Id\" = dps.\"SubjectId\""),
        new("age",
            "CASE WHEN dpa.\"BirthDate\" > {p:born25} THEN 'under25' WHEN dpa.\"BirthDate\" > {p:born35} THEN '25to34' " +
            "WHEN dpa.\"BirthDate\" > {p:born60} THEN '35to59' ELSE '60plus' END",
            "JOIN \"People\" dpa ON dpa.\"Id\" = r.record_id", ["under25", "25to34", "35to59", "60plus"]),
        new("young", "CASE WHEN dpy.\"BirthDate\" > {p:born35} THEN 'yes' ELSE 'no' END",
            "JOIN \"People\" dpy ON dpy.\"Id\" = r.record_id", ["yes", "no"]),
        new("experience",
            "CASE WHEN dpe.\"ExperienceSince\" > {p:exp3} THEN 'under3' WHEN dpe.\"ExperienceSince\" > {p:exp10} THEN '3to10' " +
            "WHEN dpe.\"ExperienceSince\" >= {p:exp20} THEN '10to20' ELSE 'over20' END",
            "JOIN \"People\" dpe ON dpe.\"Id\" = r.record_id", ["under3", "3to10", "10to20", "over20"]),
        new("category", "CASE dpc.\"Category\" WHEN 2 THEN 'highest' WHEN 1 THEN 'first' ELSE 'none' END",
            "JOIN \"People\" dpc ON dpc.\"Id\" = r.record_id", ["highest", "first", "none"]),
    ];

    private const string Young = "x.\"BirthDate\" > {p:born35}";
    private const string FirstThreeYears = "x.\"ExperienceSince\" > {p:exp3}";

    private const string Diagnosed =
        "SELECT 1 FROM \"DiagnosticResults\" x WHERE x.\"PersonId\" = e.\"PersonId\" AND x.\"TakenOn\" " + InYear;

    /// <summary>Took part in the diagnostic of subject or methodical competencies in the year.</summary>
    private const string DiagnosedSubjectMethodical =
        "SELECT 1 FROM \"DiagnosticResults\" x JOIN \"DiagnosticGroupScores\" g ON g.\"ResultId\" = x.\"Id\" " +
        "WHERE x.\"PersonId\" = e.\"PersonId\" AND g.\"Group\" IN (1, 2) AND x.\"TakenOn\" " + InYear;

    private static string Covered(string programme) =>
        "SELECT 1 FROM \"Enrolments\" x JOIN \"Programmes\" pr ON pr.\"Id\" = x.\"ProgrammeId\" WHERE x.\"PersonId\" = e.\"PersonId\" " +
        "AND x.\"Status\" IN (2, 3) AND x.\"StartDate\" <= {p:to} AND x.\"EndDate\" >= {p:from} AND " + programme;

    private static string Completed(string programme) =>
        "SELECT 1 FROM \"Enrolments\" x JOIN \"Programmes\" pr ON pr.\"Id\" = x.\"ProgrammeId\" WHERE x.\"PersonId\" = e.\"PersonId\" " +
        "AND x.\"Status\" = 3 AND x.\"EndDate\" " + InYear + " AND " + programme;

    private static string Member(string kinds) =>
        "SELECT 1 FROM \"CommunityMemberships\" x JOIN \"Communities\" c ON c.\"Id\" = x.\"CommunityId\" WHERE x.\"PersonId\" = e.\"PersonId\" " +
        $"AND c.\"Kind\" IN ({kinds}) AND x.\"ValidFrom\" <= {{p:to}} AND (x.\"ValidTo\" IS NULL OR x.\"ValidTo\" > {{p:from}})";

    private const string Mentee =
        "SELECT 1 FROM \"MentoringPairs\" x WHERE x.\"MenteeId\" = e.\"PersonId\" AND x.\"From\" <= {p:to} AND x.\"To\" >= {p:from}";

    private static string Person(string condition) =>
        "SELECT 1 FROM \"People\" x WHERE x.\"Id\" = e.\"PersonId\" AND " + condition;

    public static IEnumerable<DataElement> All()
    {
        yield return Element("staff.pedagogical", "Педагогические работники");
        yield return Element("staff.teachers", "Учителя (занятые должности учителей)", position: "e.\"Position\" = 1");
        yield return Element("staff.diagnosed", "Педагоги, прошедшие диагностику профессиональных дефицитов в учебном году", Diagnosed);
        yield return Element("staff.diagnosed_subject_methodical",
            "Педагоги, принимавшие участие в диагностике методических и предметных компетенций", DiagnosedSubjectMethodical);
        yield return Element("staff.methodical_asset",
            "Педагоги, прошедшие диагностику методических и предметных компетенций и вошедшие в муниципальный методический актив",
            "SELECT 1 FROM \"MethodicalAssetMembers\" x WHERE x.\"PersonId\" = e.\"PersonId\" AND x.\"SchoolYear\" = {p:year} " +
            $"AND EXISTS ({DiagnosedSubjectMethodical})");
        yield return Element("staff.route_centre", "Педагоги, для которых в ЦНППМ разработаны ИОМ",
            "SELECT 1 FROM \"Routes\" x WHERE x.\"PersonId\" = e.\"PersonId\" AND x.\"BuiltAtCentre\" AND x.\"Status\" IN (2, 3, 4) " +
            "AND x.\"PlannedFrom\" <= {p:to} AND x.\"PlannedTo\" >= {p:from}");
        yield return Element("staff.targeted_programmes",
            "Педагоги, охваченные адресными программами ПК, разработанными на основе диагностики дефицитов",
            Covered("pr.\"Targeted\" AND pr.\"BuiltOnPreCourseDiagnostics\""));
        yield return Element("staff.trained", "Педагоги, освоившие ДПП в учебном году", Completed("1 = 1"));
        yield return Element("staff.registry_programmes", "Педагоги, освоившие ДПП из Федерального реестра",
            Completed("pr.\"InFederalRegistry\""));
        yield return Element("staff.retrained", "Специалисты, прошедшие программы профессиональной переподготовки",
            Completed("pr.\"Kind\" = 2"));
        yield return Element("staff.retrained_pedagogical",
            "Специалисты, прошедшие переподготовку по программам педагогической направленности",
            Completed("pr.\"Kind\" = 2 AND pr.\"Pedagogical\""));
        yield return Element("staff.trained_distance", "Педагоги, прошедшие обучение по ДПП в дистанционной форме",
            Completed("pr.\"Form\" = 3"));
        yield return Element("staff.trained_gia_experts", "Педагоги, прошедшие ПК по подготовке экспертов предметных комиссий ГИА",
            Completed("pr.\"ExpertTopic\" = 1"));
        yield return Element("staff.trained_attestation_experts", "Педагоги, прошедшие ПК по подготовке экспертов аттестации",
            Completed("pr.\"ExpertTopic\" = 2"));
        yield return Element("staff.mentors_community", "Педагоги, вошедшие в сообщество педагогов-наставников", Member("5"));
        yield return Element("staff.network_communities", "Педагоги, включённые в сетевые методические или профессиональные сообщества",
            Member("2, 3, 4"));
        yield return Element("staff.young_first3", "Педагоги до 35 лет в первые три года работы",
            Person(Young + " AND " + FirstThreeYears));
        yield return Element("staff.young_first3_supported",
            "Педагоги до 35 лет в первые три года работы, участвующие в формах поддержки и сопровождения",
            Person(Young + " AND " + FirstThreeYears) + $" AND (EXISTS ({Mentee}) OR EXISTS ({Member("6")}))");
        yield return Element("staff.experience_lt1", "Молодые педагоги со стажем работы до одного года",
            Person("x.\"ExperienceSince\" > {p:exp1}"));
        yield return Element("staff.young_in_projects", "Молодые педагоги (до 35 лет), охваченные проектами поддержки молодых педагогов",
            Person(Young) + $" AND EXISTS ({Member("6")})");
        yield return Element("staff.young_mentored", "Молодые педагоги (до 35 лет), охваченные программами наставничества",
            Person(Young) + $" AND EXISTS ({Mentee})");
        yield return Element("staff.event_participants", "Педагоги, охваченные методическими мероприятиями",
            "SELECT 1 FROM \"EventParticipations\" x JOIN \"MethodicalEvents\" ev ON ev.\"Id\" = x.\"EventId\" " +
            "WHERE x.\"PersonId\" = e.\"PersonId\" AND ev.\"Date\" " + InYear);
        yield return Element("staff.competition_participants", "Педагоги — участники конкурсов профессионального мастерства",
            "SELECT 1 FROM \"CompetitionEntries\" x WHERE x.\"PersonId\" = e.\"PersonId\" AND x.\"SchoolYear\" = {p:year}");
        yield return WithDeficits();
    }

    private static DataElement Element(string code, string name, string? exists = null, string? position = null)
    {
        var where = Staff + (position is null ? "" : " AND " + position) + (exists is null ? "" : $" AND EXISTS ({exists})");
        var sql = $"SELECT e.\"OrganisationId\" AS org_id, e.\"PersonId\" AS record_id, 1 AS value FROM \"Employments\" e WHERE {where}";
        return new DataElement(code, name, "чел.", RecordKind.Person, ElementOrigin.Derived,
            new SqlElement(code, sql, ElementAggregation.CountDistinct, Dimensions));
    }

    /// <summary>Diagnosed staff with a deficit identified in the year, one row per competency group of the deficit.</summary>
    private static DataElement WithDeficits()
    {
        const string code = "staff.with_deficits";
        var sql =
            "SELECT e.\"OrganisationId\" AS org_id, e.\"PersonId\" AS record_id, 1 AS value, " +
            "CASE t.\"Group\" WHEN 1 THEN 'subject' WHEN 2 THEN 'methodical' WHEN 3 THEN 'psychological' " +
            "WHEN 4 THEN 'communicative' ELSE 'universal' END AS d_group " +
            "FROM \"Employments\" e JOIN \"Deficits\" d ON d.\"PersonId\" = e.\"PersonId\" JOIN \"DeficitTopics\" t ON t.\"Id\" = d.\"TopicId\" " +
            $"WHERE {Staff} AND d.\"IdentifiedOn\" {InYear} AND EXISTS ({Diagnosed})";
        IReadOnlyList<DimensionSql> dimensions =
            [.. Dimensions, new("group", "r.d_group", null, ["subject", "methodical", "psychological", "communicative", "universal"])];
        return new DataElement(code, "Педагоги, имеющие профессиональные дефициты (из прошедших диагностику)", "чел.",
            RecordKind.Person, ElementOrigin.Derived, new SqlElement(code, sql, ElementAggregation.CountDistinct, dimensions));
    }
}
