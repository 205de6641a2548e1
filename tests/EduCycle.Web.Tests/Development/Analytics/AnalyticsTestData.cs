using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Communities;
using EduCycle.Web.Features.Development.Diagnostics;
using EduCycle.Web.Features.Development.Mentoring;
using EduCycle.Web.Features.Development.Routes;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Development.Analytics;

/// <summary>
/// Professional-development rows over <see cref="TestRegion"/> for the 2025/26 school year, seen on <see cref="Today"/>.
/// Entry results (Subject / Methodical / Psycho-pedagogical / Communicative %, deficits by group):
/// P1 at A1, maths: 60/80/70/90, deficits Subject + Methodical (and a repeat attempt with a Communicative deficit);
/// P2 at A1, maths: 96/90/60/90, deficit Psycho-pedagogical; P4 at B1, Russian: 40/50/80/70, two Subject deficits + Communicative;
/// P5 at M, maths: 80/70/90/80, none; P6 at B1, maths: 70/66/76/86, Methodical. P1 also has a result and a deficit of 2024/25.
/// Routes: P2 in progress until 2026-01-31 (2 items, 1 done), P4 cancelled, P6 approved until 2026-06-30, P5 completed long ago.
/// Young (under 35): P1 (born 1995, mentee of P2 this year), P4 (1998, in B's «Школа молодого педагога»),
/// P5 (1999, mentee only last year); P3 (1996) is a preschool teacher, not a teacher.
/// </summary>
public static class AnalyticsTestData
{
    public static readonly DateOnly Today = new(2026, 3, 1);

    public static async Task SeedAsync(EduCycleDbContext db, TestRegion r)
    {
        var people = await db.People.ToDictionaryAsync(p => p.Id);
        people[r.P(1).Id].BirthDate = new DateOnly(1995, 5, 1);
        people[r.P(3).Id].BirthDate = new DateOnly(1996, 5, 1);
        people[r.P(4).Id].BirthDate = new DateOnly(1998, 5, 1);
        people[r.P(5).Id].BirthDate = new DateOnly(1999, 5, 1);
        var math = await db.Subjects.SingleAsync(s => s.Code == "math");
        var rus = await db.Subjects.SingleAsync(s => s.Code == "rus");

        DeficitTopic Topic(string code, CompetencyGroup group) => new() { Code = code, Name = $"Тема {code}", Group = group };
        var subjectA = Topic("S1", CompetencyGroup.Subject);
        var subjectB = Topic("S2", CompetencyGroup.Subject);
        var methodical = Topic("M1", CompetencyGroup.Methodical);
        var psycho = Topic("P1", CompetencyGroup.PsychoPedagogical);
        var communicative = Topic("C1", CompetencyGroup.Communicative);
        db.DeficitTopics.AddRange(subjectA, subjectB, methodical, psycho, communicative);

        DiagnosticCampaign Campaign(int year) => new()
        {
            Name = $"Диагностика {year}", StartDate = new DateOnly(year, 10, 1), EndDate = new DateOnly(year, 12, 20),
            Groups = CompetencyGroups.Subject | CompetencyGroups.Methodical | CompetencyGroups.PsychoPedagogical | CompetencyGroups.Communicative,
            CreatedBy = "test",
        };
        var current = Campaign(2025);
        var previous = Campaign(2024);
        db.DiagnosticCampaigns.AddRange(current, previous);
        await db.SaveChangesAsync();

        DiagnosticResult Result(DiagnosticCampaign c, int person, int organisation, int subject, DateOnly on, int attempt, params decimal[] scores) => new()
        {
            CampaignId = c.Id, PersonId = r.P(person).Id, OrganisationId = organisation, SubjectId = subject, TakenOn = on, Attempt = attempt,
            Outcome = DiagnosticOutcome.Acceptable, EnteredBy = "test",
            Scores = scores.Select((p, i) => new DiagnosticGroupScore { Group = (CompetencyGroup)(i + 1), Percent = p }).ToList(),
        };
        var r1 = Result(current, 1, r.A1.Id, math.Id, new DateOnly(2025, 10, 10), 1, 60, 80, 70, 90);
        var r1Repeat = Result(current, 1, r.A1.Id, math.Id, new DateOnly(2026, 1, 15), 2, 90, 90, 90, 40);
        var r1Before = Result(previous, 1, r.A1.Id, math.Id, new DateOnly(2024, 11, 1), 1, 30, 30, 30, 30);
        var r2 = Result(current, 2, r.A1.Id, math.Id, new DateOnly(2025, 10, 11), 1, 96, 90, 60, 90);
        var r4 = Result(current, 4, r.B1.Id, rus.Id, new DateOnly(2025, 10, 12), 1, 40, 50, 80, 70);
        var r5 = Result(current, 5, r.M.Id, math.Id, new DateOnly(2025, 10, 13), 1, 80, 70, 90, 80);
        var r6 = Result(current, 6, r.B1.Id, math.Id, new DateOnly(2025, 10, 14), 1, 70, 66, 76, 86);
        db.DiagnosticResults.AddRange(r1, r1Repeat, r1Before, r2, r4, r5, r6);
        await db.SaveChangesAsync();

        Deficit Deficit(int person, DiagnosticResult? result, DeficitTopic topic, DateOnly on, DateOnly? resolved = null) => new()
        {
            PersonId = r.P(person).Id, ResultId = result?.Id, TopicId = topic.Id, Kind = DeficitKind.GeneralProfessional,
            Source = DeficitSource.Diagnostic, IdentifiedOn = on, ResolvedOn = resolved,
        };
        db.Deficits.AddRange(
            Deficit(1, r1, subjectA, r1.TakenOn), Deficit(1, r1, methodical, r1.TakenOn), Deficit(1, r1Repeat, communicative, r1Repeat.TakenOn),
            Deficit(1, r1Before, subjectA, r1Before.TakenOn),
            Deficit(2, r2, psycho, r2.TakenOn),
            Deficit(4, r4, subjectA, r4.TakenOn), Deficit(4, r4, subjectB, r4.TakenOn), Deficit(4, r4, communicative, r4.TakenOn),
            Deficit(5, null, psycho, new DateOnly(2025, 11, 1), new DateOnly(2026, 2, 1)),
            Deficit(6, r6, methodical, r6.TakenOn));

        IndividualRoute Route(int person, int organisation, RouteStatus status, DateOnly to, params RouteItemStatus[] items) => new()
        {
            PersonId = r.P(person).Id, OrganisationId = organisation, Status = status, PlannedFrom = to.AddMonths(-6), PlannedTo = to, CreatedBy = "test",
            Items = items.Select((s, i) => new RouteItem { Order = i + 1, Kind = RouteItemKind.Seminar, Title = $"Пункт {i + 1}", Status = s }).ToList(),
        };
        db.Routes.AddRange(
            Route(2, r.A1.Id, RouteStatus.InProgress, new DateOnly(2026, 1, 31), RouteItemStatus.Done, RouteItemStatus.InProgress),
            Route(4, r.B1.Id, RouteStatus.Cancelled, new DateOnly(2026, 1, 31)),
            Route(6, r.B1.Id, RouteStatus.Approved, new DateOnly(2026, 6, 30), RouteItemStatus.Planned),
            Route(5, r.M.Id, RouteStatus.Completed, new DateOnly(2025, 5, 31), RouteItemStatus.Done),
            Route(5, r.M.Id, RouteStatus.Draft, new DateOnly(2025, 12, 31)));

        db.MentoringPairs.AddRange(
            new MentoringPair { MentorId = r.P(2).Id, MenteeId = r.P(1).Id, OrganisationId = r.A1.Id, From = new DateOnly(2025, 9, 15), To = new DateOnly(2026, 6, 30) },
            new MentoringPair { MentorId = r.P(6).Id, MenteeId = r.P(5).Id, OrganisationId = r.M.Id, From = new DateOnly(2024, 9, 1), To = new DateOnly(2025, 6, 30) });
        var youngSchool = new Community { Name = "Школа молодого педагога Б", Kind = CommunityKind.YoungTeachersSchool, Level = ActivityLevel.Municipal, MunicipalityId = r.B.Id };
        var association = new Community { Name = "РМО Б", Kind = CommunityKind.DistrictAssociation, Level = ActivityLevel.Municipal, MunicipalityId = r.B.Id };
        db.Communities.AddRange(youngSchool, association);
        await db.SaveChangesAsync();
        db.CommunityMemberships.AddRange(
            new CommunityMembership { CommunityId = youngSchool.Id, PersonId = r.P(4).Id, ValidFrom = new DateOnly(2025, 9, 20) },
            new CommunityMembership { CommunityId = association.Id, PersonId = r.P(5).Id, ValidFrom = new DateOnly(2025, 9, 20) });
        await db.SaveChangesAsync();
    }
}
