using EduCycle.Engine.Calendar;
using EduCycle.Engine.Development;
using EduCycle.Web.Features.Development.Diagnostics;

namespace EduCycle.Web.Features.Development.Demo;

internal sealed partial class DevelopmentGenerator
{
    private sealed record Diagnosis(DiagnosticResult Result, DiagnosticCampaign Campaign, DemoTeacher Teacher, int YearIndex,
        Dictionary<CompetencyGroup, decimal> Scores, List<Deficit> Deficits);

    private static readonly CompetencyGroup[] DiagnosedGroups =
        [CompetencyGroup.Subject, CompetencyGroup.Methodical, CompetencyGroup.PsychoPedagogical, CompetencyGroup.Communicative];

    private static readonly string[] NotDiagnosedSubjects = ["preschool", "addedu"];

    private readonly List<Diagnosis> diagnoses = [];
    private readonly Dictionary<int, double> abilities = [];
    private readonly Dictionary<(CompetencyGroup, int?), List<DeficitTopic>> topicCache = [];

    private void Diagnostics(SchoolYear year)
    {
        var index = world.Years.ToList().IndexOf(year);
        var campaign = new DiagnosticCampaign
        {
            Id = batch.Id<DiagnosticCampaign>(),
            Name = $"Диагностика профессиональных дефицитов педагогических работников Ленинградской области, {YearText(year)} уч. год",
            StartDate = new DateOnly(year.StartYear, 10, 1),
            EndDate = new DateOnly(year.StartYear, 12, 20),
            Groups = DiagnosedGroups.Aggregate(CompetencyGroups.None, (set, g) => set | CompetencyGroupSets.Of(g)),
            SufficientLevel = 95m,
            UnsatisfactoryLevel = 50m,
            CreatedAt = At(new DateOnly(year.StartYear, 9, 15)),
            CreatedBy = Methodist,
        };
        batch.Campaigns.Add(campaign);
        batch.CampaignSubjects.AddRange(world.Subjects.Where(s => !NotDiagnosedSubjects.Contains(s.Key)).OrderBy(s => s.Value)
            .Select(s => new DiagnosticCampaignSubject { CampaignId = campaign.Id, SubjectId = s.Value }));
        var last = Min(campaign.EndDate, Yesterday);
        if (last < campaign.StartDate) return;

        double[] participation = [0.45, 0.55, 0.42];
        foreach (var teacher in world.Teachers)
        {
            var isDemoTeacher = teacher.Id == world.DemoTeacherId;
            var takenOn = random.DateBetween(campaign.StartDate, last);
            var school = teacher.SchoolAt(takenOn);
            var chance = school == world.DemoSchoolId ? 0.95 : participation[index];
            if (!random.Chance(chance) && !isDemoTeacher || school is null) continue;
            var scores = isDemoTeacher && index == world.Years.Count - 1
                ? new Dictionary<CompetencyGroup, decimal>
                {
                    [CompetencyGroup.Subject] = 62.5m, [CompetencyGroup.Methodical] = 58m,
                    [CompetencyGroup.PsychoPedagogical] = 71.5m, [CompetencyGroup.Communicative] = 83m,
                }
                : DrawScores(teacher, index);
            diagnoses.Add(AddResult(campaign, teacher, index, school.Value, takenOn, 1, null, scores));
        }
    }

    /// <summary>
    /// Percent per group from a stable ability plus noise; a teacher improves a little year on year. The subject group centres
    /// on 74 % (σ ≈ 15): about 8 % reach the seed's 95 % and about 5 % fall below the 50 % unsatisfactory level.
    /// </summary>
    private Dictionary<CompetencyGroup, decimal> DrawScores(DemoTeacher teacher, int yearIndex)
    {
        if (!abilities.TryGetValue(teacher.Id, out var ability)) abilities[teacher.Id] = ability = random.Normal(0, 1);
        decimal Score(double mean, double spread, double noise) =>
            Math.Round((decimal)Math.Clamp(mean + 2 * yearIndex + spread * ability + random.Normal(0, noise), 12, 100), 1);
        return new()
        {
            [CompetencyGroup.Subject] = Score(74, 11, 10),
            [CompetencyGroup.Methodical] = Score(70, 10, 11),
            [CompetencyGroup.PsychoPedagogical] = Score(68, 9, 12),
            [CompetencyGroup.Communicative] = Score(76, 7, 10),
        };
    }

    private Diagnosis AddResult(DiagnosticCampaign campaign, DemoTeacher teacher, int yearIndex, int school, DateOnly takenOn, int attempt,
        int? previous, Dictionary<CompetencyGroup, decimal> scores)
    {
        var subject = scores[CompetencyGroup.Subject];
        var outcome = subject >= campaign.SufficientLevel ? DiagnosticOutcome.Sufficient
            : subject < campaign.UnsatisfactoryLevel ? DiagnosticOutcome.Unsatisfactory
            : DiagnosticOutcome.Acceptable;
        var result = new DiagnosticResult
        {
            Id = batch.Id<DiagnosticResult>(),
            CampaignId = campaign.Id,
            PersonId = teacher.Id,
            OrganisationId = school,
            SubjectId = teacher.SubjectId,
            Attempt = attempt,
            PreviousResultId = previous,
            TakenOn = takenOn,
            Outcome = outcome,
            ConfirmedForAttestation = outcome == DiagnosticOutcome.Sufficient,
            RepeatRequired = outcome == DiagnosticOutcome.Unsatisfactory,
            Entry = random.Chance(0.85) ? DiagnosticEntry.Import : DiagnosticEntry.Manual,
            EnteredAt = At(takenOn.AddDays(random.Between(1, 7)), 12),
            EnteredBy = Methodist,
        };
        batch.Results.Add(result);
        batch.Scores.AddRange(scores.Select(s => new DiagnosticGroupScore { ResultId = result.Id, Group = s.Key, Percent = s.Value }));
        var deficits = attempt == 1 ? AddDeficits(result, teacher, scores) : [];
        return new Diagnosis(result, campaign, teacher, yearIndex, scores, deficits);
    }

    /// <summary>The lower a group's percent, the more named deficits in it: below 55 % two, below 68 % one or two, below 78 % maybe one.</summary>
    private List<Deficit> AddDeficits(DiagnosticResult result, DemoTeacher teacher, Dictionary<CompetencyGroup, decimal> scores)
    {
        var found = new List<Deficit>();
        foreach (var (group, percent) in scores)
        {
            var count = percent < 55 ? 2 : percent < 68 ? 1 + (random.Chance(0.3) ? 1 : 0) : percent < 78 && random.Chance(0.3) ? 1 : 0;
            var topics = TopicsOf(group, teacher.SubjectId);
            foreach (var topic in topics.OrderBy(_ => random.Next()).Take(Math.Min(count, topics.Count)))
                found.Add(NewDeficit(teacher.Id, topic, result.Id, DeficitKind.GeneralProfessional, DeficitSource.Diagnostic, result.TakenOn));
        }
        if (random.Chance(0.08))
        {
            var topics = TopicsOf(random.Pick(DiagnosedGroups), teacher.SubjectId);
            var topic = random.Pick(topics);
            if (found.All(d => d.TopicId != topic.Id))
                found.Add(NewDeficit(teacher.Id, topic, null, DeficitKind.Individual, random.Chance(0.7) ? DeficitSource.Questionnaire : DeficitSource.SelfAnalysis,
                    Min(result.TakenOn.AddDays(random.Between(0, 20)), Yesterday)));
        }
        return found;
    }

    private Deficit NewDeficit(int person, DeficitTopic topic, int? result, DeficitKind kind, DeficitSource source, DateOnly on)
    {
        var deficit = new Deficit
        {
            Id = batch.Id<Deficit>(), PersonId = person, TopicId = topic.Id, Topic = topic, ResultId = result, Kind = kind, Source = source, IdentifiedOn = on,
        };
        batch.Deficits.Add(deficit);
        return deficit;
    }

    private List<DeficitTopic> TopicsOf(CompetencyGroup group, int? subjectId)
    {
        if (!topicCache.TryGetValue((group, subjectId), out var topics)) topicCache[(group, subjectId)] = topics = TopicsFor(group, subjectId);
        return topics;
    }
}
