namespace EduCycle.Engine.Calendar;

/// <summary>
/// A half-open validity interval [From, To): a fact holds from <see cref="From"/> inclusive until
/// <see cref="To"/> exclusive; a null <see cref="To"/> means "still valid".
/// </summary>
public readonly record struct ValidityPeriod
{
    public ValidityPeriod(DateOnly from, DateOnly? to = null)
    {
        if (to is { } end && end <= from)
            throw new ArgumentException($"Validity end {end:yyyy-MM-dd} must be after its start {from:yyyy-MM-dd}.", nameof(to));
        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly? To { get; }

    public bool Contains(DateOnly date) => From <= date && (To is null || date < To);

    public bool Overlaps(ValidityPeriod other) =>
        (other.To is null || From < other.To) && (To is null || other.From < To);
}
