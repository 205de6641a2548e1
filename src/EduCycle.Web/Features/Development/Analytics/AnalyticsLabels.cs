using EduCycle.Web.Features.Development.Analytics;
using EduCycle.Engine.Development;
using EduCycle.Web.Features.Development.Routes;

namespace EduCycle.Web.Features.Development;

/// <summary>Russian names the analytics show (localizer keys on pages, cell text in exports).</summary>
public static partial class DevelopmentLabels
{
    /// <summary>The competency groups the analytics show, in the seed's order.</summary>
    public static readonly IReadOnlyList<CompetencyGroup> Groups =
        [CompetencyGroup.Subject, CompetencyGroup.Methodical, CompetencyGroup.PsychoPedagogical, CompetencyGroup.Communicative];
}
