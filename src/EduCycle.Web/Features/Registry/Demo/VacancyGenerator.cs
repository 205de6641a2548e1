namespace EduCycle.Web.Features.Registry.Demo;

/// <summary>
/// Staffing needs of schools for the school years 2023–2025. Seed 001 §1.1 reports 15 vacancies in
/// 25 organisations: 6 Russian language, 3 English, 3 primary, 2 maths and one other; the demo keeps
/// that rate per school and those proportions exactly.
/// </summary>
internal sealed class VacancyGenerator(DemoRandom random, DemoIds ids, IReadOnlyDictionary<string, int> subjectIds)
{
    private const double VacanciesPerSchool = 15.0 / 25;
    private static readonly string[] Subjects = ["rus", "eng", "prim", "math", ""];
    private static readonly double[] SubjectShares = [6, 3, 3, 2, 1];
    private static readonly string[] OtherSubjects = ["phys", "chem", "bio", "inf", "hist"];
    private static readonly double[] YearTrend = [0.9, 1.0, 1.1];

    public void Generate(DemoBatch batch)
    {
        for (var y = 0; y < YearTrend.Length; y++)
        {
            var year = DemoCalendar.FirstVacancyYear + y;
            var schools = batch.Organisations.Where(o => o.Entity.Kind == OrganisationKind.School && o.Opened.Year <= year).ToList();
            var total = (int)Math.Round(schools.Count * VacanciesPerSchool * YearTrend[y]);
            var perSubject = Quotas.Apportion(total, SubjectShares);
            var counts = new Dictionary<(int Organisation, string Subject), int>();
            for (var s = 0; s < Subjects.Length; s++)
                for (var k = 0; k < perSubject[s]; k++)
                {
                    var key = (random.Pick(schools).Entity.Id, Subjects[s].Length > 0 ? Subjects[s] : random.Pick(OtherSubjects));
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            foreach (var ((organisation, subject), count) in counts)
                batch.Vacancies.Add(new Vacancy
                {
                    Id = ids.Vacancy++, OrganisationId = organisation, SubjectId = subjectIds[subject], Count = count, SchoolYear = year,
                });
        }
    }
}
