using EduCycle.Engine.Development;
using EduCycle.Web.Features.Development.Diagnostics;
using EduCycle.Web.Features.Development.Enrolments;
using EduCycle.Web.Features.Development.Programmes;
using EduCycle.Web.Features.Development.Routes;

namespace EduCycle.Web.Features.Development.Demo;

internal sealed partial class DevelopmentGenerator
{
    private const string Head = "Директор (демо)";

    private static readonly RouteItemKind[] ActivityKinds =
    [
        RouteItemKind.Seminar, RouteItemKind.MasterClass, RouteItemKind.OpenLesson, RouteItemKind.Internship,
        RouteItemKind.Mentoring, RouteItemKind.SelfEducation, RouteItemKind.MethodicalAssociation,
    ];

    private static readonly double[] ActivityWeights = [25, 15, 12, 6, 10, 20, 12];

    private void Routes()
    {
        double[] routeChance = [0.8, 0.72, 0.55];
        foreach (var d in diagnoses.ToList())
        {
            if (d.Deficits.Count == 0) continue;
            var isDemoTeacher = d.Teacher.Id == world.DemoTeacherId && d.YearIndex == world.Years.Count - 1;
            var chance = d.Result.Outcome == DiagnosticOutcome.Unsatisfactory || isDemoTeacher ? 1
                : d.Result.OrganisationId == world.DemoSchoolId ? 0.85 : routeChance[d.YearIndex];
            if (!random.Chance(chance)) continue;
            var status = isDemoTeacher ? RouteStatus.InProgress : DrawStatus(d.YearIndex);
            AddRoute(d, status, isDemoTeacher);
        }
        IndependentEnrolments();
    }

    private RouteStatus DrawStatus(int yearIndex) => yearIndex switch
    {
        0 => (RouteStatus)random.PickWeighted([0, 6, 10, 78, 6]) + 1,
        1 => (RouteStatus)random.PickWeighted([5, 10, 35, 45, 5]) + 1,
        _ => (RouteStatus)random.PickWeighted([30, 30, 40, 0, 0]) + 1,
    };

    private void AddRoute(Diagnosis d, RouteStatus status, bool isDemoTeacher)
    {
        var created = Min(d.Result.TakenOn.AddDays(random.Between(3, 20)), Yesterday);
        var plannedFrom = created.AddDays(random.Between(7, 21));
        var route = new IndividualRoute
        {
            Id = batch.Id<IndividualRoute>(),
            PersonId = d.Teacher.Id,
            OrganisationId = d.Result.OrganisationId,
            BasedOnResultId = d.Result.Id,
            Status = status,
            BuiltAtCentre = random.Chance(0.6),
            PlannedFrom = plannedFrom,
            PlannedTo = plannedFrom.AddDays(random.Between(150, 270)),
            CreatedAt = At(created),
            CreatedBy = Methodist,
        };
        batch.Routes.Add(route);

        var path = new List<(RouteStatus To, DateOnly On)> { (RouteStatus.Draft, created) };
        var on = created;
        DateOnly Step(int min, int max)
        {
            var next = Min(on.AddDays(random.Between(min, max)), Yesterday);
            if (next > on) on = next;
            return on;
        }
        if (status != RouteStatus.Draft)
        {
            if (status != RouteStatus.Cancelled || random.Chance(0.6)) path.Add((RouteStatus.Approved, Step(2, 10)));
            if (status is RouteStatus.InProgress or RouteStatus.Completed || (status == RouteStatus.Cancelled && random.Chance(0.5)))
                path.Add((RouteStatus.InProgress, on = Max(on, Min(route.PlannedFrom, Yesterday))));
            if (status == RouteStatus.Completed) path.Add((RouteStatus.Completed, on = Max(on, Min(route.PlannedTo.AddDays(random.Between(-25, 20)), Yesterday))));
            if (status == RouteStatus.Cancelled) path.Add((RouteStatus.Cancelled, Step(20, 120)));
        }
        RouteStatus? from = null;
        foreach (var (to, at) in path)
        {
            batch.RouteChanges.Add(new RouteStatusChange
            {
                Id = batch.Id<RouteStatusChange>(), RouteId = route.Id, From = from, To = to, At = At(at, 11),
                By = to == RouteStatus.InProgress ? "Педагог (демо)" : Methodist,
                Reason = to == RouteStatus.Cancelled ? random.Pick(["Увольнение педагога", "Длительный больничный лист", "Отпуск по уходу за ребёнком"]) : null,
            });
            from = to;
        }
        var closedOn = path[^1].On;

        var order = 0;
        foreach (var deficit in d.Deficits.Take(4))
            AddItem(route, d, deficit.Topic!, ++order, closedOn);
        if (d.Teacher.IsYoungAt(d.Result.TakenOn) && random.Chance(0.6))
            AddActivity(route, ++order, RouteItemKind.Mentoring, null, null, "Работа с наставником по индивидуальному плану", closedOn);
        if (isDemoTeacher) AddUpcomingProgramme(route, d, ++order);

        if (status == RouteStatus.Completed) CloseWithRepeat(route, d, closedOn);
    }

    private void AddItem(IndividualRoute route, Diagnosis d, DeficitTopic topic, int order, DateOnly closedOn)
    {
        var school = world.Schools[d.Result.OrganisationId];
        if (programmesByTopic.TryGetValue(topic.Id, out var candidates) && random.Chance(0.55))
        {
            var programme = candidates.OrderByDescending(p => (p.Targeted ? 2 : 0) + (p.SubjectId == d.Teacher.SubjectId ? 2 : 0)
                + (school.IsRural && p.Form == StudyForm.Distance ? 1 : 0) + random.Next()).First();
            var item = AddActivity(route, order, RouteItemKind.Programme, topic, programme.Id, programme.Name, closedOn, 14, 60);
            AddRouteEnrolment(route, item, programme);
            return;
        }
        var kind = ActivityKinds[random.PickWeighted(ActivityWeights)];
        AddActivity(route, order, kind, topic, null, $"{ActivityTitle(kind)}: {topic.Name}", closedOn);
    }

    private RouteItem AddActivity(IndividualRoute route, int order, RouteItemKind kind, DeficitTopic? topic, int? programme, string title,
        DateOnly closedOn, int minDays = 1, int maxDays = 90)
    {
        var from = random.DateBetween(route.PlannedFrom, route.PlannedTo.AddDays(-30));
        var to = Min(from.AddDays(random.Between(minDays, maxDays)), route.PlannedTo);
        var status = ItemStatus(route.Status, from, to);
        var item = new RouteItem
        {
            Id = batch.Id<RouteItem>(), RouteId = route.Id, Order = order, Kind = kind, TopicId = topic?.Id, Group = topic?.Group,
            ProgrammeId = programme, Title = title, PlannedFrom = from, PlannedTo = to, Status = status,
            DoneOn = status == RouteItemStatus.Done ? Min(Min(to, closedOn), Yesterday) : null,
            Evidence = status == RouteItemStatus.Done ? Evidence(kind) : null,
        };
        batch.RouteItems.Add(item);
        return item;
    }

    private RouteItemStatus ItemStatus(RouteStatus route, DateOnly from, DateOnly to) => route switch
    {
        RouteStatus.Completed => random.Chance(0.92) ? RouteItemStatus.Done : RouteItemStatus.Skipped,
        RouteStatus.Cancelled => to < world.Today && random.Chance(0.4) ? RouteItemStatus.Done : RouteItemStatus.Skipped,
        RouteStatus.InProgress when to < world.Today => random.Chance(0.75) ? RouteItemStatus.Done : RouteItemStatus.InProgress,
        RouteStatus.InProgress when from <= world.Today => RouteItemStatus.InProgress,
        _ => RouteItemStatus.Planned,
    };

    private static string ActivityTitle(RouteItemKind kind) => kind switch
    {
        RouteItemKind.Seminar => "Семинар",
        RouteItemKind.MasterClass => "Мастер-класс",
        RouteItemKind.OpenLesson => "Посещение и проведение открытых уроков",
        RouteItemKind.Internship => "Стажировка на инновационной площадке",
        RouteItemKind.Mentoring => "Консультации наставника",
        RouteItemKind.SelfEducation => "Самообразование",
        RouteItemKind.MethodicalAssociation => "Работа в методическом объединении",
        _ => "Обучение по ДПП",
    };

    private string Evidence(RouteItemKind kind) => kind switch
    {
        RouteItemKind.Programme => $"Удостоверение о повышении квалификации № {random.Between(100000, 999999)}",
        RouteItemKind.Seminar or RouteItemKind.MasterClass => "Сертификат участника",
        RouteItemKind.OpenLesson => "Технологическая карта урока и лист самоанализа",
        RouteItemKind.Internship => "Отчёт о стажировке",
        RouteItemKind.Mentoring => "Отчёт наставника",
        RouteItemKind.SelfEducation => "Отчёт о самообразовании",
        _ => "Выступление на заседании методического объединения",
    };

    /// <summary>The demo teacher's route always holds a programme starting soon, whose technical assignment is still to fill.</summary>
    private void AddUpcomingProgramme(IndividualRoute route, Diagnosis d, int order)
    {
        var topic = d.Deficits.Select(x => x.Topic!).FirstOrDefault(t => programmesByTopic.ContainsKey(t.Id));
        var programme = topic is null ? programmes[0] : programmesByTopic[topic.Id][0];
        var from = world.Today.AddDays(21);
        var item = new RouteItem
        {
            Id = batch.Id<RouteItem>(), RouteId = route.Id, Order = order, Kind = RouteItemKind.Programme, TopicId = topic?.Id, Group = topic?.Group,
            ProgrammeId = programme.Id, Title = programme.Name, PlannedFrom = from, PlannedTo = from.AddDays(28), Status = RouteItemStatus.Planned,
        };
        batch.RouteItems.Add(item);
        if (route.PlannedTo < item.PlannedTo) route.PlannedTo = item.PlannedTo.Value.AddDays(30);
        batch.Enrolments.Add(NewEnrolment(route.PersonId, programme.Id, route.OrganisationId, item.Id, from, from.AddDays(28), EnrolmentStatus.Planned));
    }

    private void AddRouteEnrolment(IndividualRoute route, RouteItem item, Programme programme)
    {
        EnrolmentStatus? status = (route.Status, item.Status) switch
        {
            (RouteStatus.Draft, _) => null,
            (_, RouteItemStatus.Done) => EnrolmentStatus.Completed,
            (_, RouteItemStatus.InProgress) => EnrolmentStatus.Studying,
            (RouteStatus.Cancelled, _) => random.Chance(0.5) ? EnrolmentStatus.Withdrawn : null,
            (_, RouteItemStatus.Skipped) => EnrolmentStatus.NotCompleted,
            _ => EnrolmentStatus.Planned,
        };
        if (status is null) return;
        var enrolment = NewEnrolment(route.PersonId, programme.Id, route.OrganisationId, item.Id, item.PlannedFrom!.Value, item.PlannedTo!.Value, status.Value);
        batch.Enrolments.Add(enrolment);
        Forms(enrolment, programme);
        if (status == EnrolmentStatus.Completed) item.Evidence = $"Удостоверение о повышении квалификации № {enrolment.CertificateNumber}";
    }

    private Enrolment NewEnrolment(int person, int programme, int organisation, int? item, DateOnly from, DateOnly to, EnrolmentStatus status)
    {
        var id = batch.Id<Enrolment>();
        return new Enrolment
        {
            Id = id, PersonId = person, ProgrammeId = programme, OrganisationId = organisation, RouteItemId = item, StartDate = from, EndDate = to,
            Status = status, CertificateNumber = status == EnrolmentStatus.Completed ? $"47{to.Year % 100:00}-{id:000000}" : null,
            CreatedAt = At(Min(from.AddDays(-random.Between(10, 40)), Yesterday)), CreatedBy = Methodist,
        };
    }

    /// <summary>Entry/repeat diagnostic control, the technical assignment (seed 003 appendix 1) and the course report (appendix 2).</summary>
    private void Forms(Enrolment enrolment, Programme programme)
    {
        var started = enrolment.Status is EnrolmentStatus.Studying or EnrolmentStatus.Completed or EnrolmentStatus.NotCompleted;
        if (started && programme.DiagnosticModules.HasFlag(DiagnosticModules.Entry))
            enrolment.EntryPercent = Math.Round((decimal)Math.Clamp(random.Normal(58, 12), 15, 95), 1);
        if (enrolment.Status == EnrolmentStatus.Completed && enrolment.EntryPercent is { } entry && programme.DiagnosticModules.HasFlag(DiagnosticModules.Exit))
            enrolment.RepeatPercent = Math.Min(100m, entry + random.Between(8, 32));

        if (started || random.Chance(0.5))
        {
            var signed = started && random.Chance(0.9);
            var submitted = signed || started || random.Chance(0.3);
            var written = At(Min(enrolment.StartDate.AddDays(-random.Between(3, 14)), Yesterday), 15);
            batch.TechnicalAssignments.Add(new TechnicalAssignment
            {
                EnrolmentId = enrolment.Id,
                DiplomaNumber = $"10{random.Between(10, 99)} {random.Between(100000, 999999)}",
                DiplomaDate = new DateOnly(random.Between(1990, 2020), 6, 30),
                Speciality = "Педагогическое образование",
                Competencies = programme.Groups,
                DifficultyDirections = submitted ? "Затруднения в " + string.Join("; ", programme.Groups.Members().Select(GroupDifficulty)) : null,
                Status = signed ? FormStatus.Signed : submitted ? FormStatus.Submitted : FormStatus.Draft,
                SubmittedAt = submitted ? written : null,
                SignedByHeadAt = signed ? written.AddDays(2) : null,
                SignedByHead = signed ? Head : null,
            });
        }
        if (enrolment.Status == EnrolmentStatus.Completed && random.Chance(0.75))
            batch.CourseReports.Add(new CourseReport
            {
                EnrolmentId = enrolment.Id,
                InternshipPlace = random.Chance(0.4) ? "МОУ «Гимназия» — региональная инновационная площадка" : null,
                InternshipHours = random.Chance(0.4) ? random.Pick([6, 8, 12]) : null,
                FinalAttestationForm = random.Pick(["Защита проекта", "Зачёт (тестирование)", "Защита методической разработки"]),
                CompetenciesImproved = programme.Groups,
                CompetenciesComment = "Освоены приёмы, которые применяются на уроках; разработаны материалы для работы с классом.",
                DisseminationRecommendation = random.Pick(["Выступление на заседании ШМО", "Открытый урок для коллег", "Мастер-класс на РМО"]),
                Status = FormStatus.Submitted,
                SubmittedAt = At(Min(enrolment.EndDate.AddDays(random.Between(2, 14)), Yesterday), 16),
            });
    }

    private static string GroupDifficulty(CompetencyGroup group) => group switch
    {
        CompetencyGroup.Subject => "решении задач повышенного уровня сложности по предмету",
        CompetencyGroup.Methodical => "применении современных методов обучения и оценивания",
        CompetencyGroup.PsychoPedagogical => "работе с обучающимися с особыми образовательными потребностями",
        CompetencyGroup.Communicative => "организации взаимодействия с родителями и коллегами",
        _ => "универсальных компетенциях",
    };

    /// <summary>The route closes with a repeat diagnostic: groups with deficits grow most, and the deficits it shows removed are resolved.</summary>
    private void CloseWithRepeat(IndividualRoute route, Diagnosis d, DateOnly on)
    {
        var lacking = d.Deficits.Select(x => x.Topic!.Group).ToHashSet();
        var scores = d.Scores.ToDictionary(s => s.Key, s => Math.Min(100m, s.Value + (lacking.Contains(s.Key) ? random.Between(8, 28) : random.Between(-3, 5))));
        var repeat = AddResult(d.Campaign, d.Teacher, d.YearIndex, d.Result.OrganisationId, on, 2, d.Result.Id, scores);
        route.ClosingResultId = repeat.Result.Id;
        foreach (var deficit in d.Deficits.Where(x => scores[x.Topic!.Group] >= 75))
            deficit.ResolvedOn = on;
    }

    /// <summary>Courses teachers take outside a route (the bulk of the S4-T2 grid).</summary>
    private void IndependentEnrolments()
    {
        foreach (var year in world.Years)
        {
            var index = world.Years.ToList().IndexOf(year);
            var offered = programmes.Where(p => p.OfferedFrom is null || p.OfferedFrom <= year.StartYear).ToList();
            foreach (var teacher in world.Teachers)
            {
                if (!random.Chance(0.12)) continue;
                var from = random.DateBetween(year.Start.AddDays(20), year.End.AddDays(-90));
                if (teacher.SchoolAt(from) is not { } school) continue;
                var programme = random.Pick(offered);
                var to = from.AddDays(programme.Kind == ProgrammeKind.Retraining ? random.Between(150, 280) : random.Between(7, 45));
                var status = to < world.Today ? (random.Chance(0.95) ? EnrolmentStatus.Completed : EnrolmentStatus.NotCompleted)
                    : from <= world.Today ? EnrolmentStatus.Studying : EnrolmentStatus.Planned;
                var enrolment = NewEnrolment(teacher.Id, programme.Id, school, null, from, to, status);
                batch.Enrolments.Add(enrolment);
                if (index == world.Years.Count - 1 || random.Chance(0.3)) Forms(enrolment, programme);
            }
        }
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
