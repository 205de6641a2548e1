namespace EduCycle.Web.Features.Registry.Import;

/// <summary>A problem of one cell (or of the header row, <see cref="Row"/> 1) of an import file.</summary>
public sealed record ImportError(int Row, string Column, string? Value, string Message)
{
    /// <summary>The message as shown to users, naming the row (as numbered in the file) and the column.</summary>
    public string Text => Column.Length == 0 ? Message : $"Строка {Row}, столбец «{Column}»: {Message}";

    public override string ToString() => Text;
}

public sealed record ImportOptions(bool ValidRowsOnly = false);

/// <summary>Progress of an import: the stage, rows done, the total when known, and bytes of the file read.</summary>
public sealed record ImportProgress(string Stage, long Done, long? Total, long BytesRead, long BytesTotal)
{
    public const string Checking = "проверка";
    public const string Writing = "запись";

    /// <summary>Share done within the stage, 0..1, when it can be told.</summary>
    public double? Fraction =>
        Total > 0 ? (double)Done / Total.Value
        : BytesTotal > 0 ? (double)BytesRead / BytesTotal
        : null;
}

/// <summary>
/// The outcome of an import. <see cref="Written"/> is false when the file was rejected (any error without
/// <see cref="ImportOptions.ValidRowsOnly"/>, or a wrong header): then nothing was changed.
/// </summary>
public sealed record ImportResult(
    ImportKind Kind,
    string FileName,
    int Rows,
    int Created,
    int Updated,
    int Unchanged,
    int Rejected,
    bool Written,
    IReadOnlyList<ImportError> Errors,
    TimeSpan Elapsed)
{
    public bool Succeeded => Written || Errors.Count == 0;
}
