namespace EduCycle.Web.Features.Registry.Demo;

/// <summary>Sizes of a generated dataset; every region gets the same number of organisations and workers.</summary>
internal sealed record DemoOptions(int Regions, int OrganisationsPerRegion, int PeoplePerRegion)
{
    public static DemoOptions For(DemoScale scale) => scale switch
    {
        DemoScale.Region => new(1, 700, 20_000),
        DemoScale.National => new(85, 470, 12_940),
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, null),
    };
}

/// <summary>The fixed calendar of the demo data: nothing depends on the machine's clock.</summary>
internal static class DemoCalendar
{
    /// <summary>The demo "today": ages, experience and current employments are as of this date.</summary>
    public static readonly DateOnly Today = new(2025, 11, 1);

    /// <summary>The registry's history starts with the 2019/20 school year.</summary>
    public static readonly DateOnly HistoryStart = new(2019, 9, 1);

    /// <summary>The date of the municipal boundary change that moves a few organisations.</summary>
    public static readonly DateOnly BoundaryChange = new(2023, 1, 1);

    public const int FirstStatusYear = 2019;
    public const int LastStatusYear = 2025;
    public const int FirstVacancyYear = 2023;
}
