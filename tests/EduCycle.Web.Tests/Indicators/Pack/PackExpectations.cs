using EduCycle.Web.Features.Indicators.Computation;
using EduCycle.Web.Features.Indicators.Definitions;

namespace EduCycle.Web.Tests.Indicators.Pack;

/// <summary>Computes pack indicators on <see cref="PackDataset"/> and compares them with hand-worked numbers.</summary>
public abstract class PackExpectations(PackDatasetFixture fixture) : IClassFixture<PackDatasetFixture>
{
    protected PackDatasetFixture Fixture { get; } = fixture;

    /// <summary>
    /// Checks numerator and denominator of each listed unit ("S1", "S2", "K", "S3", "M1", "M2", "R") and the value they
    /// imply: factor × num / den, factor × num without a denominator, none when the denominator is 0 or num is null.
    /// </summary>
    protected async Task ExpectAsync(string provider, string code, params (string Unit, double? Num, double? Den)[] expected) =>
        await ExpectAsync(provider, code, null, null, expected);

    protected async Task ExpectBreakdownAsync(
        string provider, string code, string breakdown, string unit, params (string Value, double? Num, double? Den)[] expected) =>
        await ExpectAsync(provider, code, breakdown, unit, expected);

    private async Task ExpectAsync(
        string provider, string code, string? breakdown, string? unit, (string Key, double? Num, double? Den)[] expected)
    {
        var (db, data) = await Fixture.OpenAsync(provider);
        await using var _ = db;
        var definition = await new IndicatorCatalog(db).InForceAsync(code, PackDataset.Year)
                         ?? throw new InvalidOperationException($"{code} is not in force");
        var values = IndicatorPackOnDemoTests.Values(db);
        var computed = new Dictionary<UnitLevel, IReadOnlyList<UnitValue>>();
        foreach (var (key, num, den) in expected)
        {
            var target = data[unit ?? key];
            if (!computed.TryGetValue(target.Level, out var rows))
                computed[target.Level] = rows = await values.ComputeAsync(definition, new UnitQuery(target.Level), PackDataset.Year, breakdown);
            var label = breakdown is null ? $"{code} {key}" : $"{code} {unit} {breakdown}={key}";
            var row = rows.SingleOrDefault(r => r.UnitId == target.Id && r.Breakdown == (breakdown is null ? null : key));
            Assert.True(row is not null, $"{label}: no value row computed");
            AssertClose(num, row.Numerator, label + " numerator");
            AssertClose(den, row.Denominator, label + " denominator");
            double? value = num is null || den == 0 ? null : den is null ? num * (double)definition.Factor : (double)definition.Factor * num / den;
            AssertClose(value, row.Value, label + " value");
        }
    }

    /// <summary>The breakdown values computed for one unit, in order.</summary>
    protected async Task<IReadOnlyList<string>> BreakdownValuesAsync(string provider, string code, string breakdown, string unit)
    {
        var (db, data) = await Fixture.OpenAsync(provider);
        await using var _ = db;
        var definition = (await new IndicatorCatalog(db).InForceAsync(code, PackDataset.Year))!;
        var rows = await IndicatorPackOnDemoTests.Values(db).ComputeAsync(definition, new UnitQuery(data[unit].Level), PackDataset.Year, breakdown);
        return rows.Where(r => r.UnitId == data[unit].Id).Select(r => r.Breakdown!).Order(StringComparer.Ordinal).ToList();
    }

    protected static void AssertClose(double? expected, double? actual, string what)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected == actual, $"{what}: expected {expected?.ToString() ?? "null"}, got {actual?.ToString() ?? "null"}");
            return;
        }
        Assert.True(Math.Abs(expected.Value - actual.Value) < 1e-6, $"{what}: expected {expected}, got {actual}");
    }
}
