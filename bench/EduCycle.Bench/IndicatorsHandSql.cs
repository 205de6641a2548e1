using EduCycle.Web.Features.Indicators.Computation;

namespace EduCycle.Bench;

/// <summary>
/// The data elements of the shipped pack written by hand: one plain <c>GROUP BY</c> per element and level, straight from
/// the records, the organisation placed on the census date (@ref). The yardstick the compiled queries are timed and checked
/// against. Parameters: @ref, @from, @to, @year, @born35, @exp1, @exp3 (as <see cref="PeriodParameters"/> gives them).
/// </summary>
internal static class IndicatorsHandSql
{
    private const string Staff =
        "e.\"IsMain\" AND e.\"Position\" NOT IN (4, 5) AND e.\"ValidFrom\" <= @ref AND (e.\"ValidTo\" IS NULL OR e.\"ValidTo\" > @ref)";

    private const string Diagnosed =
        "EXISTS (SELECT 1 FROM \"DiagnosticResults\" d WHERE d.\"PersonId\" = e.\"PersonId\" AND d.\"TakenOn\" BETWEEN @from AND @to)";

    private static string Completed(string programme) =>
        "EXISTS (SELECT 1 FROM \"Enrolments\" x JOIN \"Programmes\" pr ON pr.\"Id\" = x.\"ProgrammeId\" WHERE x.\"PersonId\" = e.\"PersonId\" " +
        $"AND x.\"Status\" = 3 AND x.\"EndDate\" BETWEEN @from AND @to AND {programme})";

    private static string Member(string kinds) =>
        "EXISTS (SELECT 1 FROM \"CommunityMemberships\" x JOIN \"Communities\" c ON c.\"Id\" = x.\"CommunityId\" WHERE x.\"PersonId\" = e.\"PersonId\" " +
        $"AND c.\"Kind\" IN ({kinds}) AND x.\"ValidFrom\" <= @to AND (x.\"ValidTo\" IS NULL OR x.\"ValidTo\" > @from))";

    private const string Mentee =
        "EXISTS (SELECT 1 FROM \"MentoringPairs\" x WHERE x.\"MenteeId\" = e.\"PersonId\" AND x.\"From\" <= @to AND x.\"To\" >= @from)";

    private const string Young = "p.\"BirthDate\" > @born35";
    private const string FirstThreeYears = "p.\"ExperienceSince\" > @exp3";

    /// <summary>Staff elements: condition over the main employment <c>e</c> and the person <c>p</c>.</summary>
    private static readonly Dictionary<string, string> StaffConditions = new(StringComparer.Ordinal)
    {
        ["staff.pedagogical"] = "1 = 1",
        ["staff.teachers"] = "e.\"Position\" = 1",
        ["staff.young"] = Young,
        ["staff.diagnosed"] = Diagnosed,
        ["staff.diagnosed_subject_methodical"] =
            "EXISTS (SELECT 1 FROM \"DiagnosticResults\" d JOIN \"DiagnosticGroupScores\" g ON g.\"ResultId\" = d.\"Id\" " +
            "WHERE d.\"PersonId\" = e.\"PersonId\" AND g.\"Group\" IN (1, 2) AND d.\"TakenOn\" BETWEEN @from AND @to)",
        ["staff.methodical_asset"] =
            "EXISTS (SELECT 1 FROM \"MethodicalAssetMembers\" a WHERE a.\"PersonId\" = e.\"PersonId\" AND a.\"SchoolYear\" = @year)",
        ["staff.route_centre"] =
            "EXISTS (SELECT 1 FROM \"Routes\" r WHERE r.\"PersonId\" = e.\"PersonId\" AND r.\"BuiltAtCentre\" AND r.\"Status\" IN (2, 3, 4) " +
            "AND r.\"PlannedFrom\" <= @to AND r.\"PlannedTo\" >= @from)",
        ["staff.targeted_programmes"] =
            "EXISTS (SELECT 1 FROM \"Enrolments\" x JOIN \"Programmes\" pr ON pr.\"Id\" = x.\"ProgrammeId\" WHERE x.\"PersonId\" = e.\"PersonId\" " +
            "AND x.\"Status\" IN (2, 3) AND x.\"StartDate\" <= @to AND x.\"EndDate\" >= @from AND pr.\"Targeted\" AND pr.\"BuiltOnPreCourseDiagnostics\")",
        ["staff.registry_programmes"] = Completed("pr.\"InFederalRegistry\""),
        ["staff.retrained"] = Completed("pr.\"Kind\" = 2"),
        ["staff.retrained_pedagogical"] = Completed("pr.\"Kind\" = 2 AND pr.\"Pedagogical\""),
        ["staff.trained_distance"] = Completed("pr.\"Form\" = 3"),
        ["staff.trained_gia_experts"] = Completed("pr.\"ExpertTopic\" = 1"),
        ["staff.trained_attestation_experts"] = Completed("pr.\"ExpertTopic\" = 2"),
        ["staff.mentors_community"] = Member("5"),
        ["staff.network_communities"] = Member("2, 3, 4"),
        ["staff.young_first3"] = $"{Young} AND {FirstThreeYears}",
        ["staff.young_first3_supported"] = $"{Young} AND {FirstThreeYears} AND ({Mentee} OR {Member("6")})",
        ["staff.experience_lt1"] = "p.\"ExperienceSince\" > @exp1",
        ["staff.young_in_projects"] = $"{Young} AND {Member("6")}",
        ["staff.young_mentored"] = $"{Young} AND {Mentee}",
        ["staff.event_participants"] =
            "EXISTS (SELECT 1 FROM \"EventParticipations\" x JOIN \"MethodicalEvents\" ev ON ev.\"Id\" = x.\"EventId\" " +
            "WHERE x.\"PersonId\" = e.\"PersonId\" AND ev.\"Date\" BETWEEN @from AND @to)",
        ["staff.competition_participants"] =
            "EXISTS (SELECT 1 FROM \"CompetitionEntries\" x WHERE x.\"PersonId\" = e.\"PersonId\" AND x.\"SchoolYear\" = @year)",
        ["staff.with_deficits|nonsubject"] =
            "EXISTS (SELECT 1 FROM \"Deficits\" d JOIN \"DeficitTopics\" t ON t.\"Id\" = d.\"TopicId\" WHERE d.\"PersonId\" = e.\"PersonId\" " +
            $"AND t.\"Group\" <> 1 AND d.\"IdentifiedOn\" BETWEEN @from AND @to) AND {Diagnosed}",
    };

    private static readonly Dictionary<string, string> OrganisationConditions = new(StringComparer.Ordinal)
    {
        ["orgs.all"] = "1 = 1",
        ["orgs.schools"] = "o.\"Kind\" = 1",
        ["orgs.mentoring_model"] =
            "o.\"Kind\" = 1 AND EXISTS (SELECT 1 FROM \"OrganisationYearStatuses\" s WHERE s.\"OrganisationId\" = o.\"Id\" " +
            "AND s.\"SchoolYear\" = @year AND s.\"ImplementsMentoringModel\")",
        ["orgs.innovation"] =
            "EXISTS (SELECT 1 FROM \"OrganisationYearStatuses\" s WHERE s.\"OrganisationId\" = o.\"Id\" AND s.\"SchoolYear\" = @year AND s.\"InnovationLevel\" > 0)",
    };

    private static readonly Dictionary<string, string> ProgrammeConditions = new(StringComparer.Ordinal)
    {
        ["programmes.upskilling"] = "pr.\"Kind\" = 1",
        ["programmes.upskilling_elearning"] = "pr.\"Kind\" = 1 AND pr.\"ELearning\"",
        ["programmes.upskilling_stress"] = "pr.\"Kind\" = 1 AND pr.\"HasStressModule\"",
        ["programmes.upskilling_on_request"] = "pr.\"Kind\" = 1 AND pr.\"OnSchoolRequest\"",
    };

    private static readonly HashSet<string> CollectedElements = new(StringComparer.Ordinal)
    {
        "orgs.productive_methodical_system", "orgs.education_projects",
    };

    /// <summary>The element's values per unit of the level: <c>unit_id</c>, <c>v</c>.</summary>
    public static string Element(string element, UnitLevel level)
    {
        var unit = level switch
        {
            UnitLevel.Organisation => "pl.\"OrganisationId\"",
            UnitLevel.Municipality => "pl.\"MunicipalityId\"",
            _ => "m.\"RegionId\"",
        };
        string Placed(string organisation) =>
            $"JOIN \"OrganisationPlacements\" pl ON pl.\"OrganisationId\" = {organisation} AND pl.\"ValidFrom\" <= @ref AND (pl.\"ValidTo\" IS NULL OR pl.\"ValidTo\" > @ref)" +
            (level == UnitLevel.Region ? " JOIN \"Municipalities\" m ON m.\"Id\" = pl.\"MunicipalityId\"" : "");

        if (StaffConditions.TryGetValue(element, out var staff))
            return $"SELECT {unit} AS unit_id, COUNT(DISTINCT e.\"PersonId\") AS v FROM \"Employments\" e " +
                   (staff.Contains("p.\"", StringComparison.Ordinal) ? "JOIN \"People\" p ON p.\"Id\" = e.\"PersonId\" " : "") +
                   $"{Placed("e.\"OrganisationId\"")} WHERE {Staff} AND {staff} GROUP BY {unit}";
        if (OrganisationConditions.TryGetValue(element, out var organisation))
            return $"SELECT {unit} AS unit_id, COUNT(*) AS v FROM \"Organisations\" o {Placed("o.\"Id\"")} WHERE {organisation} GROUP BY {unit}";
        if (ProgrammeConditions.TryGetValue(element, out var programme))
            return $"SELECT {unit} AS unit_id, COUNT(DISTINCT pr.\"Id\") AS v FROM \"Enrolments\" x JOIN \"Programmes\" pr ON pr.\"Id\" = x.\"ProgrammeId\" " +
                   $"{Placed("x.\"OrganisationId\"")} WHERE x.\"Status\" IN (2, 3) AND x.\"StartDate\" <= @to AND x.\"EndDate\" >= @from AND {programme} GROUP BY {unit}";
        if (CollectedElements.Contains(element))
            return $"SELECT {unit} AS unit_id, SUM(v.\"Value\") AS v FROM \"CollectedValues\" v JOIN \"CollectionSubmissions\" s ON s.\"Id\" = v.\"SubmissionId\" " +
                   $"JOIN \"CollectionRequests\" q ON q.\"Id\" = s.\"RequestId\" {Placed("s.\"OrganisationId\"")} " +
                   $"WHERE v.\"ElementCode\" = '{element}' AND v.\"Value\" IS NOT NULL AND s.\"Status\" = 3 AND q.\"SchoolYear\" = @year GROUP BY {unit}";
        return element switch
        {
            "vacancies.teachers" =>
                $"SELECT {unit} AS unit_id, SUM(v.\"Count\") AS v FROM \"Vacancies\" v JOIN \"Subjects\" s ON s.\"Id\" = v.\"SubjectId\" " +
                $"{Placed("v.\"OrganisationId\"")} WHERE v.\"SchoolYear\" = @year GROUP BY {unit}",
            "events.network" => NetworkEvents(level, unit, Placed("ev.\"OrganiserOrganisationId\"")),
            _ => throw new ArgumentException($"No hand-written SQL for {element}.", nameof(element)),
        };
    }

    /// <summary>Events organised by an organisation count where it is placed; a municipality's own events count in that
    /// municipality and its region (not at organisation level).</summary>
    private static string NetworkEvents(UnitLevel level, string unit, string placed)
    {
        const string network = "ev.\"IsNetwork\" AND ev.\"Date\" BETWEEN @from AND @to";
        var byOrganisations = $"SELECT {unit} AS unit_id, ev.\"Id\" AS id FROM \"MethodicalEvents\" ev {placed} WHERE {network}";
        var own = level switch
        {
            UnitLevel.Organisation => null,
            UnitLevel.Municipality =>
                "SELECT ev.\"MunicipalityId\" AS unit_id, ev.\"Id\" AS id FROM \"MethodicalEvents\" ev " +
                $"WHERE ev.\"OrganiserOrganisationId\" IS NULL AND ev.\"MunicipalityId\" IS NOT NULL AND {network}",
            _ => "SELECT m.\"RegionId\" AS unit_id, ev.\"Id\" AS id FROM \"MethodicalEvents\" ev JOIN \"Municipalities\" m ON m.\"Id\" = ev.\"MunicipalityId\" " +
                 $"WHERE ev.\"OrganiserOrganisationId\" IS NULL AND {network}",
        };
        return $"SELECT x.unit_id, COUNT(DISTINCT x.id) AS v FROM ({byOrganisations}{(own is null ? "" : " UNION ALL " + own)}) x GROUP BY x.unit_id";
    }
}
