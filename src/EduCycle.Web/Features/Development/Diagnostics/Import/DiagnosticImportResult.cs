using EduCycle.Web.Features.Registry.Import;

namespace EduCycle.Web.Features.Development.Diagnostics.Import;

/// <summary>
/// The outcome of a results import. <see cref="Written"/> is false when the file was rejected (any error without
/// «only valid rows», or a wrong header): then nothing was changed.
/// </summary>
public sealed record DiagnosticImportResult(
    string FileName, int Rows, int Created, int Unchanged, int Rejected, bool Written, IReadOnlyList<ImportError> Errors, TimeSpan Elapsed)
{
    public bool Succeeded => Written || Errors.Count == 0;
}
