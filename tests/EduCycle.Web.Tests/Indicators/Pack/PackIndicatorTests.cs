using EduCycle.Web.Tests.Infrastructure;

namespace EduCycle.Web.Tests.Indicators.Pack;

/// <summary>
/// Every indicator of the pack (seed 001 P01–P18, seed 002 K01–K13) on <see cref="PackDataset"/>, 2025/26, at
/// organisation, municipality and region level; numbers worked out by hand from the seeds' definitions and the
/// dataset's table. Staff (denominator of most): S1 3, S2 3, K 2, S3 4, М1 8, М2 4, region 12.
/// </summary>
public sealed class PackIndicatorTests(PackDatasetFixture fixture) : PackExpectations(fixture)
{
    // Diagnosed in 2025/26: S1 Иванова, Петров; S2 Волкова, Лебедева (Соколов on 10.05.2025 — the year before);
    // K Семёнова; S3 Голубев, Богданов. Head Козлов, Новикова (left), Морозов (hired after 20.09) are not staff.
    private static readonly (string, double?, double?)[] Diagnosed =
        [("S1", 2, 3), ("S2", 2, 3), ("K", 1, 2), ("S3", 2, 4), ("M1", 5, 8), ("M2", 2, 4), ("R", 7, 12)];

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task P01_diagnosed_share_by_unit_and_subject(string provider)
    {
        await ExpectAsync(provider, "P01", Diagnosed);
        // М1 by subject: math = Иванова, Волкова, Лебедева (all diagnosed); rus = Петров, Лебедева (both); phys = Соколов (no).
        await ExpectBreakdownAsync(provider, "P01", "subject", "M1", ("math", 3, 3), ("rus", 2, 2), ("phys", 0, 1));
        // М2: math = Голубев (yes); rus = Виноградова (no); phys = Фёдорова (no).
        await ExpectBreakdownAsync(provider, "P01", "subject", "M2", ("math", 1, 1), ("rus", 0, 1), ("phys", 0, 1));
        // Age on 20.09.2025. М1 25–34: Петров, Волкова, Лебедева (yes), Павлова (born 01.03.2000, no); 35–59: Иванова,
        // Семёнова (yes), Сидорова, Соколов (no). М2: Голубев 25–34 (yes), Фёдорова 25–34 (no), Богданов 35–59 (yes),
        // Виноградова (born 01.03.1965) 60+ (no).
        await ExpectBreakdownAsync(provider, "P01", "age", "M1", ("25to34", 3, 4), ("35to59", 2, 4));
        await ExpectBreakdownAsync(provider, "P01", "age", "M2", ("25to34", 1, 2), ("35to59", 1, 1), ("60plus", 0, 1));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task K01_same_as_P01_with_subject_breakdown(string provider)
    {
        await ExpectAsync(provider, "K01", Diagnosed);
        await ExpectBreakdownAsync(provider, "K01", "subject", "M1", ("math", 3, 3), ("rus", 2, 2), ("phys", 0, 1));
    }

    // Routes built at the centre, approved/in progress/completed, planned within 2025/26: Иванова (S1), Голубев (S3).
    // Not: Петров (draft), Волкова (not at the centre), Лебедева (2024/25), Фёдорова (cancelled), Козлов (head).
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task P02_routes_built_at_the_centre(string provider) =>
        await ExpectAsync(provider, "P02", ("S1", 1, 3), ("S2", 0, 3), ("K", 0, 2), ("S3", 1, 4), ("M1", 1, 8), ("M2", 1, 4), ("R", 2, 12));

    // Targeted programmes built on pre-course diagnostics (only A), studying or completed in the year: Иванова (S1),
    // Волкова (S2), Голубев and Виноградова (studying) (S3). Петров's B is targeted but not built on diagnostics.
    private static readonly (string, double?, double?)[] Targeted =
        [("S1", 1, 3), ("S2", 1, 3), ("K", 0, 2), ("S3", 2, 4), ("M1", 2, 8), ("M2", 2, 4), ("R", 4, 12)];

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task P03_targeted_programmes(string provider) => await ExpectAsync(provider, "P03", Targeted);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task K03_targeted_programmes(string provider) => await ExpectAsync(provider, "K03", Targeted);

    // Completed in the year a registry programme (A, C): Иванова (S1); Волкова, Лебедева (S2); Голубев (S3).
    // Not: Виноградова (still studying), Соколов (completed C in June 2025).
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task P04_registry_programmes(string provider) =>
        await ExpectAsync(provider, "P04", ("S1", 1, 3), ("S2", 2, 3), ("K", 0, 2), ("S3", 1, 4), ("M1", 3, 8), ("M2", 1, 4), ("R", 4, 12));

    // Retraining completed in the year: Семёнова (D, pedagogical) and Павлова (E) in K, Богданов (E) in S3; Новикова (D)
    // is no longer staff. S1 and S2 have nobody retrained — no value.
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task P05_pedagogical_retraining_share_of_the_retrained(string provider) =>
        await ExpectAsync(provider, "P05", ("S1", 0, 0), ("S2", 0, 0), ("K", 1, 2), ("S3", 0, 1), ("M1", 1, 2), ("M2", 0, 1), ("R", 1, 3));

    // Completed a distance programme (B, C, E) in the year: Петров (S1), Лебедева (S2), Павлова (K), Богданов (S3).
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task P06_distance_training(string provider) =>
        await ExpectAsync(provider, "P06", ("S1", 1, 3), ("S2", 1, 3), ("K", 1, 2), ("S3", 1, 4), ("M1", 3, 8), ("M2", 1, 4), ("R", 4, 12));

    // Upskilling programmes studied in the year (distinct per unit): S1 {A, B}, S2 {A, C} (Соколов's C ended June 2025,
    // Лебедева's is in the year), K none (D, E are retraining), S3 {A} (F only planned); М1 {A, B, C}, М2 {A}, region
    // {A, B, C}. E-learning among them: B, C.
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task P07_elearning_programmes(string provider) =>
        await ExpectAsync(provider, "P07", ("S1", 1, 2), ("S2", 1, 2), ("K", 0, 0), ("S3", 0, 1), ("M1", 2, 3), ("M2", 0, 1), ("R", 2, 3));

    // Completed GIA-expert upskilling (B): Петров only (S1).
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task P08_gia_experts_by_unit_and_subject(string provider)
    {
        await ExpectAsync(provider, "P08", ("S1", 1, 3), ("S2", 0, 3), ("K", 0, 2), ("S3", 0, 4), ("M1", 1, 8), ("M2", 0, 4), ("R", 1, 12));
        // М1: rus = Петров, Лебедева → 1 of 2; math = Иванова, Волкова, Лебедева → 0 of 3.
        await ExpectBreakdownAsync(provider, "P08", "subject", "M1", ("rus", 1, 2), ("math", 0, 3), ("phys", 0, 1));
    }

    // Completed attestation-expert upskilling (C) in the year: Лебедева (S2).
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task P09_attestation_experts(string provider) =>
        await ExpectAsync(provider, "P09", ("S1", 0, 3), ("S2", 1, 3), ("K", 0, 2), ("S3", 0, 4), ("M1", 1, 8), ("M2", 0, 4), ("R", 1, 12));

    // Stress module among upskilling programmes: A only (programme sets as for P07).
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task P10_stress_module_programmes(string provider) =>
        await ExpectAsync(provider, "P10", ("S1", 1, 2), ("S2", 1, 2), ("S3", 1, 1), ("M1", 1, 3), ("M2", 1, 1), ("R", 1, 3));

    // Took part in the subject/methodical diagnostic in 2025/26: S1 Иванова, Петров; S2 Лебедева (Волкова: psychological
    // only); S3 Голубев (Богданов: communicative this year). Of them in the 2025 asset: Иванова, Лебедева. Богданов is in
    // the asset without that diagnostic and Петров was in the 2024 asset — neither counts.
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task P11_methodical_asset_of_the_diagnosed(string provider)
    {
        await ExpectAsync(provider, "P11", ("S1", 1, 2), ("S2", 1, 1), ("K", 0, 0), ("S3", 0, 1), ("M1", 2, 3), ("M2", 0, 1), ("R", 2, 4));
        // М1: math = Иванова, Лебедева (both in the asset); rus = Петров (no), Лебедева (yes).
        await ExpectBreakdownAsync(provider, "P11", "subject", "M1", ("math", 2, 2), ("rus", 1, 2));
    }

    // Mentors' community during the year: Иванова (S1), Виноградова (S3, from 15.01.2026); Соколов left on 31.08.2025.
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task P12_mentors_community(string provider) =>
        await ExpectAsync(provider, "P12", ("S1", 1, 3), ("S2", 0, 3), ("K", 0, 2), ("S3", 1, 4), ("M1", 1, 8), ("M2", 1, 4), ("R", 2, 12));

    // Under 35 in the first three years: Петров (S1), Волкова (S2), Павлова (K), Голубев and Фёдорова (S3); Лебедева is
    // young but teaches since 2015. Supported: Петров (mentee), Волкова and Павлова (young teachers' school), Фёдорова
    // (mentee from 10.01.2026); Голубев's pair ended in 2024 and his school membership on 30.06.2025.
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task P13_young_in_first_three_years_supported(string provider) =>
        await ExpectAsync(provider, "P13", ("S1", 1, 1), ("S2", 1, 1), ("K", 1, 1), ("S3", 1, 2), ("M1", 3, 3), ("M2", 1, 2), ("R", 4, 5));

    // Schools with the mentoring model in 2025/26: S1 (S2 only in 2024/25; K is a kindergarten, not a school).
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task P14_schools_with_mentoring_model(string provider) =>
        await ExpectAsync(provider, "P14", ("S1", 1, 1), ("S2", 0, 1), ("K", 0, 0), ("S3", 0, 1), ("M1", 1, 2), ("M2", 0, 1), ("R", 1, 3));

    // Network communities (district, regional associations, network communities) during the year: Петров (S1; in two,
    // counted once), Семёнова (K), Голубев (S3). Фёдорова left on 01.09.2025 (exclusive end), Соколов is in a school one.
    private static readonly (string, double?, double?)[] Network =
        [("S1", 1, 3), ("S2", 0, 3), ("K", 1, 2), ("S3", 1, 4), ("M1", 2, 8), ("M2", 1, 4), ("R", 3, 12)];

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task P15_network_communities(string provider) => await ExpectAsync(provider, "P15", Network);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task K12_network_communities(string provider) => await ExpectAsync(provider, "K12", Network);

    // Supply = teachers / (teachers + vacancies) × 100, change over two years (2023/24 → 2025/26).
    // 2025: teachers S1 2 (Иванова, Петров), S2 3, K 0, S3 3 (Голубев, Виноградова, Фёдорова); vacancies S1 2, S2 1.
    // 2023: teachers S1 3 (+Новикова), S2 2 (no Волкова yet), S3 3 (Голубев, Виноградова, Орлов); vacancies S1 1, S2 3, S3 1.
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task P16_staffing_supply_dynamics(string provider) =>
        await ExpectAsync(provider, "P16",
            ("S1", 50 - 75, null),                                  // 2/4 − 3/4
            ("S2", 75 - 40, null),                                  // 3/4 − 2/5
            ("K", null, null),                                      // 0/0 both years: no value
            ("S3", 100 - 75, null),                                 // 3/3 − 3/4
            ("M1", 100.0 * 5 / 8 - 100.0 * 5 / 9, null),            // 5/(5+3) − 5/(5+4)
            ("M2", 25, null),
            ("R", 100.0 * 8 / 11 - 100.0 * 8 / 13, null));          // 8/(8+3) − 8/(8+5)

    // Experience under one year on the census date: 2025 — Волкова (S2), Павлова (K), Фёдорова (S3);
    // 2023 — Петров (S1, since 01.09.2023), Голубев (S3, since 01.02.2023).
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task P17_under_one_year_dynamics(string provider) =>
        await ExpectAsync(provider, "P17", ("S1", -1, null), ("S2", 1, null), ("K", 1, null), ("S3", 0, null),
            ("M1", 1, null), ("M2", 0, null), ("R", 1, null));

    // Under 35 (born after 20.09.1990 / 20.09.1989): 2025 — Петров; Волкова, Лебедева; Павлова; Голубев, Фёдорова (6).
    // 2024 — Петров; Лебедева; Голубев (3): Волкова, Павлова, Фёдорова not hired yet, Богданов (1988) was 36.
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task P18_young_dynamics_by_unit_and_subject(string provider)
    {
        await ExpectAsync(provider, "P18", ("S1", 0, null), ("S2", 1, null), ("K", 1, null), ("S3", 1, null),
            ("M1", 2, null), ("M2", 1, null), ("R", 3, null));
        // М1: math 2025 Волкова, Лебедева vs 2024 Лебедева → +1; rus 2025 Петров, Лебедева vs the same in 2024 → 0.
        await ExpectBreakdownAsync(provider, "P18", "subject", "M1", ("math", 1, null), ("rus", 0, null));
        // М2: math Голубев both years → 0; phys Фёдорова in 2025, nobody in 2024 → +1.
        await ExpectBreakdownAsync(provider, "P18", "subject", "M2", ("math", 0, null), ("phys", 1, null));
    }

    // Diagnosed staff with a non-subject deficit identified in the year: Иванова (S1; Петров has a subject one only),
    // Волкова (S2), Семёнова (K), Голубев (S3). Соколов's deficit does not count (not diagnosed this year), nor
    // Лебедева's (identified in 2024/25).
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task K02_deficits_by_unit_and_group(string provider)
    {
        await ExpectAsync(provider, "K02", ("S1", 1, 2), ("S2", 1, 2), ("K", 1, 1), ("S3", 1, 2), ("M1", 3, 5), ("M2", 1, 2), ("R", 4, 7));
        // М1 (5 diagnosed): methodical Иванова, Семёнова; psychological Волкова; communicative Волкова; universal Семёнова;
        // subject deficits (Иванова, Петров) are outside the criterion's groups.
        await ExpectBreakdownAsync(provider, "K02", "group", "M1",
            ("methodical", 2, 5), ("psychological", 1, 5), ("communicative", 1, 5), ("universal", 1, 5));
        await ExpectBreakdownAsync(provider, "K02", "group", "M2", ("communicative", 1, 2));
        Assert.Equal(["communicative", "methodical", "psychological", "universal"],
            await BreakdownValuesAsync(provider, "K02", "group", "M1"));
    }

    // Upskilling courses on schools' request (A, C) among those studied (sets as for P07).
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task K04_courses_on_request(string provider) =>
        await ExpectAsync(provider, "K04", ("S1", 1, 2), ("S2", 2, 2), ("S3", 1, 1), ("M1", 2, 3), ("M2", 1, 1), ("R", 2, 3));

    // Took part in an event of 2025/26: Иванова (S1; Петров's event was in May 2025), Соколов (S2; two events, once),
    // Павлова (K), Богданов (S3).
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task K05_event_participants(string provider) =>
        await ExpectAsync(provider, "K05", ("S1", 1, 3), ("S2", 1, 3), ("K", 1, 2), ("S3", 1, 4), ("M1", 3, 8), ("M2", 1, 4), ("R", 4, 12));

    // Competition entries of 2025/26: Волкова (S2), Голубев (S3); Виноградова's is of 2024/25, Морозов is not staff.
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task K06_competition_participants(string provider) =>
        await ExpectAsync(provider, "K06", ("S1", 0, 3), ("S2", 1, 3), ("K", 0, 2), ("S3", 1, 4), ("M1", 1, 8), ("M2", 1, 4), ("R", 2, 12));

    // Approved answers of the 2025/26 request: S1 1, S2 0; S3's answer is only submitted (its approved 1 is of 2024/25).
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task K07_productive_methodical_system(string provider) =>
        await ExpectAsync(provider, "K07", ("S1", 1, 1), ("S2", 0, 1), ("S3", 0, 1), ("M1", 1, 2), ("M2", 0, 1), ("R", 1, 3));

    // Innovation platform in 2025/26: S2 (regional), K (municipal); S1 only in 2024/25, S3 none. Of all organisations.
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task K08_innovation_platforms(string provider) =>
        await ExpectAsync(provider, "K08", ("S1", 0, 1), ("S2", 1, 1), ("K", 1, 1), ("S3", 0, 1), ("M1", 2, 3), ("M2", 0, 1), ("R", 2, 4));

    // Approved answers «participates in education projects» of 2025/26: S1 1, S2 1; S3 not approved.
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task K09_education_projects(string provider) =>
        await ExpectAsync(provider, "K09", ("S1", 1, 1), ("S2", 1, 1), ("S3", 0, 1), ("M1", 2, 2), ("M2", 0, 1), ("R", 2, 3));

    // Young staff: S1 Петров; S2 Волкова, Лебедева; K Павлова; S3 Голубев, Фёдорова. In the young teachers' school during
    // the year: Волкова, Павлова (Голубев left on 30.06.2025).
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task K10_young_in_support_projects(string provider) =>
        await ExpectAsync(provider, "K10", ("S1", 0, 1), ("S2", 1, 2), ("K", 1, 1), ("S3", 0, 2), ("M1", 2, 4), ("M2", 0, 2), ("R", 2, 6));

    // Young mentees during the year: Петров (S1), Лебедева (S2), Фёдорова (S3); Голубев's pair ended in 2024.
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task K11_young_mentored(string provider) =>
        await ExpectAsync(provider, "K11", ("S1", 1, 1), ("S2", 1, 2), ("K", 0, 1), ("S3", 1, 2), ("M1", 2, 4), ("M2", 1, 2), ("R", 3, 6));

    // Network events of 2025/26: the municipal seminar of М1 (no organiser organisation — counts for М1 only) and S2's
    // seminar; S1's network day was in May 2025, S3's master class is not a network event.
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task K13_network_events(string provider) =>
        await ExpectAsync(provider, "K13", ("S1", 0, null), ("S2", 1, null), ("S3", 0, null), ("M1", 2, null), ("M2", 0, null), ("R", 2, null));
}
