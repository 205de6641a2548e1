using EduCycle.Web.Features.Identity;

namespace EduCycle.Web.Features.Indicators.Computation;

/// <summary>
/// The SQL mapping each organisation to its unit of the requested level on the period's census date, restricted to
/// what the scope may see. Aggregates of municipalities and of the region are visible to every non-teacher role
/// (they are the comparison base of every report); organisation-level values only inside the user's own scope.
/// </summary>
public static class UnitMaps
{
    private const string PlacedOnCensusDate = "pl.\"ValidFrom\" <= {p:ref} AND (pl.\"ValidTo\" IS NULL OR pl.\"ValidTo\" > {p:ref})";

    private const string Placed = "FROM \"OrganisationPlacements\" pl WHERE " + PlacedOnCensusDate;

    public static UnitMap Build(UnitQuery query, DataScope scope)
    {
        if (scope.Kind == ScopeKind.Self)
            throw new UnauthorizedAccessException("Показатели подразделений недоступны в личном кабинете педагога.");
        var parameters = new Dictionary<string, object>();
        var sql = query.Level switch
        {
            UnitLevel.Organisation =>
                $"SELECT pl.\"OrganisationId\" AS org_id, pl.\"OrganisationId\" AS unit_id {Placed}{OrganisationScope(query, scope, parameters)}",
            UnitLevel.Municipality =>
                $"SELECT pl.\"OrganisationId\" AS org_id, pl.\"MunicipalityId\" AS unit_id {Placed} " +
                "UNION ALL SELECT -m.\"Id\" AS org_id, m.\"Id\" AS unit_id FROM \"Municipalities\" m",
            UnitLevel.Region =>
                "SELECT pl.\"OrganisationId\" AS org_id, m.\"RegionId\" AS unit_id FROM \"OrganisationPlacements\" pl " +
                "JOIN \"Municipalities\" m ON m.\"Id\" = pl.\"MunicipalityId\" " +
                $"WHERE {PlacedOnCensusDate} " +
                "UNION ALL SELECT -m.\"Id\" AS org_id, m.\"RegionId\" AS unit_id FROM \"Municipalities\" m",
            _ => throw new ArgumentOutOfRangeException(nameof(query)),
        };
        if (query.OnlyUnit is { } unit)
        {
            parameters["@u_unit"] = unit;
            sql = $"SELECT um.org_id, um.unit_id FROM ({sql}) um WHERE um.unit_id = @u_unit";
        }
        return new UnitMap(sql, parameters);
    }

    private static string OrganisationScope(UnitQuery query, DataScope scope, Dictionary<string, object> parameters)
    {
        var where = "";
        if (query.WithinMunicipality is { } within)
        {
            parameters["@u_within"] = within;
            where += " AND pl.\"MunicipalityId\" = @u_within";
        }
        switch (scope.Kind)
        {
            case ScopeKind.Municipality:
                parameters["@u_muni"] = scope.MunicipalityId ?? -1;
                where += " AND pl.\"MunicipalityId\" = @u_muni";
                break;
            case ScopeKind.Organisation:
                parameters["@u_org"] = scope.OrganisationId ?? -1;
                where += " AND pl.\"OrganisationId\" = @u_org";
                break;
            case ScopeKind.Assigned:
                parameters["@u_user"] = scope.UserId ?? "";
                where += " AND pl.\"OrganisationId\" IN (SELECT ua.\"OrganisationId\" FROM \"UserAssignments\" ua WHERE ua.\"UserId\" = @u_user)";
                break;
        }
        return where;
    }
}

/// <summary>A unit map's SQL and its own parameters (named @u_…).</summary>
public sealed record UnitMap(string Sql, IReadOnlyDictionary<string, object> Parameters);
