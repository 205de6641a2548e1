using EduCycle.Engine.Instruments;

namespace EduCycle.Web.Features.Instruments.Components;

/// <summary>A section's heading: «3. Title» for numbered sections, the title alone for named ones.</summary>
public static class SectionHeading
{
    public static string Of(Section section) =>
        string.IsNullOrWhiteSpace(section.Title) ? section.Code
        : char.IsDigit(section.Code[0]) ? $"{section.Code}. {section.Title}"
        : section.Title;
}
