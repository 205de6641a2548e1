using EduCycle.Web.Data;
using EduCycle.Web.Features.Instruments.Catalog;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Instruments.Evidence;

public sealed record EvidenceRow(int Id, int AssignmentId, string ItemCode, string FileName, string ContentType, long Size, DateTime UploadedAt, string UploadedBy);

public sealed record EvidenceContent(string FileName, string ContentType, byte[] Content);

/// <summary>Evidence files (подтверждающие документы) per assignment and item: added and removed by the subject while the self-assessment is a draft.</summary>
public sealed class EvidenceFiles(EduCycleDbContext db, InstrumentCatalog catalog, TimeProvider clock)
{
    public const long MaxSize = 10 * 1024 * 1024;

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
    };

    public async Task<IReadOnlyList<EvidenceRow>> ListAsync(int assignmentId, CancellationToken ct = default) =>
        await db.EvidenceFiles.AsNoTracking().Where(f => f.AssignmentId == assignmentId).OrderBy(f => f.ItemCode).ThenBy(f => f.Id)
            .Select(f => new EvidenceRow(f.Id, f.AssignmentId, f.ItemCode, f.FileName, f.ContentType, f.Size, f.UploadedAt, f.UploadedBy))
            .ToListAsync(ct);

    public Task<EvidenceContent?> DownloadAsync(int fileId, CancellationToken ct = default) =>
        db.EvidenceFiles.AsNoTracking().Where(f => f.Id == fileId).Select(f => new EvidenceContent(f.FileName, f.ContentType, f.Content)).FirstOrDefaultAsync(ct);

    /// <summary>Stores a file of at most 10 MB with an allowed extension (.pdf .docx .xlsx .jpg .jpeg .png) for an item of the instrument.</summary>
    public async Task<Outcome<EvidenceRow>> UploadAsync(Actor actor, int assignmentId, string itemCode, string fileName, Stream content, long length, CancellationToken ct = default)
    {
        var name = Path.GetFileName(fileName);
        if (!ContentTypes.TryGetValue(Path.GetExtension(name), out var contentType))
            return Refusal.Invalid("Файл не принят", "file", $"файл «{name}»: такой тип файлов не принимается; допустимы .pdf, .docx, .xlsx, .jpg, .jpeg, .png");
        if (length > MaxSize)
            return Refusal.Invalid("Файл не принят", "file", $"файл «{name}» больше 10 МБ");
        var (assignment, refusal) = await OpenAsync(actor, assignmentId, ct);
        if (refusal is not null) return refusal;
        var definition = await catalog.GetDefinitionAsync(assignment!.Campaign.InstrumentCode, assignment.Campaign.InstrumentVersion, ct);
        if (definition!.AllItems().All(i => i.Code != itemCode))
            return Refusal.Invalid("Файл не принят", "itemCode", $"пункта «{itemCode}» в инструменте нет");

        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxSize) return Refusal.Invalid("Файл не принят", "file", $"файл «{name}» больше 10 МБ");
        var file = new EvidenceFile
        {
            AssignmentId = assignmentId,
            ItemCode = itemCode,
            FileName = name,
            ContentType = contentType,
            Size = buffer.Length,
            Content = buffer.ToArray(),
            UploadedAt = clock.GetUtcNow().UtcDateTime,
            UploadedBy = actor.Name,
        };
        db.EvidenceFiles.Add(file);
        await db.SaveChangesAsync(ct);
        return new EvidenceRow(file.Id, file.AssignmentId, file.ItemCode, file.FileName, file.ContentType, file.Size, file.UploadedAt, file.UploadedBy);
    }

    public async Task<Outcome<int>> DeleteAsync(Actor actor, int fileId, CancellationToken ct = default)
    {
        var assignmentId = await db.EvidenceFiles.Where(f => f.Id == fileId).Select(f => (int?)f.AssignmentId).FirstOrDefaultAsync(ct);
        if (assignmentId is null) return Refusal.NotFound();
        var (_, refusal) = await OpenAsync(actor, assignmentId.Value, ct);
        if (refusal is not null) return refusal;
        await db.EvidenceFiles.Where(f => f.Id == fileId).ExecuteDeleteAsync(ct);
        return fileId;
    }

    private async Task<(Assignment? Assignment, Refusal? Refusal)> OpenAsync(Actor actor, int assignmentId, CancellationToken ct)
    {
        var assignment = await db.Assignments.Include(a => a.Campaign).FirstOrDefaultAsync(a => a.Id == assignmentId, ct);
        if (assignment is null) return (null, Refusal.NotFound());
        if (assignment.Status == AssignmentStatus.Locked) return (null, Refusal.Conflict(Assessments.AssessmentWorkflow.LockedTitle));
        if (!actor.CanFill(assignment)) return (null, Refusal.Forbidden("Файлы прикладывает сам объект оценки"));
        if (assignment.Status > AssignmentStatus.Draft) return (null, Refusal.Conflict("Самооценка уже отправлена: файлы менять нельзя"));
        return (assignment, null);
    }
}
