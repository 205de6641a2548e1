using System.Globalization;
using System.Text.RegularExpressions;

namespace EduCycle.Engine.Indicators;

/// <summary>The parameters of one query being built, in order of first use.</summary>
internal sealed partial class QueryParameters
{
    private readonly List<QueryParameter> all = [];
    private readonly HashSet<string> periodNames = [];

    public IReadOnlyList<QueryParameter> All => all;

    /// <summary>Replaces every <c>{p:NAME}</c> by <c>@o{offset}_NAME</c> (<c>m</c> for minus: <c>@om1_ref</c>).</summary>
    public string BindPeriods(string sql, int offset) => Placeholder().Replace(sql, match =>
    {
        var period = match.Groups[1].Value;
        var name = string.Create(CultureInfo.InvariantCulture, $"@o{(offset < 0 ? "m" + -offset : offset.ToString(CultureInfo.InvariantCulture))}_{period}");
        if (periodNames.Add(name))
            all.Add(new QueryParameter(name, period, offset, null));
        return name;
    });

    public string Filter(string value)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"@f{all.Count(p => p.PeriodName is null) + 1}");
        all.Add(new QueryParameter(name, null, 0, value));
        return name;
    }

    [GeneratedRegex(@"\{p:([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
