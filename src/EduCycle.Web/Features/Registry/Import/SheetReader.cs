using System.Text;
using ExcelDataReader;
using Sylvan.Data.Csv;

namespace EduCycle.Web.Features.Registry.Import;

/// <summary>
/// Reads the rows of an uploaded table one at a time: the first sheet of an XLSX/XLS workbook
/// (ExcelDataReader) or a CSV file (Sylvan; <c>;</c> or <c>,</c>; UTF-8 with or without BOM, or Windows-1251).
/// Row 1 is the header. Nothing but the current row is held in memory.
/// </summary>
internal abstract class SheetReader : IDisposable
{
    private readonly Stream _stream;

    /// <summary>ExcelDataReader and Windows-1251 CSV need the code pages, whoever the host is (web, CLI, tests).</summary>
    static SheetReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private SheetReader(Stream stream) => _stream = stream;

    /// <summary>Number of the current row as in the file (the header is row 1).</summary>
    public int RowNumber { get; private set; }

    public long BytesRead => _stream.Position;
    public long BytesTotal => _stream.Length;

    public abstract int FieldCount { get; }

    /// <summary>The cell of the current row: null when empty, otherwise a string, double, bool or DateTime.</summary>
    public abstract object? this[int ordinal] { get; }

    public bool Read()
    {
        if (!ReadRow()) return false;
        RowNumber++;
        return true;
    }

    public bool IsEmptyRow()
    {
        for (var i = 0; i < FieldCount; i++)
            if (this[i] is not null) return false;
        return true;
    }

    protected abstract bool ReadRow();

    public virtual void Dispose() => _stream.Dispose();

    /// <summary>Opens a seekable stream by the file name's extension; the reader owns the stream.</summary>
    public static SheetReader Open(Stream stream, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".xlsx" or ".xls" => new Excel(stream),
            ".csv" or ".txt" => new Csv(stream),
            _ => throw new ImportFileException($"Неподдерживаемый формат файла «{extension}»: ожидается XLSX, XLS или CSV."),
        };
    }

    private sealed class Excel : SheetReader
    {
        private readonly IExcelDataReader _reader;

        public Excel(Stream stream) : base(stream)
        {
            try
            {
                _reader = ExcelReaderFactory.CreateReader(stream, new ExcelReaderConfiguration { LeaveOpen = true });
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new ImportFileException("Файл не удалось прочитать как книгу Excel.");
            }
        }

        public override int FieldCount => _reader.FieldCount;

        public override object? this[int ordinal] => _reader.GetValue(ordinal) switch
        {
            null or DBNull => null,
            string s when string.IsNullOrWhiteSpace(s) => null,
            var value => value,
        };

        protected override bool ReadRow() => _reader.Read();

        public override void Dispose()
        {
            _reader.Dispose();
            base.Dispose();
        }
    }

    private sealed class Csv : SheetReader
    {
        private const int SniffBytes = 64 * 1024;
        private readonly CsvDataReader _reader;

        public Csv(Stream stream) : base(stream)
        {
            var (encoding, delimiter) = Sniff(stream);
            stream.Position = 0;
            var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
            _reader = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = false, Delimiter = delimiter, OwnsReader = true });
        }

        public override int FieldCount => _reader.RowFieldCount;

        public override object? this[int ordinal]
        {
            get
            {
                if (ordinal >= _reader.RowFieldCount) return null;
                var value = _reader.GetString(ordinal);
                return string.IsNullOrWhiteSpace(value) ? null : value;
            }
        }

        protected override bool ReadRow() => _reader.Read();

        public override void Dispose()
        {
            _reader.Dispose();
            base.Dispose();
        }

        /// <summary>UTF-8 if the start of the file is valid UTF-8 (or has a BOM), else Windows-1251; <c>;</c> if the header line has more of them than commas.</summary>
        private static (Encoding Encoding, char Delimiter) Sniff(Stream stream)
        {
            var buffer = new byte[SniffBytes];
            var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var bytes = buffer.AsSpan(0, length);
            Encoding encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            string text;
            try
            {
                var decoder = encoding.GetDecoder();
                var chars = new char[length];
                var count = decoder.GetChars(bytes, chars, flush: false);
                text = new string(chars, 0, count);
            }
            catch (DecoderFallbackException)
            {
                encoding = Encoding.GetEncoding(1251);
                text = encoding.GetString(bytes);
            }
            var end = text.IndexOfAny(['\r', '\n']);
            var header = end < 0 ? text : text[..end];
            var delimiter = header.Count(c => c == ';') >= header.Count(c => c == ',') && header.Contains(';') ? ';' : ',';
            return (encoding, delimiter);
        }
    }
}

/// <summary>The file as a whole cannot be imported (format, header); the message is for the user.</summary>
public sealed class ImportFileException(string message) : Exception(message);
