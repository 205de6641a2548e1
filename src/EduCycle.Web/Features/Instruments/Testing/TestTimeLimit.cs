namespace EduCycle.Web.Features.Instruments.Testing;

/// <summary>
/// How long a test attempt lasts. Instrument definitions carry no time limit, so it is one setting for every
/// test: <c>Instruments:TestMinutes</c> in configuration (fractions allowed), 90 minutes by default.
/// </summary>
public sealed record TestTimeLimit(TimeSpan Duration)
{
    public const int DefaultMinutes = 90;

    public static TestTimeLimit From(IConfiguration configuration) =>
        new(TimeSpan.FromMinutes(configuration.GetValue("Instruments:TestMinutes", (double)DefaultMinutes)));
}
