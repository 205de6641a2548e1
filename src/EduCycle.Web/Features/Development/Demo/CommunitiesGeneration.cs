using EduCycle.Engine.Calendar;
using EduCycle.Web.Features.Development.Communities;
using EduCycle.Web.Features.Development.Diagnostics;
using EduCycle.Web.Features.Development.Programmes;
using EduCycle.Web.Features.Registry;

namespace EduCycle.Web.Features.Development.Demo;

internal sealed partial class DevelopmentGenerator
{
    private static readonly (string Code, string Genitive)[] DistrictAssociationSubjects =
    [
        ("rus", "русского языка и литературы"), ("math", "математики"), ("prim", "начальных классов"),
        ("eng", "иностранного языка"), ("hist", "истории и обществознания"), ("phys", "физики"), ("bio", "биологии и химии"),
    ];

    private static readonly string[] Humanities = ["rus", "lit", "hist", "soc", "eng", "ger", "art", "mus"];

    private static readonly string[] NetworkCommunities =
    [
        "Региональное сетевое сообщество «Функциональная грамотность»", "Сетевое сообщество учителей-исследователей Ленинградской области",
        "Сетевое сообщество педагогов инклюзивного образования", "Сетевое сообщество «Цифровой учитель»",
    ];

    private static readonly (string Name, bool Young)[] CompetitionNames =
    [
        ("Учитель года", false), ("Педагогический дебют", true), ("Классный руководитель года", false),
        ("Учитель здоровья", false), ("Лучший педагог-наставник", false),
    ];

    private readonly Dictionary<int, Community> youngTeachersSchools = [];
    private readonly Dictionary<int, Community> mentorsCommunities = [];
    private readonly Dictionary<(int Municipality, int? Subject), Community> districtAssociations = [];
    private readonly Dictionary<int, List<DemoTeacher>> teachersBySchool = [];

    private void Communities()
    {
        foreach (var teacher in world.Teachers)
            foreach (var school in teacher.Jobs.Select(j => j.OrganisationId).Distinct())
            {
                if (!teachersBySchool.TryGetValue(school, out var list)) teachersBySchool[school] = list = [];
                list.Add(teacher);
            }
        var founded = world.Years[0].Start.AddYears(-4);
        foreach (var (id, (_, name)) in world.Municipalities)
        {
            foreach (var (code, genitive) in DistrictAssociationSubjects)
            {
                var subject = world.Subjects.GetValueOrDefault(code);
                districtAssociations[(id, subject)] = NewCommunity($"РМО учителей {genitive} — {name}", CommunityKind.DistrictAssociation,
                    ActivityLevel.Municipal, id, null, subject, founded);
            }
            youngTeachersSchools[id] = NewCommunity($"Школа молодого педагога — {name}", CommunityKind.YoungTeachersSchool, ActivityLevel.Municipal, id, null, null, founded);
            mentorsCommunities[id] = NewCommunity($"Сообщество наставников — {name}", CommunityKind.MentorsCommunity, ActivityLevel.Municipal, id, null, null, founded.AddYears(2));
        }
        var network = NetworkCommunities.Select(n => NewCommunity(n, CommunityKind.NetworkCommunity, ActivityLevel.Regional, null, null, null, founded.AddYears(random.Between(0, 3)))).ToList();
        NewCommunity("Региональное учебно-методическое объединение в системе общего образования Ленинградской области", CommunityKind.RegionalAssociation,
            ActivityLevel.Regional, null, null, null, founded.AddYears(-3));

        foreach (var school in world.Schools.Values.OrderBy(s => s.Id))
            SchoolAssociations(school, founded);
        foreach (var teacher in world.Teachers)
        {
            var job = teacher.Jobs[^1];
            var municipality = world.MunicipalityOf(job.OrganisationId);
            if (districtAssociations.TryGetValue((municipality, teacher.SubjectId), out var rmo) && random.Chance(0.35))
                Join(rmo, teacher.Id, Max(job.From, rmo.CreatedOn), job.To);
            if (random.Chance(0.08))
                Join(random.Pick(network), teacher.Id, Max(job.From, world.Years[0].Start.AddDays(random.Between(0, 600))), null);
        }
        foreach (var year in world.Years)
            YoungTeachersSchool(year);
        foreach (var year in world.Years)
            Events(year);
        Competitions();
        Experts();
    }

    private void SchoolAssociations(DemoSchool school, DateOnly founded)
    {
        if (!teachersBySchool.TryGetValue(school.Id, out var staff)) return;
        var primary = world.Subjects.GetValueOrDefault("prim");
        var humanities = Humanities.Select(c => world.Subjects.GetValueOrDefault(c)).ToHashSet();
        foreach (var group in staff.GroupBy(t => t.SubjectId == primary ? 0 : humanities.Contains(t.SubjectId ?? 0) ? 1 : 2).OrderBy(g => g.Key))
        {
            var name = group.Key switch { 0 => "ШМО учителей начальных классов", 1 => "ШМО учителей гуманитарного цикла", _ => "ШМО учителей естественно-математического цикла" };
            var community = NewCommunity(name, CommunityKind.SchoolAssociation, ActivityLevel.School, school.MunicipalityId, school.Id, null, founded);
            var leader = true;
            foreach (var teacher in group)
                foreach (var job in teacher.Jobs.Where(j => j.OrganisationId == school.Id))
                {
                    Join(community, teacher.Id, Max(job.From, founded), job.To, leader ? MembershipRole.Leader : MembershipRole.Member);
                    leader = false;
                }
        }
    }

    /// <summary>About half of each year's young teachers attend their district's «Школа молодого педагога».</summary>
    private void YoungTeachersSchool(SchoolYear year)
    {
        var on = year.Start.AddDays(20);
        if (on > Yesterday) on = Yesterday;
        var current = year == world.Current;
        foreach (var teacher in world.Teachers)
        {
            if (!teacher.IsYoungAt(on) || teacher.SchoolAt(on) is not { } school) continue;
            var chance = school == world.DemoSchoolId ? 0.7 : 0.5;
            if (!random.Chance(chance)) continue;
            Join(youngTeachersSchools[world.MunicipalityOf(school)], teacher.Id, Min(year.Start.AddDays(random.Between(5, 40)), Yesterday), current ? null : year.End);
        }
    }

    private Community NewCommunity(string name, CommunityKind kind, ActivityLevel level, int? municipality, int? organisation, int? subject, DateOnly created)
    {
        var community = new Community
        {
            Id = batch.Id<Community>(), Name = name, Kind = kind, Level = level, MunicipalityId = municipality, OrganisationId = organisation,
            SubjectId = subject is > 0 ? subject : null, CreatedOn = created,
        };
        batch.Communities.Add(community);
        return community;
    }

    private void Join(Community community, int person, DateOnly from, DateOnly? to, MembershipRole role = MembershipRole.Member) =>
        batch.Memberships.Add(new CommunityMembership
        {
            Id = batch.Id<CommunityMembership>(), CommunityId = community.Id, PersonId = person, Role = role, ValidFrom = from, ValidTo = to,
        });

    private void Events(SchoolYear year)
    {
        var topics = topicsByCode.Values.OrderBy(t => t.Code, StringComparer.Ordinal).ToList();
        var schoolsByMunicipality = world.Schools.Values.GroupBy(s => s.MunicipalityId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.Id).ToList());
        foreach (var (municipality, schools) in schoolsByMunicipality.OrderBy(x => x.Key))
        {
            var teachers = schools.Where(s => teachersBySchool.ContainsKey(s.Id)).SelectMany(s => teachersBySchool[s.Id]).Distinct().ToList();
            var associations = districtAssociations.Where(x => x.Key.Municipality == municipality).Select(x => x.Value).OrderBy(c => c.Id).ToList();
            for (var i = 0; i < 10; i++)
            {
                var form = (EventForm)(1 + random.PickWeighted([30, 20, 20, 10, 10, 0, 0, 10]));
                var rmo = random.Chance(0.6) ? random.Pick(associations) : null;
                var topic = random.Pick(topics);
                var e = NewEvent($"{DevelopmentLabels.Of(form)}: {topic.Name}", form, ActivityLevel.Municipal, random.DateBetween(year.Start.AddDays(14), year.End.AddDays(-70)),
                    random.Pick(schools).Id, municipality, rmo, random.Chance(0.3), topic);
                Participants(e, teachers, 12, 40, municipality);
            }
        }
        var everyone = world.Teachers.ToList();
        for (var i = 0; i < 12; i++)
        {
            var form = (EventForm)(1 + random.PickWeighted([25, 10, 0, 15, 0, 25, 5, 20]));
            var topic = random.Pick(topics);
            var e = NewEvent($"{DevelopmentLabels.Of(form)} ЛОИРО: {topic.Name}", form, ActivityLevel.Regional, random.DateBetween(year.Start.AddDays(14), year.End.AddDays(-70)),
                null, null, null, random.Chance(0.5), topic);
            Participants(e, everyone, 30, 80, null);
        }
    }

    private MethodicalEvent NewEvent(string name, EventForm form, ActivityLevel level, DateOnly date, int? organiser, int? municipality, Community? community,
        bool network, DeficitTopic topic)
    {
        var e = new MethodicalEvent
        {
            Id = batch.Id<MethodicalEvent>(), Name = name, Form = form, Level = level, Date = date,
            EndDate = form is EventForm.Internship or EventForm.Conference ? date.AddDays(random.Between(1, 4)) : null,
            OrganiserOrganisationId = organiser, MunicipalityId = municipality, CommunityId = community?.Id, SubjectId = community?.SubjectId ?? topic.SubjectId,
            IsNetwork = network, OpenForRoutes = true,
        };
        batch.Events.Add(e);
        batch.EventTopics.Add(new EventTopic { EventId = e.Id, TopicId = topic.Id });
        return e;
    }

    /// <summary>Held events get participants working in the municipality (or the region) on the day; one to three of them speak.</summary>
    private void Participants(MethodicalEvent e, List<DemoTeacher> pool, int min, int max, int? municipality)
    {
        if (e.Date >= world.Today || pool.Count == 0) return;
        var chosen = new HashSet<int>();
        var count = random.Between(min, max);
        for (var attempt = 0; attempt < count * 2 && chosen.Count < count; attempt++)
        {
            var teacher = random.Pick(pool);
            var school = teacher.SchoolAt(e.Date);
            if (school is null || (municipality is not null && world.MunicipalityOf(school.Value) != municipality) || !chosen.Add(teacher.Id)) continue;
            batch.Participations.Add(new EventParticipation
            {
                Id = batch.Id<EventParticipation>(), EventId = e.Id, PersonId = teacher.Id,
                Role = chosen.Count <= 2 ? ParticipationRole.Speaker : ParticipationRole.Participant,
            });
        }
    }

    private void Competitions()
    {
        foreach (var year in world.Years)
        {
            var on = Min(year.Start.AddDays(60), Yesterday);
            foreach (var teacher in world.Teachers)
            {
                if (!random.Chance(0.02) || teacher.SchoolAt(on) is null) continue;
                var candidates = CompetitionNames.Where(c => c.Young == teacher.IsYoungAt(on) || !c.Young && random.Chance(0.3)).ToList();
                var (name, _) = candidates.Count > 0 ? random.Pick(candidates) : CompetitionNames[0];
                var level = (ActivityLevel)(2 + random.PickWeighted([80, 18, 2]));
                var result = (CompetitionResult)(1 + random.PickWeighted([60, 20, 12, 8]));
                batch.Competitions.Add(new CompetitionEntry
                {
                    Id = batch.Id<CompetitionEntry>(), PersonId = teacher.Id, SchoolYear = year.StartYear, Level = level, Result = result,
                    Competition = level == ActivityLevel.Federal ? $"Всероссийский конкурс «{name}»" : $"Конкурс профессионального мастерства «{name}»",
                });
            }
        }
    }

    private void Experts()
    {
        foreach (var teacher in world.Teachers)
        {
            if (teacher.ExperienceYearsAt(world.Today) < 8) continue;
            var kind = random.Chance(0.05) ? ExpertTopic.GiaCommission : random.Chance(0.02) ? ExpertTopic.AttestationExpert : ExpertTopic.None;
            if (kind == ExpertTopic.None) continue;
            var since = random.DateBetween(world.Years[0].Start.AddYears(-3), Yesterday);
            batch.Experts.Add(new ExpertQualification
            {
                Id = batch.Id<ExpertQualification>(), PersonId = teacher.Id, Kind = kind, SubjectId = kind == ExpertTopic.GiaCommission ? teacher.SubjectId : null,
                Since = since, ValidTo = kind == ExpertTopic.GiaCommission ? since.AddYears(3) : null,
            });
        }
    }

    /// <summary>The attestation history ends in each person's current category and date; holders of the highest category often held the first one before.</summary>
    private void Attestation()
    {
        foreach (var holder in world.CategoryHolders)
        {
            var previous = holder.Category == QualificationCategory.Highest ? random.Chance(0.6) : random.Chance(0.3);
            if (previous)
            {
                var earlier = holder.CategoryDate.AddYears(-5).AddDays(-random.Between(0, 60));
                batch.Attestations.Add(Attestation(holder.PersonId, QualificationCategory.First, earlier));
            }
            batch.Attestations.Add(Attestation(holder.PersonId, holder.Category, holder.CategoryDate));
        }
    }

    private AttestationRecord Attestation(int person, QualificationCategory category, DateOnly on) => new()
    {
        Id = batch.Id<AttestationRecord>(), PersonId = person, Category = category, DecidedOn = on, ValidTo = on.AddYears(5),
        OrderNumber = $"{random.Between(100, 3200)}-р",
    };

    /// <summary>Municipal methodical asset: in a third of the municipalities (and the demo one) teachers who passed the subject and methodical diagnostic, confirmed for the past years.</summary>
    private void Asset()
    {
        var confirming = world.Municipalities.Keys.OrderBy(id => id).Where((id, i) => i % 3 == 0 || id == world.DemoMunicipalityId).ToHashSet();
        foreach (var d in diagnoses.Where(d => d.Result.Attempt == 1 && d.YearIndex < world.Years.Count - 1))
        {
            var municipality = world.MunicipalityOf(d.Result.OrganisationId);
            if (!confirming.Contains(municipality) || d.Scores[Engine.Development.CompetencyGroup.Subject] < 85 || d.Scores[Engine.Development.CompetencyGroup.Methodical] < 80) continue;
            var year = world.Years[d.YearIndex];
            batch.Asset.Add(new MethodicalAssetMember
            {
                Id = batch.Id<MethodicalAssetMember>(), PersonId = d.Teacher.Id, MunicipalityId = municipality, SchoolYear = year.StartYear,
                ConfirmedAt = At(new DateOnly(year.StartYear + 1, 1, 20)), ConfirmedBy = "Муниципальная методическая служба (демо)",
            });
        }
    }
}
