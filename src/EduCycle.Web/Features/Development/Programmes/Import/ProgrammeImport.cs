using System.Text.Json;
using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Registry.Import;
using Microsoft.EntityFrameworkCore;
using C = EduCycle.Web.Features.Development.Programmes.Import.ProgrammeColumns;

namespace EduCycle.Web.Features.Development.Programmes.Import;

/// <summary>The outcome of a catalogue import; <see cref="Written"/> is false when the file was rejected and nothing changed.</summary>
public sealed record ProgrammeImportResult(int Rows, int Created, int Updated, int Unchanged, bool Written, IReadOnlyList<ImportError> Errors);

/// <summary>
/// Loads the programme catalogue from an XLSX/CSV file. Every row is checked first (providers, values, topic and
/// subject codes, duplicate codes); any error rejects the whole file. Programmes are matched by code, so
/// re-importing a file updates them in place and a second identical import changes nothing.
/// </summary>
public sealed class ProgrammeImport(EduCycleDbContext db)
{
    public async Task<ProgrammeImportResult> ImportAsync(Stream file, string fileName, CancellationToken ct = default)
    {
        var errors = new List<ImportError>();
        var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        SheetReader sheet;
        try
        {
            sheet = SheetReader.Open(buffer, fileName);
        }
        catch (ImportFileException e)
        {
            return Rejected(0, [new ImportError(1, "", null, e.Message)]);
        }

        var rows = new List<(int Number, ProgrammeDraft Draft)>();
        using (sheet)
        {
            var parser = RowParser.ReadHeader(sheet, C.All, errors);
            if (parser is null) return Rejected(0, errors);
            var providers = await db.Providers.AsNoTracking().ToDictionaryAsync(p => ImportColumn.Normalise(p.Name), p => p.Id, ct);
            var topics = await db.DeficitTopics.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Id, StringComparer.OrdinalIgnoreCase, ct);
            var subjects = await db.Subjects.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.Id, StringComparer.OrdinalIgnoreCase, ct);
            var count = 0;
            var firstRowOfCode = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            while (sheet.Read())
            {
                if (sheet.IsEmptyRow()) continue;
                count++;
                parser.BeginRow();
                var draft = Parse(parser, providers, topics, subjects);
                if (draft.Code.Length > 0)
                {
                    if (firstRowOfCode.TryGetValue(draft.Code, out var first))
                        parser.Error(C.Code, $"код программы «{draft.Code}» повторяется в файле (строки {first} и {parser.Row})");
                    else firstRowOfCode[draft.Code] = parser.Row;
                }
                if (!parser.RowHasErrors) rows.Add((parser.Row, draft));
            }
            if (errors.Count > 0 || rows.Count == 0)
            {
                if (errors.Count == 0) errors.Add(new ImportError(2, "", null, "в файле нет ни одной программы"));
                return Rejected(count, errors);
            }
        }

        var codes = rows.Select(r => r.Draft.Code).ToList();
        var existing = await db.Programmes.Include(p => p.Topics).Where(p => codes.Contains(p.Code)).ToListAsync(ct);
        var byCode = existing.ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
        int created = 0, updated = 0, unchanged = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var (_, draft) in rows)
        {
            if (byCode.TryGetValue(draft.Code, out var programme))
            {
                draft.Code = programme.Code;
                if (Key(ProgrammeDraft.From(programme)) == Key(draft))
                {
                    unchanged++;
                    continue;
                }
                draft.ApplyTo(programme);
                updated++;
            }
            else
            {
                programme = new Programme { Code = draft.Code, Name = draft.Name };
                draft.ApplyTo(programme);
                db.Programmes.Add(programme);
                created++;
            }
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ProgrammeImportResult(rows.Count, created, updated, unchanged, true, []);
    }

    private static ProgrammeDraft Parse(RowParser p, Dictionary<string, int> providers, Dictionary<string, int> topics, Dictionary<string, int> subjects)
    {
        var draft = new ProgrammeDraft
        {
            Code = p.Text(C.Code, 64) ?? "",
            Name = p.Text(C.Name, 1000) ?? "",
            Kind = p.Choice(C.Kind, C.Kinds) ?? ProgrammeKind.Upskilling,
            Form = p.Choice(C.Form, C.Forms) ?? StudyForm.FullTime,
            ELearning = Flag(p, C.ELearning),
            InFederalRegistry = Flag(p, C.FederalRegistry),
            HasStressModule = Flag(p, C.StressModule),
            BuiltOnPreCourseDiagnostics = Flag(p, C.PreCourse),
            Targeted = Flag(p, C.Targeted),
            StimulatesGrowth = Flag(p, C.Growth),
            Pedagogical = Flag(p, C.Pedagogical),
            OnSchoolRequest = Flag(p, C.SchoolRequest),
            ExpertTopic = p.Choice(C.ExpertTopic, C.ExpertTopics) ?? ExpertTopic.None,
            Annotation = p.Text(C.Annotation, 4000),
        };
        if (p.Text(C.Provider, 500) is { } providerName)
        {
            if (providers.TryGetValue(ImportColumn.Normalise(providerName), out var providerId)) draft.ProviderId = providerId;
            else p.Error(C.Provider, $"неизвестная организация ДПО «{providerName}»: добавьте её в список поставщиков или исправьте наименование");
        }
        var hours = p.Number(C.Hours);
        if (hours is { } h)
        {
            if (h <= 0 || h != Math.Floor(h) || h > 10000) p.Error(C.Hours, "объём часов должен быть целым положительным числом");
            else draft.Hours = (int)h;
        }
        if (draft.Pedagogical && draft.Kind == ProgrammeKind.Upskilling)
            p.Error(C.Pedagogical, "педагогическая направленность отмечается только для программ ПП");
        foreach (var module in List(p, C.DiagnosticModules, C.Modules, "диагностический модуль")) draft.DiagnosticModules |= module;
        foreach (var group in List(p, C.Groups, C.GroupChoices, "группа компетенций")) draft.Groups |= CompetencyGroupSets.Of(group);
        if (p.Text(C.Topics, 4000) is { } topicCodes)
            foreach (var code in Split(topicCodes))
            {
                if (topics.TryGetValue(code, out var topicId)) draft.TopicIds.Add(topicId);
                else p.Error(C.Topics, $"неизвестный код темы дефицита «{code}»");
            }
        if (p.Text(C.Subject, 64) is { } subjectCode)
        {
            if (subjects.TryGetValue(subjectCode, out var subjectId)) draft.SubjectId = subjectId;
            else p.Error(C.Subject, $"неизвестный код предмета «{subjectCode}»");
        }
        return draft;
    }

    private static bool Flag(RowParser p, ImportColumn column) => p.Choice(column, ImportChoices.YesNo) ?? false;

    private static IEnumerable<T> List<T>(RowParser p, ImportColumn column, IReadOnlyList<(string Text, T Value)> choices, string what)
        where T : struct
    {
        if (p.Text(column, 500) is not { } text) yield break;
        foreach (var item in Split(text))
        {
            var key = ImportColumn.Normalise(item);
            var match = choices.Where(c => ImportColumn.Normalise(c.Text) == key).Select(c => (T?)c.Value).FirstOrDefault();
            if (match is null)
            {
                p.Error(column, $"неизвестное значение «{item}» ({what}); допустимые значения: {string.Join(", ", choices.Select(c => $"«{c.Text}»"))}");
                continue;
            }
            yield return match.Value;
        }
    }

    private static IEnumerable<string> Split(string text) =>
        text.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The draft's values as one comparable text (topics in order), to tell an unchanged row.</summary>
    private static string Key(ProgrammeDraft d)
    {
        d.TopicIds = d.TopicIds.Order().ToHashSet();
        return JsonSerializer.Serialize(d);
    }

    private static ProgrammeImportResult Rejected(int rows, List<ImportError> errors)
    {
        errors.Sort((a, b) => a.Row.CompareTo(b.Row));
        return new ProgrammeImportResult(rows, 0, 0, 0, false, errors);
    }
}
