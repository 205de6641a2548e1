using EduCycle.Engine.Calendar;
using EduCycle.Web.Features.Development.Mentoring;

namespace EduCycle.Web.Features.Development.Demo;

internal sealed partial class DevelopmentGenerator
{
    private static readonly string[] MeetingTopics =
    [
        "Знакомство, диагностика затруднений, составление плана", "Планирование уроков и рабочая программа", "Посещение урока наставника",
        "Анализ посещённого урока молодого педагога", "Дисциплина и организация работы класса", "Формирующее оценивание на уроке",
        "Работа с родителями: подготовка к родительскому собранию", "Подготовка открытого урока", "Ведение электронного журнала и документации",
        "Подведение итогов, самоанализ",
    ];

    private readonly HashSet<(int Mentor, int Community)> mentorsJoined = [];

    /// <summary>Schools (by school year) where mentoring pairs worked: they implement the mentoring target model.</summary>
    public HashSet<(int Organisation, int Year)> MentoringSchools { get; } = [];

    /// <summary>Each year more than half of the young teachers get a mentor from their school with at least ten years of experience.</summary>
    private void Mentoring()
    {
        foreach (var year in world.Years)
        {
            var on = Min(year.Start.AddDays(30), Yesterday);
            var current = year == world.Current;
            foreach (var mentee in world.Teachers)
            {
                var demo = current && mentee.Id == world.DemoTeacherId;
                if (!demo && !mentee.IsYoungAt(on) || mentee.SchoolAt(on) is not { } school) continue;
                if (!demo && !random.Chance(school == world.DemoSchoolId ? 0.8 : 0.55)) continue;
                var mentors = teachersBySchool[school]
                    .Where(t => t.Id != mentee.Id && t.SchoolAt(on) == school && t.ExperienceYearsAt(on) >= 10)
                    .OrderByDescending(t => t.SubjectId == mentee.SubjectId).ThenBy(t => t.Id).Take(3).ToList();
                if (mentors.Count == 0) continue;
                AddPair(year, current, mentee, random.Pick(mentors), school);
            }
        }
    }

    private void AddPair(SchoolYear year, bool current, DemoTeacher mentee, DemoTeacher mentor, int school)
    {
        var from = Min(year.Start.AddDays(random.Between(10, 40)), Yesterday);
        var status = current ? MentoringStatus.Active : random.Chance(0.9) ? MentoringStatus.Completed : MentoringStatus.Terminated;
        var pair = new MentoringPair
        {
            Id = batch.Id<MentoringPair>(), MentorId = mentor.Id, MenteeId = mentee.Id, OrganisationId = school,
            Form = (MentoringForm)(1 + random.PickWeighted([85, 5, 10])), From = from, To = new DateOnly(year.StartYear + 1, 6, 30), Status = status,
            Plan = "Адаптация в коллективе; планирование и анализ уроков; формирующее оценивание; работа с родителями; подготовка открытого урока.",
            Outcome = status switch
            {
                MentoringStatus.Completed => random.Pick(["Молодой педагог самостоятельно проектирует и анализирует уроки; провёл открытый урок.",
                    "План выполнен; рекомендовано участие в конкурсе «Педагогический дебют».", "Затруднения в дисциплине класса преодолены; план выполнен."]),
                MentoringStatus.Terminated => "Пара расформирована: педагог сменил место работы.",
                _ => null,
            },
        };
        batch.Pairs.Add(pair);
        MentoringSchools.Add((school, year.StartYear));
        var last = Min(status == MentoringStatus.Terminated ? from.AddDays(random.Between(60, 150)) : pair.To, Yesterday);
        var n = 0;
        for (var date = from.AddDays(random.Between(0, 7)); date <= last; date = date.AddDays(random.Between(24, 38)))
            batch.Meetings.Add(new MentoringMeeting
            {
                Id = batch.Id<MentoringMeeting>(), PairId = pair.Id, Date = date, Topic = MeetingTopics[n++ % MeetingTopics.Length],
                Notes = random.Chance(0.3) ? "Даны рекомендации; следующая встреча — по плану." : null,
            });
        var community = mentorsCommunities[world.MunicipalityOf(school)];
        if (mentorsJoined.Add((mentor.Id, community.Id)))
            Join(community, mentor.Id, from, null);
    }
}
