using System.Data.Common;
using System.Globalization;
using EduCycle.Web.Features.Indicators.Computation;

namespace EduCycle.Bench;

/// <summary>
/// The 31 indicators of the shipped pack (P01–P18, K01–K13) written by hand over <see cref="IndicatorsHandSql"/>:
/// each indicator runs its own element queries (no sharing between indicators, as the compiled queries do not share)
/// and combines them in C# with the expression language's rules: a missing element is 0, a division by 0 has no value.
/// </summary>
internal static class IndicatorsHandPack
{
    private sealed record Formula(IReadOnlyList<(string Element, int Offset)> Reads, Func<double[], double?> Numerator, Func<double[], double?>? Denominator);

    private const string Pedagogical = "staff.pedagogical";

    private static readonly Dictionary<string, Formula> Pack = new(StringComparer.Ordinal)
    {
        ["P01"] = Share("staff.diagnosed", Pedagogical),
        ["P02"] = Share("staff.route_centre", Pedagogical),
        ["P03"] = Share("staff.targeted_programmes", Pedagogical),
        ["P04"] = Share("staff.registry_programmes", Pedagogical),
        ["P05"] = Share("staff.retrained_pedagogical", "staff.retrained"),
        ["P06"] = Share("staff.trained_distance", Pedagogical),
        ["P07"] = Share("programmes.upskilling_elearning", "programmes.upskilling"),
        ["P08"] = Share("staff.trained_gia_experts", Pedagogical),
        ["P09"] = Share("staff.trained_attestation_experts", Pedagogical),
        ["P10"] = Share("programmes.upskilling_stress", "programmes.upskilling"),
        ["P11"] = Share("staff.methodical_asset", "staff.diagnosed_subject_methodical"),
        ["P12"] = Share("staff.mentors_community", Pedagogical),
        ["P13"] = Share("staff.young_first3_supported", "staff.young_first3"),
        ["P14"] = Share("orgs.mentoring_model", "orgs.schools"),
        ["P15"] = Share("staff.network_communities", Pedagogical),
        ["P16"] = new([("staff.teachers", 0), ("vacancies.teachers", 0), ("staff.teachers", -2), ("vacancies.teachers", -2)],
            v => Ratio(v[0], v[0] + v[1]) * 100 - Ratio(v[2], v[2] + v[3]) * 100, null),
        ["P17"] = new([("staff.experience_lt1", 0), ("staff.experience_lt1", -2)], v => v[0] - v[1], null),
        ["P18"] = new([("staff.young", 0), ("staff.young", -1)], v => v[0] - v[1], null),
        ["K01"] = Share("staff.diagnosed", Pedagogical),
        ["K02"] = Share("staff.with_deficits|nonsubject", "staff.diagnosed"),
        ["K03"] = Share("staff.targeted_programmes", Pedagogical),
        ["K04"] = Share("programmes.upskilling_on_request", "programmes.upskilling"),
        ["K05"] = Share("staff.event_participants", Pedagogical),
        ["K06"] = Share("staff.competition_participants", Pedagogical),
        ["K07"] = Share("orgs.productive_methodical_system", "orgs.schools"),
        ["K08"] = Share("orgs.innovation", "orgs.all"),
        ["K09"] = Share("orgs.education_projects", "orgs.schools"),
        ["K10"] = Share("staff.young_in_projects", "staff.young"),
        ["K11"] = Share("staff.young_mentored", "staff.young"),
        ["K12"] = Share("staff.network_communities", Pedagogical),
        ["K13"] = new([("events.network", 0)], v => v[0], null),
    };

    public static IEnumerable<string> Codes => Pack.Keys;

    /// <summary>The hand-written queries of an indicator at a level, in the formula's order (offsets aside).</summary>
    public static IEnumerable<string> Sql(string code, UnitLevel level) => Pack[code].Reads.Select(r => IndicatorsHandSql.Element(r.Element, level));

    /// <summary>The element values an indicator reads, per unit: one dictionary per read, in the formula's order.</summary>
    public static async Task<IReadOnlyList<Dictionary<int, double>>> ReadAsync(DbConnection connection, string code, UnitLevel level, int year, CancellationToken ct)
    {
        var reads = new List<Dictionary<int, double>>();
        foreach (var (element, offset) in Pack[code].Reads)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = IndicatorsHandSql.Element(element, level);
            command.CommandTimeout = 0;
            foreach (var name in new[] { "ref", "from", "to", "year", "born35", "exp1", "exp3" })
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@" + name;
                parameter.Value = PeriodParameters.Value(name, year + offset);
                command.Parameters.Add(parameter);
            }
            var values = new Dictionary<int, double>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                values[Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture)] =
                    reader.IsDBNull(1) ? 0 : Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture);
            reads.Add(values);
        }
        return reads;
    }

    /// <summary>Numerator, denominator and value of one unit from the reads.</summary>
    public static (double? Numerator, double? Denominator, double? Value) Of(string code, decimal factor, IReadOnlyList<Dictionary<int, double>> reads, int unit)
    {
        var formula = Pack[code];
        var v = reads.Select(r => r.GetValueOrDefault(unit)).ToArray();
        var numerator = formula.Numerator(v);
        var denominator = formula.Denominator?.Invoke(v);
        var f = (double)factor;
        var value = formula.Denominator is null ? f * numerator : f * numerator / (denominator == 0 ? null : denominator);
        return (numerator, denominator, value);
    }

    private static Formula Share(string numerator, string denominator) =>
        new([(numerator, 0), (denominator, 0)], v => v[0], v => v[1]);

    private static double? Ratio(double a, double b) => b == 0 ? null : a / b;
}
