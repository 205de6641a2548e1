using EduCycle.Engine.Development;
using EduCycle.Web.Features.Development.Routes;

namespace EduCycle.Web.Features.Development.Analytics;

/// <summary>
/// One cell of the deficits heat map: teachers of a subject who took the entry diagnostic in the year, how many of them
/// had at least one named deficit in the competency group, and their mean percent in that group.
/// </summary>
public sealed record HeatCell(int? SubjectId, string Subject, CompetencyGroup Group, int Diagnosed, int WithDeficit, double MeanPercent)
{
    public double Share => Diagnosed == 0 ? 0 : 100.0 * WithDeficit / Diagnosed;
}

/// <summary>Deficits of a municipality or a school: diagnosed teachers and, per competency group, how many had a deficit.</summary>
public sealed record AreaDeficits(int Id, string Name, int Diagnosed, int WithAnyDeficit, IReadOnlyDictionary<CompetencyGroup, int> WithDeficit)
{
    public double? Share(int count) => Diagnosed == 0 ? null : 100.0 * count / Diagnosed;
}

/// <summary>A teacher with deficits found in the year, none of them removed, and no active route.</summary>
public sealed record TeacherWithoutRoute(int PersonId, string FullName, string Organisation, string Municipality, int Deficits, DateOnly FirstIdentified);

/// <summary>An approved or running route past its planned end.</summary>
public sealed record OverdueRoute(int RouteId, int PersonId, string FullName, string Organisation, string Municipality, RouteStatus Status,
    DateOnly PlannedTo, int DaysOverdue, int Items, int ItemsDone);

/// <summary>Young teachers (under 35) of a municipality or a school and the support forms that reach them in the year.</summary>
public sealed record YoungCoverage(int Id, string Name, int Young, int WithMentor, int InYoungTeachersSchool, int Covered)
{
    public double? Share => Young == 0 ? null : 100.0 * Covered / Young;
}
