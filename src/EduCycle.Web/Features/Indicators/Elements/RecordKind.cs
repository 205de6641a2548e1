namespace EduCycle.Web.Features.Indicators.Elements;

/// <summary>What the <c>record_id</c> of a data element's rows identifies: the drill-down lists these records.</summary>
public enum RecordKind
{
    Person = 1,
    Organisation = 2,
    Programme = 3,
    MethodicalEvent = 4,
    Vacancy = 5,
    Assessment = 6,
    CollectedValue = 7,
}
