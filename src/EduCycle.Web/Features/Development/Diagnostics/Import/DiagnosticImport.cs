using System.Diagnostics;
using System.Text.Json;
using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Diagnostics.Results;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Features.Registry.Import;
using EduCycle.Web.Features.Registry.Queries;
using Microsoft.EntityFrameworkCore;
using C = EduCycle.Web.Features.Development.Diagnostics.Import.DiagnosticColumns;

namespace EduCycle.Web.Features.Development.Diagnostics.Import;

/// <summary>
/// Imports a campaign's results from XLSX/CSV (one row per teacher). Every row is checked first; then, unless a row
/// failed and only-valid-rows was not asked for, new attempts are written in one transaction. A row whose attempt is
/// already stored with the same values is unchanged (re-importing a file changes nothing); with other values it is an
/// error. A repeat is a row with «Попытка» = the teacher's last attempt + 1.
/// </summary>
public sealed class DiagnosticImport(EduCycleDbContext db, TimeProvider clock)
{
    public const long MaxFileBytes = 20L * 1024 * 1024;
    private static readonly char[] TopicSeparators = [';', ','];

    private sealed record Row(int Number, string Code, int? SubjectId, DateOnly TakenOn, int Attempt,
        Dictionary<CompetencyGroup, decimal> Percents, List<DeficitTopic> Topics);

    private sealed record Stored(int Id, int PersonId, int Attempt, int? SubjectId, DateOnly TakenOn,
        List<GroupScore> Scores, List<int> TopicIds);

    public async Task<Outcome<DiagnosticImportResult>> ImportAsync(
        Actor actor, int campaignId, Stream file, string fileName, ImportOptions options,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var clockStart = Stopwatch.StartNew();
        var rules = await CampaignRules.LoadAsync(db, campaignId, ct);
        if (rules is null) return Refusal.NotFound();
        if (!DiagnosticAccess.CanManage(actor, rules.Campaign.MunicipalityId))
            return Refusal.Forbidden("Загружать результаты этой кампании вам не разрешено");

        var errors = new List<ImportError>();
        await using var seekable = new MemoryStream();
        await file.CopyToAsync(seekable, ct);
        seekable.Position = 0;
        var bytes = seekable.Length; // the sheet reader closes the stream
        SheetReader sheet;
        try
        {
            sheet = SheetReader.Open(seekable, fileName);
        }
        catch (ImportFileException e)
        {
            errors.Add(new ImportError(1, "", null, e.Message));
            return Rejected(fileName, 0, errors, clockStart.Elapsed);
        }
        var rows = new List<Row>();
        var count = 0;
        using (sheet)
        {
            var parser = RowParser.ReadHeader(sheet, C.All, errors);
            if (parser is null) return Rejected(fileName, 0, errors, clockStart.Elapsed);
            var subjects = await SubjectsAsync(ct);
            var today = actor.Scope.Today;
            while (sheet.Read())
            {
                if (sheet.IsEmptyRow()) continue;
                count++;
                parser.BeginRow();
                if (Parse(parser, errors, rules, subjects, today) is { } row && !parser.RowHasErrors) rows.Add(row);
                if (count % 500 == 0) progress?.Report(new ImportProgress(ImportProgress.Checking, count, null, sheet.BytesRead, sheet.BytesTotal));
            }
            progress?.Report(new ImportProgress(ImportProgress.Checking, count, count, sheet.BytesTotal, sheet.BytesTotal));
        }

        foreach (var group in rows.GroupBy(r => r.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            foreach (var row in group)
                errors.Add(new ImportError(row.Number, C.PersonCode.Header, row.Code,
                    $"работник «{row.Code}» встречается в файле несколько раз (строки {string.Join(", ", group.Select(r => r.Number))}); одна строка на работника"));
        var duplicates = rows.GroupBy(r => r.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).SelectMany(g => g).ToHashSet();
        var (planned, unchanged) = await PlanAsync(actor, rules, rows.Where(r => !duplicates.Contains(r)).ToList(), errors, ct);

        errors.Sort((a, b) => a.Row.CompareTo(b.Row));
        var rejected = errors.Select(e => e.Row).Distinct().Count();
        if (errors.Count > 0 && !options.ValidRowsOnly)
            return new DiagnosticImportResult(fileName, count, 0, 0, rejected, false, errors, clockStart.Elapsed);
        if (planned.Count > 0)
        {
            progress?.Report(new ImportProgress(ImportProgress.Writing, 0, planned.Count, bytes, bytes));
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await ResultWriter.WriteAsync(db, planned, ct);
            db.AuditEntries.Add(new AuditEntry
            {
                At = clock.GetUtcNow().UtcDateTime, UserId = db.Scope.UserId, UserName = db.Scope.UserName, Action = AuditAction.Import,
                EntityType = "DiagnosticResults", EntityId = campaignId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                After = JsonSerializer.Serialize(new { File = fileName, Rows = count, Created = planned.Count, Unchanged = unchanged, Rejected = rejected }),
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            progress?.Report(new ImportProgress(ImportProgress.Writing, planned.Count, planned.Count, bytes, bytes));
        }
        return new DiagnosticImportResult(fileName, count, planned.Count, unchanged, rejected, true, errors, clockStart.Elapsed);
    }

    private static Row? Parse(RowParser p, List<ImportError> errors, CampaignRules rules, IReadOnlyDictionary<string, int> subjects, DateOnly today)
    {
        var code = p.Text(C.PersonCode, 64);
        var subjectText = p.Text(C.Subject, 200);
        int? subjectId = null;
        if (subjectText is not null)
        {
            if (subjects.TryGetValue(subjectText, out var s) || subjects.TryGetValue(ImportColumn.Normalise(subjectText), out s)) subjectId = s;
            else p.Error(C.Subject, $"неизвестный предмет «{subjectText}»");
        }
        if ((subjectText is null || subjectId is not null) && rules.SubjectProblem(subjectId) is { } subjectProblem)
            p.Error(C.Subject, subjectProblem);

        var takenOn = p.Date(C.TakenOn);
        if (takenOn < rules.Campaign.StartDate) p.Error(C.TakenOn, $"дата раньше начала кампании ({rules.Campaign.StartDate:dd.MM.yyyy})");
        else if (takenOn > today) p.Error(C.TakenOn, "дата в будущем");
        var attempt = p.Integer(C.Attempt) ?? 1;
        if (attempt < 1) p.Error(C.Attempt, "номер попытки — целое число от 1");

        var percents = new Dictionary<CompetencyGroup, decimal>();
        foreach (var (group, column) in C.Percents)
        {
            var before = errors.Count;
            var value = p.Number(column);
            if (!rules.Diagnoses(group))
            {
                if (value is not null) p.Error(column, $"группа «{DevelopmentLabels.Of(group)}» не диагностируется в этой кампании: оставьте столбец пустым");
                continue;
            }
            if (value is null)
            {
                if (errors.Count == before) p.Error(column, "не заполнен результат группы, которую диагностирует кампания");
                continue;
            }
            var percent = Math.Round((decimal)value.Value, 2);
            if (DiagnosticRule.PercentProblem(percent) is { } problem) p.Error(column, problem);
            else percents[group] = percent;
        }

        var topics = new List<DeficitTopic>();
        foreach (var topicCode in (p.Text(C.Topics, 4000) ?? "").Split(TopicSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!rules.TopicsByCode.TryGetValue(topicCode, out var topic)) p.Error(C.Topics, $"неизвестная тема дефицита «{topicCode}»");
            else if (rules.TopicProblem(topic, subjectId) is { } problem) p.Error(C.Topics, problem);
            else if (topics.All(t => t.Id != topic.Id)) topics.Add(topic);
        }
        return code is null || takenOn is null ? null : new Row(p.Row, code, subjectId, takenOn.Value, attempt, percents, topics);
    }

    private async Task<(List<PlannedResult> Planned, int Unchanged)> PlanAsync(
        Actor actor, CampaignRules rules, List<Row> rows, List<ImportError> errors, CancellationToken ct)
    {
        var codes = rows.Select(r => r.Code).ToList();
        var visible = await db.People.AsNoTracking().Where(p => codes.Contains(p.ExternalCode))
            .Select(p => new { p.Id, p.ExternalCode }).ToListAsync(ct);
        var byCode = visible.ToDictionary(p => p.ExternalCode, p => p.Id, StringComparer.OrdinalIgnoreCase);
        // Only whether a code exists anywhere, to tell «unknown» from «outside your scope»; nothing else of the person is read.
        var existing = (await db.People.IgnoreQueryFilters().Where(p => codes.Contains(p.ExternalCode)).Select(p => p.ExternalCode).ToListAsync(ct))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ids = byCode.Values.ToList();
        var today = db.Scope.Today;
        var workplaces = (await db.Employments.AsNoTracking().ValidAt(today)
                .Where(e => ids.Contains(e.PersonId))
                .Select(e => new { e.PersonId, e.OrganisationId, e.IsMain, e.Id }).ToListAsync(ct))
            .GroupBy(e => e.PersonId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.IsMain).ThenBy(e => e.Id).First().OrganisationId);
        var stored = (await db.DiagnosticResults.AsNoTracking()
                .Where(r => r.CampaignId == rules.Campaign.Id && ids.Contains(r.PersonId))
                .Select(r => new Stored(r.Id, r.PersonId, r.Attempt, r.SubjectId, r.TakenOn,
                    r.Scores.Select(s => new GroupScore(s.Group, s.Percent)).ToList(),
                    db.Deficits.Where(d => d.ResultId == r.Id).Select(d => d.TopicId).ToList()))
                .AsSingleQuery().ToListAsync(ct))
            .GroupBy(r => r.PersonId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Attempt).ToList());

        var planned = new List<PlannedResult>();
        var unchanged = 0;
        var at = clock.GetUtcNow().UtcDateTime;
        foreach (var row in rows)
        {
            void Error(ImportColumn column, string? value, string message) => errors.Add(new ImportError(row.Number, column.Header, value, message));
            if (!byCode.TryGetValue(row.Code, out var personId))
            {
                Error(C.PersonCode, row.Code, existing.Contains(row.Code)
                    ? $"работник «{row.Code}» вне вашей области доступа"
                    : $"работник с кодом «{row.Code}» не найден в реестре работников");
                continue;
            }
            if (!workplaces.TryGetValue(personId, out var organisationId))
            {
                Error(C.PersonCode, row.Code, $"у работника «{row.Code}» нет действующего места работы в вашей области доступа");
                continue;
            }
            var attempts = stored.GetValueOrDefault(personId) ?? [];
            var last = attempts.Count == 0 ? 0 : attempts[^1].Attempt;
            if (row.Attempt <= last)
            {
                var same = attempts.First(a => a.Attempt == row.Attempt);
                if (Same(same, row)) unchanged++;
                else Error(C.Attempt, row.Attempt.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"попытка {row.Attempt} уже внесена ({same.TakenOn:dd.MM.yyyy}) с другими результатами; повторную диагностику укажите как попытку {last + 1}");
                continue;
            }
            if (row.Attempt > last + 1)
            {
                Error(C.Attempt, row.Attempt.ToString(System.Globalization.CultureInfo.InvariantCulture), last == 0
                    ? "у работника нет входной диагностики в этой кампании: укажите попытку 1"
                    : $"последняя внесённая попытка — {last}: следующая должна быть {last + 1}");
                continue;
            }
            var previous = attempts.Count == 0 ? null : attempts[^1];
            if (previous is not null && row.TakenOn < previous.TakenOn)
            {
                Error(C.TakenOn, row.TakenOn.ToString("dd.MM.yyyy"), $"повторная диагностика не может быть раньше предыдущей ({previous.TakenOn:dd.MM.yyyy})");
                continue;
            }
            planned.Add(ResultWriter.Plan(rules, personId, organisationId, row.SubjectId, row.TakenOn, row.Attempt, previous?.Id,
                row.Percents, row.Topics, DiagnosticEntry.Import, actor.Name, at));
        }
        return (planned, unchanged);
    }

    /// <summary>The stored attempt has the row's values; the topics it recorded are among the row's (an already open deficit is not recorded again).</summary>
    private static bool Same(Stored stored, Row row) =>
        stored.SubjectId == row.SubjectId && stored.TakenOn == row.TakenOn
        && stored.Scores.Count == row.Percents.Count
        && stored.Scores.All(s => row.Percents.TryGetValue(s.Group, out var p) && p == s.Percent)
        && stored.TopicIds.All(id => row.Topics.Any(t => t.Id == id));

    private async Task<IReadOnlyDictionary<string, int>> SubjectsAsync(CancellationToken ct)
    {
        var subjects = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in await db.Subjects.AsNoTracking().ToListAsync(ct))
        {
            subjects.TryAdd(s.Code, s.Id);
            subjects.TryAdd(ImportColumn.Normalise(s.Name), s.Id);
        }
        return subjects;
    }

    private static DiagnosticImportResult Rejected(string fileName, int rows, List<ImportError> errors, TimeSpan elapsed) =>
        new(fileName, rows, 0, 0, 0, false, errors, elapsed);
}
