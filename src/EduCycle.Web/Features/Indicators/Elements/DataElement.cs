using EduCycle.Engine.Indicators;

namespace EduCycle.Web.Features.Indicators.Elements;

/// <summary>A data element («элемент данных»): a count or sum per organisation × period × disaggregation.</summary>
/// <param name="Origin">Derived from records by SQL, or collected through monitoring forms.</param>
public sealed record DataElement(string Code, string Name, string Unit, RecordKind Records, ElementOrigin Origin, SqlElement Sql);

public enum ElementOrigin
{
    Derived = 1,
    Collected = 2,
}
