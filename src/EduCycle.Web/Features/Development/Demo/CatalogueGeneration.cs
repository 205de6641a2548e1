using EduCycle.Engine.Development;
using EduCycle.Web.Features.Development.Diagnostics;
using EduCycle.Web.Features.Development.Programmes;

namespace EduCycle.Web.Features.Development.Demo;

internal sealed partial class DevelopmentGenerator
{
    private void Catalogue(IReadOnlyDictionary<string, DeficitTopic> existingTopics, IReadOnlyDictionary<string, Provider> existingProviders)
    {
        foreach (var (code, topic) in existingTopics) topicsByCode[code] = topic;

        var providers = DemoCatalogue.Providers.Select(p => (Info: p, Entity: existingProviders.GetValueOrDefault(p.Name) ?? NewProvider(p))).ToList();
        var weights = providers.Select(p => p.Info.Weight).ToList();
        var counters = new Dictionary<string, int>();
        for (var i = 0; i < DemoCatalogue.ProgrammeCount; i++)
        {
            var template = DemoCatalogue.Templates[i % DemoCatalogue.Templates.Count];
            var (info, provider) = i < DemoCatalogue.Templates.Count && template.Kind == ProgrammeKind.Retraining
                ? providers[random.Chance(0.7) ? 0 : 1]
                : providers[random.PickWeighted(weights)];
            var number = counters[info.Short] = counters.GetValueOrDefault(info.Short) + 1;
            programmes.Add(NewProgramme(template, info, provider, number));
        }
    }

    private Provider NewProvider(DemoCatalogue.ProviderInfo info)
    {
        var provider = new Provider { Id = batch.Id<Provider>(), Name = info.Name, Group = info.Group };
        batch.Providers.Add(provider);
        return provider;
    }

    /// <summary>
    /// Flags follow seed 004 ch.4 (S4-T3…T5, ЛОИРО 2020): 88.7 % of ПК programmes built on pre-course diagnostics,
    /// 84 % with diagnostic modules and with growth-stimulating modules, all ПП programmes pedagogical;
    /// other providers less often.
    /// </summary>
    private Programme NewProgramme(DemoCatalogue.ProgrammeTemplate template, DemoCatalogue.ProviderInfo info, Provider provider, int number)
    {
        var regional = info.Group == ProviderGroup.RegionalInstitute;
        var retraining = template.Kind == ProgrammeKind.Retraining;
        var form = (StudyForm)(1 + random.PickWeighted(regional ? [30, 15, 35, 20] : [15, 10, 60, 15]));
        var modules = random.Chance(regional ? 0.84 : 0.45)
            ? DiagnosticModules.Entry | DiagnosticModules.Exit | (random.Chance(0.6) ? DiagnosticModules.Current : DiagnosticModules.None)
            : DiagnosticModules.None;
        var start = world.Years[0].StartYear;
        var offeredFrom = random.Chance(0.7) ? (int?)null : start + random.Between(0, 2);
        var programme = new Programme
        {
            Id = batch.Id<Programme>(),
            Code = $"{info.Short}-{number:000}",
            Name = template.Title,
            ProviderId = provider.Id,
            Kind = template.Kind,
            Hours = retraining ? random.Pick([250, 300, 520]) : random.Pick([16, 24, 36, 36, 72, 72, 108]),
            Form = form,
            ELearning = form is StudyForm.Distance or StudyForm.Blended || random.Chance(0.1),
            InFederalRegistry = random.Chance(regional ? 0.35 : 0.2),
            HasStressModule = template.Topics.Contains("psy-burnout") || random.Chance(0.15),
            DiagnosticModules = modules,
            BuiltOnPreCourseDiagnostics = !retraining && random.Chance(regional ? 0.887 : 0.5),
            Targeted = random.Chance(regional ? 0.45 : 0.2),
            StimulatesGrowth = random.Chance(regional ? 0.84 : 0.4),
            Pedagogical = retraining && (regional || random.Chance(0.9)),
            OnSchoolRequest = regional && random.Chance(0.25),
            ExpertTopic = template.Expert,
            Groups = template.Groups,
            SubjectId = template.Subject is null ? null : world.Subjects.GetValueOrDefault(template.Subject) is var s and > 0 ? s : null,
            Annotation = $"Программа {(retraining ? "профессиональной переподготовки" : "повышения квалификации")} «{template.Title}». " +
                         $"Адресована педагогическим работникам общеобразовательных организаций Ленинградской области.",
            OfferedFrom = offeredFrom,
        };
        batch.Programmes.Add(programme);
        foreach (var code in template.Topics.Distinct())
        {
            var topic = topicsByCode[code];
            batch.ProgrammeTopics.Add(new ProgrammeTopic { ProgrammeId = programme.Id, TopicId = topic.Id });
            if (!programmesByTopic.TryGetValue(topic.Id, out var list)) programmesByTopic[topic.Id] = list = [];
            list.Add(programme);
        }
        return programme;
    }

    /// <summary>The topics of <paramref name="group"/> a teacher of <paramref name="subjectId"/> can lack.</summary>
    private List<DeficitTopic> TopicsFor(CompetencyGroup group, int? subjectId) =>
        topicsByCode.Values.Where(t => t.Group == group && (t.SubjectId == null || t.SubjectId == subjectId)).OrderBy(t => t.Code, StringComparer.Ordinal).ToList();
}
