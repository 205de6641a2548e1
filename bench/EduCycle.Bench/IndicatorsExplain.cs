using System.Data.Common;
using EduCycle.Engine.Indicators;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Definitions;
using EduCycle.Web.Features.Indicators.Elements;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Bench;

/// <summary>The PostgreSQL plans of one indicator: its compiled query, then each of its hand-written element queries.</summary>
internal static class IndicatorsExplain
{
    public static async Task PrintAsync(BenchDatabase database, string code, UnitLevel level, int year, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        if (!db.Database.IsNpgsql()) throw new ArgumentException("--explain needs --provider postgres.");
        var definition = await new IndicatorCatalog(db).InForceAsync(code, year, ct) ?? throw new ArgumentException($"No indicator {code} in force.");
        var catalog = await new ElementCatalogSource(db).GetAsync(ct);
        var map = UnitMaps.Build(new UnitQuery(level), DataScope.System());
        var query = IndicatorCompiler.Compile(IndicatorValues.Formula(definition), catalog, map.Sql, SqlDialect.Postgres);
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();

        Console.WriteLine($"== {code} at {level}: compiled\n{query.Sql}\n");
        var parameters = query.Parameters
            .Select(p => (p.Name, p.PeriodName is { } name ? PeriodParameters.Value(name, year + p.YearOffset) : p.Value!))
            .Concat(map.Parameters.Select(p => (p.Key, p.Value)));
        await ExplainAsync(connection, query.Sql, parameters, ct);

        foreach (var sql in IndicatorsHandPack.Sql(code, level))
        {
            Console.WriteLine($"== {code} at {level}: hand-written\n{sql}\n");
            await ExplainAsync(connection, sql,
                new[] { "ref", "from", "to", "year", "born35", "exp1", "exp3" }.Select(n => ("@" + n, PeriodParameters.Value(n, year))), ct);
        }
    }

    private static async Task ExplainAsync(DbConnection connection, string sql, IEnumerable<(string Name, object Value)> parameters, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN (ANALYZE, BUFFERS) " + sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) Console.WriteLine(reader.GetString(0));
        Console.WriteLine();
    }
}
