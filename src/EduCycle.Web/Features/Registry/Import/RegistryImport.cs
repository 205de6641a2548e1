using System.Diagnostics;
using System.Text.Json;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;

namespace EduCycle.Web.Features.Registry.Import;

/// <summary>
/// Imports organisations or staff from an XLSX/CSV file into the registry, acting as <see cref="EduCycleDbContext.Scope"/>.
/// All rows are checked first; then, unless a row failed and only-valid-rows was not asked for, the changes are
/// written in one transaction with one summary audit row. Rows are upserted by their external code, so importing
/// the same file twice changes nothing the second time.
/// </summary>
public sealed class RegistryImport(EduCycleDbContext db)
{
    public const int ProgressStep = 1000;

    public async Task<ImportResult> ImportAsync(
        ImportKind kind, Stream file, string fileName, ImportOptions options,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var errors = new List<ImportError>();
        await using var seekable = await SeekableAsync(file, ct);
        SheetReader sheet;
        try
        {
            sheet = SheetReader.Open(seekable, fileName);
        }
        catch (ImportFileException e)
        {
            errors.Add(new ImportError(1, "", null, e.Message));
            return Rejected(kind, fileName, 0, errors, clock.Elapsed);
        }
        using (sheet)
        {
            var parser = RowParser.ReadHeader(sheet, kind.Columns(), errors);
            if (parser is null) return Rejected(kind, fileName, 0, errors, clock.Elapsed);
            IImporter importer = kind == ImportKind.Organisations ? new OrganisationImporter(db) : new StaffImporter(db);
            await importer.PrepareAsync(ct);

            var rows = 0;
            while (sheet.Read())
            {
                if (sheet.IsEmptyRow()) continue;
                rows++;
                parser.BeginRow();
                await importer.ParseRowAsync(parser, ct);
                if (rows % ProgressStep == 0)
                    progress?.Report(new ImportProgress(ImportProgress.Checking, rows, null, sheet.BytesRead, sheet.BytesTotal));
            }
            progress?.Report(new ImportProgress(ImportProgress.Checking, rows, rows, sheet.BytesTotal, sheet.BytesTotal));

            var counts = await importer.PlanAsync(errors, ct);
            errors.Sort((a, b) => a.Row.CompareTo(b.Row));
            var rejected = errors.Select(e => e.Row).Distinct().Count();
            if (errors.Count > 0 && !options.ValidRowsOnly)
                return new ImportResult(kind, fileName, rows, 0, 0, 0, rejected, false, errors, clock.Elapsed);

            if (counts.Created + counts.Updated > 0)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await importer.WriteAsync(new WriteProgress(progress, counts.Created + counts.Updated, sheet.BytesTotal), ct);
                await AuditAsync(kind, fileName, rows, counts, rejected, ct);
                await transaction.CommitAsync(ct);
            }
            return new ImportResult(kind, fileName, rows, counts.Created, counts.Updated, counts.Unchanged, rejected, true, errors, clock.Elapsed);
        }
    }

    private async Task AuditAsync(ImportKind kind, string fileName, int rows, PlanCounts counts, int rejected, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        db.AuditEntries.Add(new AuditEntry
        {
            At = DateTime.UtcNow,
            UserId = db.Scope.UserId,
            UserName = db.Scope.UserName,
            Action = AuditAction.Import,
            EntityType = "Import",
            EntityId = kind.Slug(),
            After = JsonSerializer.Serialize(new
            {
                File = fileName, Rows = rows, counts.Created, counts.Updated, counts.Unchanged, Rejected = rejected,
            }),
        });
        await db.SaveChangesAsync(ct);
    }

    private static ImportResult Rejected(ImportKind kind, string fileName, int rows, List<ImportError> errors, TimeSpan elapsed) =>
        new(kind, fileName, rows, 0, 0, 0, 0, false, errors, elapsed);

    /// <summary>Readers need to seek (format sniffing, progress by position): a forward-only upload goes to a temporary file first.</summary>
    private static async Task<Stream> SeekableAsync(Stream file, CancellationToken ct)
    {
        if (file.CanSeek) return new NonClosingStream(file);
        var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await file.CopyToAsync(temp, ct);
        temp.Position = 0;
        return temp;
    }

    /// <summary>Lets readers dispose what they read without closing the caller's stream.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => inner.CanRead;
        public override bool CanSeek => inner.CanSeek;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => inner.Position = value; }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => inner.Read(buffer);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);
        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

internal readonly record struct PlanCounts(int Created, int Updated, int Unchanged);

/// <summary>One kind of import: parse rows one by one, check them against the database, write the planned changes.</summary>
internal interface IImporter
{
    /// <summary>Loads the reference data rows are checked against (municipalities, organisations in scope, subjects).</summary>
    Task PrepareAsync(CancellationToken ct);

    /// <summary>Parses and checks the current row; keeps it when valid.</summary>
    Task ParseRowAsync(RowParser parser, CancellationToken ct);

    /// <summary>Compares kept rows with the database, adding errors of rows that cannot be applied; returns what writing would do.</summary>
    Task<PlanCounts> PlanAsync(List<ImportError> errors, CancellationToken ct);

    /// <summary>Writes the planned changes inside the caller's transaction.</summary>
    Task WriteAsync(WriteProgress progress, CancellationToken ct);
}

/// <summary>Reports the writing stage: rows written of the rows that change.</summary>
internal sealed class WriteProgress(IProgress<ImportProgress>? progress, int total, long bytes)
{
    private int _done;

    public void Advance(int rows)
    {
        _done = Math.Min(total, _done + rows);
        progress?.Report(new ImportProgress(ImportProgress.Writing, _done, total, bytes, bytes));
    }
}
