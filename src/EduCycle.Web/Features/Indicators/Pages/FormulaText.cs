using System.Text.RegularExpressions;
using EduCycle.Web.Features.Indicators.Elements;

namespace EduCycle.Web.Features.Indicators.Pages;

/// <summary>An indicator expression for people: each element reference shown by the element's name.</summary>
public static partial class FormulaText
{
    public static string Readable(string expression, DataElementCatalog catalog) =>
        Reference().Replace(expression, m =>
        {
            var filter = m.Groups[2].Success ? " | " + m.Groups[2].Value.Trim() : "";
            return $"«{catalog.NameOf(m.Groups[1].Value.Trim())}{filter}»";
        });

    [GeneratedRegex(@"#\{\s*([^}|]+?)\s*(?:\|([^}]*))?\}")]
    private static partial Regex Reference();
}
