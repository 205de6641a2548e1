using System.Data.Common;
using EduCycle.Engine.Indicators;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Indicators.Elements;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Indicators.Computation;

/// <summary>Compiles indicator formulas with the engine and runs them on the database of the context.</summary>
public sealed class IndicatorCalculator(EduCycleDbContext db, ElementCatalogSource catalogs)
{
    public SqlDialect Dialect => db.Database.IsNpgsql() ? SqlDialect.Postgres : SqlDialect.Sqlite;

    public async Task<IReadOnlyList<IndicatorValue>> ComputeAsync(
        IndicatorFormula formula, UnitQuery units, int year, CancellationToken ct = default)
    {
        var catalog = await catalogs.GetAsync(ct);
        var map = UnitMaps.Build(units, db.Scope);
        var query = IndicatorCompiler.Compile(formula, catalog, map.Sql, Dialect);
        var values = new List<IndicatorValue>();
        await using var command = await CommandAsync(query, map, year, ct);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            values.Add(new IndicatorValue(
                Convert.ToInt32(reader.GetValue(0)),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                Number(reader, 2), formula.Denominator is null ? null : Number(reader, 3), Number(reader, 4)));
        }
        return values;
    }

    /// <summary>The ids of the records one element reference counts in one unit (and breakdown value).</summary>
    public async Task<IReadOnlyList<int>> RecordsAsync(
        ElementRef reference, UnitLevel level, int unitId, int year, string? breakdown, string? breakdownValue, CancellationToken ct = default)
    {
        var catalog = await catalogs.GetAsync(ct);
        var map = UnitMaps.Build(new UnitQuery(level, OnlyUnit: unitId), db.Scope);
        var query = IndicatorCompiler.CompileRecords(reference, catalog, map.Sql, breakdownValue is null ? null : breakdown, Dialect);
        var ids = new List<int>();
        await using var command = await CommandAsync(query, map, year, ct);
        AddParameter(command, "@unit", unitId);
        if (breakdownValue is not null) AddParameter(command, "@bk", breakdownValue);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(Convert.ToInt32(reader.GetValue(0)));
        return ids;
    }

    private static double? Number(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToDouble(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);

    private async Task<DbCommand> CommandAsync(CompiledQuery query, UnitMap map, int year, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        var command = connection.CreateCommand();
        command.CommandText = query.Sql;
        command.CommandTimeout = 600;
        foreach (var p in query.Parameters)
            AddParameter(command, p.Name, p.PeriodName is { } name ? PeriodParameters.Value(name, year + p.YearOffset) : p.Value!);
        foreach (var (name, value) in map.Parameters) AddParameter(command, name, value);
        return command;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
