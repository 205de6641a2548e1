using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using EduCycle.Engine.Calendar;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Indicators;
using EduCycle.Web.Features.Indicators.Api;
using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace EduCycle.Cli.Commands;

/// <summary>
/// <c>educycle indicators compute [--unit CODE] [--period 2025/26] [--level organisation|municipality|region]
/// [--format csv|json] [--indicator CODE…]</c>: numerator, denominator and value of every indicator in force (or the named
/// ones) per unit, as the system sees them. Exit code 1 for an unknown unit, indicator or period.
/// </summary>
internal static class IndicatorsCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static Command Create() => new("indicators", "Показатели: расчёт значений по подразделениям") { Compute() };

    private static Command Compute()
    {
        var unit = new Option<string?>("--unit") { Description = "Код региона, муниципалитета или организации (по умолчанию все подразделения уровня)" };
        var period = new Option<string?>("--period") { Description = "Учебный год, например 2025/26 (по умолчанию текущий)" };
        var level = new Option<string?>("--level") { Description = "organisation, municipality или region (по умолчанию municipality; с --unit муниципалитета organisation — его организации)" };
        level.AcceptOnlyFromAmong("organisation", "municipality", "region");
        var format = new Option<string>("--format") { Description = "csv или json", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var indicators = new Option<string[]>("--indicator") { Description = "Коды показателей (по умолчанию все действующие)", AllowMultipleArgumentsPerToken = true };
        var command = new Command("compute", "Рассчитать числитель, знаменатель и значение показателей по подразделениям")
        {
            unit, period, level, format, indicators,
        };
        CliHost.AddDatabaseOptions(command);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliHost.StartAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<EduCycleDbContext>();
            var year = SchoolYear.Containing(db.Scope.Today);
            if (parse.GetValue(period) is { } text && !SchoolYear.TryParse(text, out year))
                return Fail($"Неверный учебный год «{text}»: укажите, например, 2025/26.");

            var catalog = new IndicatorCatalog(db);
            var inForce = await catalog.InForceAsync(year.StartYear, ct);
            var wanted = parse.GetValue(indicators) ?? [];
            if (wanted.FirstOrDefault(code => inForce.All(d => d.Code != code)) is { } unknown)
                return Fail($"Нет показателя с кодом «{unknown}», действующего в {year} учебном году.");
            var definitions = wanted.Length == 0 ? inForce : inForce.Where(d => wanted.Contains(d.Code)).ToList();

            var work = new IndicatorWork(db);
            var resolver = work.Units;
            var requestedLevel = parse.GetValue(level) is { } l ? Enum.Parse<UnitLevel>(l, ignoreCase: true) : (UnitLevel?)null;
            UnitQuery query;
            if (parse.GetValue(unit) is { } code)
            {
                if (await resolver.FindAsync(code, ct) is not { } found)
                    return Fail($"Нет региона, муниципалитета или организации с кодом «{code}».");
                if (requestedLevel is null || requestedLevel == found.Level) query = new UnitQuery(found.Level, OnlyUnit: found.Id);
                else if (requestedLevel == UnitLevel.Organisation && found.Level == UnitLevel.Municipality)
                    query = new UnitQuery(UnitLevel.Organisation, WithinMunicipality: found.Id);
                else return Fail($"«{code}» — {LevelName(found.Level)}; с --unit уровень --level может быть тем же или organisation для муниципалитета.");
            }
            else query = new UnitQuery(requestedLevel ?? UnitLevel.Municipality);

            var codes = await resolver.CodesAsync(query.Level, null, ct);
            var rows = new List<IndicatorApi.ValueRow>();
            foreach (var definition in definitions)
            {
                foreach (var v in await work.Values.ComputeAsync(definition, query, year.StartYear, null, ct))
                    rows.Add(new IndicatorApi.ValueRow(definition.Code, definition.Version, year.ToString(), query.Level,
                        codes.GetValueOrDefault(v.UnitId, ""), v.UnitName, v.Breakdown, v.Numerator, v.Denominator, v.Value));
            }
            Console.Out.Write(parse.GetValue(format) == "json" ? JsonSerializer.Serialize(rows, Json) + "\n" : Csv(rows));
            return 0;
        });
        return command;
    }

    /// <summary>Semicolon-separated, a header line first, numbers with a point and at most four decimals.</summary>
    private static string Csv(IEnumerable<IndicatorApi.ValueRow> rows)
    {
        var csv = new StringBuilder("indicator;version;period;level;unit_code;unit_name;breakdown;numerator;denominator;value\n");
        foreach (var r in rows)
        {
            csv.AppendJoin(';', r.Indicator, r.Version.ToString(CultureInfo.InvariantCulture), r.Period, r.Level.ToString().ToLowerInvariant(),
                Quote(r.UnitCode), Quote(r.UnitName), Quote(r.Breakdown ?? ""), Number(r.Numerator), Number(r.Denominator), Number(r.Value)).Append('\n');
        }
        return csv.ToString();
    }

    private static string Quote(string text) =>
        text.IndexOfAny([';', '"', '\n', '\r']) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Number(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";

    private static string LevelName(UnitLevel level) => level switch
    {
        UnitLevel.Organisation => "организация",
        UnitLevel.Municipality => "муниципалитет",
        _ => "регион",
    };

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
}
