using EduCycle.Engine.Instruments;

namespace EduCycle.Web.Features.Instruments.Pages;

/// <summary>Russian names of the workflow's states and of what an instrument assesses.</summary>
public static class InstrumentTexts
{
    public static string Status(AssignmentStatus status) => status switch
    {
        AssignmentStatus.Assigned => "назначено",
        AssignmentStatus.Draft => "заполняется",
        AssignmentStatus.Submitted => "отправлено на экспертизу",
        AssignmentStatus.Reviewed => "согласовано",
        AssignmentStatus.Locked => "закрыто",
        _ => status.ToString(),
    };

    public static string Subject(AssessedSubject subject) => subject switch
    {
        AssessedSubject.Organisation => "организация",
        AssessedSubject.Municipality => "муниципалитет",
        AssessedSubject.Person => "работник",
        AssessedSubject.Programme => "программа",
        _ => subject.ToString(),
    };

    public static string Problems(Refusal refusal) =>
        refusal.Problems.Count == 0 ? refusal.Title : $"{refusal.Title}: {string.Join("; ", refusal.Problems.Select(p => p.Message))}";
}
