using EduCycle.Engine.Calendar;
using EduCycle.Web.Features.Development.Diagnostics;
using EduCycle.Web.Features.Development.Programmes;
using EduCycle.Web.Features.Registry.Demo;

namespace EduCycle.Web.Features.Development.Demo;

/// <summary>
/// Generates the professional-development demo over the three school years up to the current one, in memory:
/// catalogue, diagnostics, routes with enrolments, communities with events, mentoring, attestation.
/// Every draw comes from one seeded source in a fixed order, so a seed and a date always give the same rows.
/// </summary>
internal sealed partial class DevelopmentGenerator(DemoWorld world, DemoRandom random, DevelopmentBatch batch)
{
    public const string Methodist = "Методист ЦНППМ (демо)";
    public const string Operator = "Региональный оператор (демо)";

    private readonly Dictionary<string, DeficitTopic> topicsByCode = [];
    private readonly List<Programme> programmes = [];
    private readonly Dictionary<int, List<Programme>> programmesByTopic = [];

    /// <summary>The topics already in the database (by code) are reused; the rest of the demo's list is added.</summary>
    public void Generate(IReadOnlyDictionary<string, DeficitTopic> existingTopics, IReadOnlyDictionary<string, Provider> existingProviders)
    {
        Catalogue(existingTopics, existingProviders);
        foreach (var year in world.Years)
            Diagnostics(year);
        Routes();
        Communities();
        Mentoring();
        Attestation();
        Asset();
    }

    private DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateTime At(DateOnly date, int hour = 10) => date.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc);

    private DateOnly Yesterday => world.Today.AddDays(-1);

    private static string YearText(SchoolYear year) => year.ToString();
}
