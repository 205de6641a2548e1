using EduCycle.Engine.Development;

namespace EduCycle.Web.Features.Development;

/// <summary>Russian names of the competency groups, as the seeds name them («предметные», «методические»…).</summary>
public static partial class DevelopmentLabels
{
    public static string Of(CompetencyGroup group) => group switch
    {
        CompetencyGroup.Subject => "Предметные",
        CompetencyGroup.Methodical => "Методические",
        CompetencyGroup.PsychoPedagogical => "Психолого-педагогические",
        CompetencyGroup.Communicative => "Коммуникативные",
        CompetencyGroup.Universal => "Универсальные",
        _ => group.ToString(),
    };
}
