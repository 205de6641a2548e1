namespace EduCycle.Web.Features.Registry.Demo;

/// <summary>
/// Organisations of one region with their placement history and yearly status flags (DOMAIN §2):
/// kinds by the shares of the brief, municipalities by weight, a few opened after 2019 and a few moved
/// to a neighbouring municipality on <see cref="DemoCalendar.BoundaryChange"/>.
/// </summary>
internal sealed class OrganisationGenerator(DemoRandom random, DemoIds ids)
{
    private static readonly OrganisationKind[] MunicipalKinds =
        [OrganisationKind.School, OrganisationKind.Preschool, OrganisationKind.AdditionalEducation, OrganisationKind.Vocational];

    private static readonly double[] KindShares = [40, 38, 12, 6];

    /// <summary>Innovation platforms in 2020 (seed 004): 14 federal, 23 regional, 65 municipal among about 700 organisations.</summary>
    private const double PlatformBaseOrganisations = 700;
    private static readonly (InnovationLevel Level, int Count)[] Platforms2020 =
        [(InnovationLevel.Federal, 14), (InnovationLevel.Regional, 23), (InnovationLevel.Municipal, 65)];

    /// <summary>Number of platforms relative to 2020, by school year from 2019.</summary>
    private static readonly double[] PlatformTrend = [0.85, 1.0, 1.08, 1.12, 1.18, 1.22, 1.25];

    public void Generate(DemoRegionTemplate region, IReadOnlyList<int> municipalityIds, int count, DemoBatch batch)
    {
        var weights = region.Municipalities.Select(m => (double)m.Weight).ToArray();
        var kindCounts = Quotas.Apportion(count - region.Providers.Count, KindShares);
        var perMunicipality = kindCounts.Select(c => Quotas.Apportion(c, weights)).ToArray();
        for (var m = 0; m < region.Municipalities.Count; m++)
        {
            var names = new OrganisationNames(region, m, random);
            for (var k = 0; k < MunicipalKinds.Length; k++)
                for (var i = 0; i < perMunicipality[k][m]; i++)
                    batch.Organisations.Add(CreateMunicipal(region, m, MunicipalKinds[k], isAnchor: k == 0 && i == 0, names, batch.Organisations.Count));
        }
        foreach (var provider in region.Providers)
            batch.Organisations.Add(CreateProvider(region, provider, batch.Organisations.Count));

        AddPlacements(region, municipalityIds, batch);
        AddYearStatuses(batch, count);
    }

    private GeneratedOrganisation CreateMunicipal(DemoRegionTemplate region, int m, OrganisationKind kind, bool isAnchor, OrganisationNames names, int index)
    {
        var info = region.Municipalities[m];
        var settlements = LeningradSettlements.ByMunicipality[m];
        var rural = !isAnchor && settlements.Villages.Length > 0 && info.Kind == MunicipalityKind.District && random.Chance(kind switch
        {
            OrganisationKind.School => 0.52,
            OrganisationKind.Preschool => 0.46,
            OrganisationKind.AdditionalEducation => 0.30,
            _ => 0.15,
        });
        var settlement = isAnchor ? settlements.Towns[0] : random.Pick(rural ? settlements.Villages : settlements.Towns);
        var students = Students(kind, rural);
        var (full, shortName) = kind switch
        {
            OrganisationKind.School => names.School(settlement, rural, students),
            OrganisationKind.Preschool => names.Preschool(settlement, rural),
            OrganisationKind.AdditionalEducation => names.Additional(settlement),
            _ => names.Vocational(),
        };
        var wellbeing = Math.Round(Math.Clamp(random.Normal(rural ? 0.47 : 0.63, 0.12), 0.05, 0.98), 3);
        var organisation = new Organisation
        {
            Id = ids.Organisation++,
            ExternalCode = ExternalCodes.Inn(region.Number, m + 1, index * 13 + random.Between(0, 12)),
            FullName = full,
            ShortName = shortName,
            Kind = kind,
            IsRural = rural,
            StudentCount = students,
            SocialWellbeingIndex = wellbeing,
            ShareSpecialNeeds = Math.Round(Math.Clamp(random.Normal(rural ? 6.0 : 4.5, 2.2) + (0.6 - wellbeing) * 4, 0, 30), 1),
            ShareNonNativeRussian = Math.Round(Math.Clamp(random.Exponential(rural ? 2.0 : 3.5) * (1.5 - wellbeing), 0, 40), 1),
        };
        var opened = !isAnchor && kind is OrganisationKind.School or OrganisationKind.Preschool && random.Chance(0.025)
            ? new DateOnly(random.Between(2020, 2024), 9, 1)
            : DemoCalendar.HistoryStart;
        return new GeneratedOrganisation(organisation, m, opened, isAnchor);
    }

    private GeneratedOrganisation CreateProvider(DemoRegionTemplate region, ProviderInfo provider, int index) => new(new Organisation
    {
        Id = ids.Organisation++,
        ExternalCode = ExternalCodes.Inn(region.Number, provider.MunicipalityIndex + 1, index * 13 + random.Between(0, 12)),
        FullName = provider.FullName,
        ShortName = provider.ShortName,
        Kind = OrganisationKind.FurtherTraining,
        StudentCount = provider.Trainees,
    }, provider.MunicipalityIndex, DemoCalendar.HistoryStart, IsAnchor: false);

    private int Students(OrganisationKind kind, bool rural) => (int)Math.Round(kind switch
    {
        OrganisationKind.School => rural ? Math.Clamp(30 + random.Exponential(120), 25, 650) : Math.Clamp(random.Normal(650, 300), 150, 1600),
        OrganisationKind.Preschool => rural ? Math.Clamp(random.Normal(70, 30), 15, 180) : Math.Clamp(random.Normal(220, 70), 60, 450),
        OrganisationKind.AdditionalEducation => rural ? Math.Clamp(random.Normal(300, 150), 60, 900) : Math.Clamp(random.Normal(900, 400), 150, 2500),
        _ => Math.Clamp(random.Normal(800, 300), 250, 1800),
    });

    private void AddPlacements(DemoRegionTemplate region, IReadOnlyList<int> municipalityIds, DemoBatch batch)
    {
        var candidates = batch.Organisations
            .Where(o => !o.IsAnchor && o.IsOriginal && o.Entity.Kind is OrganisationKind.School or OrganisationKind.Preschool)
            .ToList();
        random.Shuffle(candidates);
        var moved = candidates.Take(Math.Max(2, (int)Math.Round(batch.Organisations.Count / 350.0))).ToHashSet();
        foreach (var o in batch.Organisations)
        {
            var from = municipalityIds[o.MunicipalityIndex];
            if (!moved.Contains(o))
            {
                batch.Placements.Add(Placement(o, from, o.Opened, null));
                continue;
            }
            var district = region.Municipalities[o.MunicipalityIndex].District;
            var neighbours = Enumerable.Range(0, region.Municipalities.Count)
                .Where(i => i != o.MunicipalityIndex && region.Municipalities[i].District == district).ToList();
            var to = neighbours.Count > 0 ? random.Pick(neighbours) : (o.MunicipalityIndex + 1) % region.Municipalities.Count;
            batch.Placements.Add(Placement(o, from, o.Opened, DemoCalendar.BoundaryChange));
            batch.Placements.Add(Placement(o, municipalityIds[to], DemoCalendar.BoundaryChange, null));
        }
    }

    private OrganisationPlacement Placement(GeneratedOrganisation o, int municipalityId, DateOnly from, DateOnly? to) => new()
    {
        Id = ids.Placement++, OrganisationId = o.Entity.Id, MunicipalityId = municipalityId, ValidFrom = from, ValidTo = to,
    };

    private void AddYearStatuses(DemoBatch batch, int organisationCount)
    {
        var schools = batch.Organisations.Where(o => o.Entity.Kind == OrganisationKind.School).ToList();
        var basic = schools.Where(_ => random.Chance(0.08)).ToHashSet();
        var tutorSince = schools.Where(_ => random.Chance(0.05)).ToDictionary(o => o, _ => random.Between(2021, 2022));
        var platforms = PlatformsByYear(batch.Organisations, organisationCount);
        foreach (var o in batch.Organisations)
            for (var year = Math.Max(DemoCalendar.FirstStatusYear, o.Opened.Year); year <= DemoCalendar.LastStatusYear; year++)
                batch.YearStatuses.Add(new OrganisationYearStatus
                {
                    OrganisationId = o.Entity.Id,
                    SchoolYear = year,
                    InnovationLevel = platforms[year - DemoCalendar.FirstStatusYear].GetValueOrDefault(o),
                    IsBasicSchool = basic.Contains(o),
                    IsTutorSchool = tutorSince.TryGetValue(o, out var since) && year >= since,
                });
    }

    /// <summary>Platforms of 2020 by the seed's counts scaled to the region's size; other years keep most and recruit new ones.</summary>
    private Dictionary<GeneratedOrganisation, InnovationLevel>[] PlatformsByYear(List<GeneratedOrganisation> organisations, int organisationCount)
    {
        var eligible = organisations.Where(o => o.Entity.Kind is OrganisationKind.School or OrganisationKind.Preschool or OrganisationKind.AdditionalEducation).ToList();
        var years = new Dictionary<GeneratedOrganisation, InnovationLevel>[PlatformTrend.Length];
        years[1] = Recruit([], eligible, 2020, 1.0, organisationCount);
        years[0] = Recruit(years[1], eligible, 2019, PlatformTrend[0], organisationCount);
        for (var y = 2; y < PlatformTrend.Length; y++)
            years[y] = Recruit(years[y - 1], eligible, DemoCalendar.FirstStatusYear + y, PlatformTrend[y], organisationCount);
        return years;
    }

    private Dictionary<GeneratedOrganisation, InnovationLevel> Recruit(
        Dictionary<GeneratedOrganisation, InnovationLevel> neighbourYear, List<GeneratedOrganisation> eligible, int year, double trend, int organisationCount)
    {
        var result = new Dictionary<GeneratedOrganisation, InnovationLevel>();
        foreach (var (o, level) in neighbourYear)
            if (o.Opened.Year <= year && random.Chance(0.85))
                result[o] = level;
        var free = eligible.Where(o => o.Opened.Year <= year && !neighbourYear.ContainsKey(o)).ToList();
        random.Shuffle(free);
        var next = 0;
        foreach (var (level, count2020) in Platforms2020)
        {
            var target = (int)Math.Round(count2020 * trend * organisationCount / PlatformBaseOrganisations, MidpointRounding.AwayFromZero);
            for (var have = result.Values.Count(l => l == level); have < target && next < free.Count; have++)
                result[free[next++]] = level;
        }
        return result;
    }
}
