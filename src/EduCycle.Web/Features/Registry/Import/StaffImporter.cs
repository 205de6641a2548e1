using EduCycle.Web.Data;
using LinqToDB.Data;
using LinqToDB.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using C = EduCycle.Web.Features.Registry.Import.StaffColumns;

namespace EduCycle.Web.Features.Registry.Import;

/// <summary>
/// Staff by СНИЛС, one row per person and workplace. A different position at the row's organisation closes the
/// current employment there at «Дата начала работы» and opens a new one; subjects become the file's list.
/// New records are bulk-copied (audited by the import's summary row); changes to existing ones go through
/// tracked entities in batches, so each is in the audit trail with its before and after.
/// </summary>
internal sealed class StaffImporter(EduCycleDbContext db) : IImporter
{
    private const int Batch = 2000;
    private static readonly char[] SubjectSeparators = [',', ';'];

    private sealed record Row(
        int Number, string Snils, string LastName, string FirstName, string? MiddleName, DateOnly BirthDate, Sex Sex,
        EducationLevel EducationLevel, DateOnly ExperienceSince, QualificationCategory Category, DateOnly? CategoryDate,
        int OrganisationId, Position Position, bool IsMain, DateOnly StartDate, int[] SubjectIds)
    {
        public Person ToPerson() => new()
        {
            ExternalCode = Snils, LastName = LastName, FirstName = FirstName, MiddleName = MiddleName, BirthDate = BirthDate, Sex = Sex,
            EducationLevel = EducationLevel, ExperienceSince = ExperienceSince, Category = Category, CategoryDate = CategoryDate,
        };

        public Employment ToEmployment(int personId) => new()
        {
            PersonId = personId, OrganisationId = OrganisationId, Position = Position, IsMain = IsMain, ValidFrom = StartDate,
        };
    }

    /// <summary>Changes to an existing person: null or empty parts change nothing.</summary>
    private sealed record Change(
        Row Row, Person Existing, bool PersonChanged, Employment? MainChanged, List<Employment> Closed, bool Opens,
        int[] SubjectsAdded, int[] SubjectsRemoved);

    private readonly List<Row> _rows = [];
    private readonly Dictionary<string, int> _firstRowOfSnils = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<int> _duplicateRows = [];
    private readonly Dictionary<string, bool> _organisationExists = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Row> _created = [];
    private readonly List<Change> _updated = [];
    private Dictionary<string, int> _organisations = [];
    private Dictionary<string, int> _subjects = [];

    public async Task PrepareAsync(CancellationToken ct)
    {
        _organisations = await db.Organisations.AsNoTracking()
            .ToDictionaryAsync(o => o.ExternalCode, o => o.Id, StringComparer.OrdinalIgnoreCase, ct);
        _subjects = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var subject in await db.Subjects.AsNoTracking().ToListAsync(ct))
        {
            _subjects.TryAdd(subject.Code, subject.Id);
            _subjects.TryAdd(ImportColumn.Normalise(subject.Name), subject.Id);
        }
    }

    public async Task ParseRowAsync(RowParser p, CancellationToken ct)
    {
        var today = db.Scope.Today;
        var snils = p.Text(C.Snils, 32);
        var lastName = p.Text(C.LastName, 100);
        var firstName = p.Text(C.FirstName, 100);
        var middleName = p.Text(C.MiddleName, 100);
        var birthDate = p.Date(C.BirthDate);
        if (birthDate > today.AddYears(-18))
        {
            p.Error(C.BirthDate, "работнику должно быть не меньше 18 лет");
            birthDate = null;
        }
        else if (birthDate <= today.AddYears(-91))
        {
            p.Error(C.BirthDate, "работнику должно быть не больше 90 лет");
            birthDate = null;
        }
        var sex = p.Choice(C.Sex, ImportChoices.Sexes);
        var education = p.Choice(C.EducationLevel, ImportChoices.EducationLevels);
        var experience = p.Date(C.ExperienceSince);
        if (experience > today) p.Error(C.ExperienceSince, "дата в будущем");
        else if (experience is { } since && birthDate is { } born && since < born.AddYears(18))
            p.Error(C.ExperienceSince, $"педагогический стаж не может начинаться раньше 18 лет (дата рождения {born:dd.MM.yyyy})");
        var category = p.Choice(C.Category, ImportChoices.Categories) ?? QualificationCategory.None;
        var categoryDate = p.Date(C.CategoryDate);
        if (categoryDate is not null && category == QualificationCategory.None)
            p.Error(C.CategoryDate, "указана дата присвоения, но квалификационная категория не указана («нет»)");
        else if (categoryDate > today) p.Error(C.CategoryDate, "дата в будущем");
        var organisationId = await OrganisationAsync(p, ct);
        var position = p.Choice(C.Position, ImportChoices.Positions);
        var isMain = p.Choice(C.IsMain, ImportChoices.YesNo) ?? true;
        var startDate = p.Date(C.StartDate);
        var subjectIds = Subjects(p);

        if (snils is not null)
        {
            if (_firstRowOfSnils.TryGetValue(snils, out var first))
            {
                p.Error(C.Snils, $"СНИЛС «{snils}» повторяется в файле (строки {first} и {p.Row})");
                _duplicateRows.Add(first);
            }
            else _firstRowOfSnils[snils] = p.Row;
        }
        if (!p.RowHasErrors)
            _rows.Add(new Row(p.Row, snils!, lastName!, firstName!, middleName, birthDate!.Value, sex!.Value, education!.Value,
                experience!.Value, category, categoryDate, organisationId!.Value, position!.Value, isMain, startDate!.Value, subjectIds));
    }

    public async Task<PlanCounts> PlanAsync(List<ImportError> errors, CancellationToken ct)
    {
        foreach (var row in _rows.Where(r => _duplicateRows.Contains(r.Number)))
            errors.Add(new ImportError(row.Number, C.Snils.Header, row.Snils, $"СНИЛС «{row.Snils}» повторяется в файле"));
        var rows = _rows.Where(r => !_duplicateRows.Contains(r.Number)).ToList();
        _rows.Clear();

        var people = new Dictionary<string, Person>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in rows.Select(r => r.Snils).Chunk(Batch))
            foreach (var person in await db.People.IgnoreQueryFilters().AsNoTracking().Where(x => chunk.Contains(x.ExternalCode)).ToListAsync(ct))
                people[person.ExternalCode] = person;
        var employments = new Dictionary<int, List<Employment>>();
        var subjects = new Dictionary<int, List<int>>();
        foreach (var chunk in people.Values.Select(x => x.Id).Chunk(Batch))
        {
            foreach (var e in await db.Employments.IgnoreQueryFilters().AsNoTracking()
                         .Where(e => chunk.Contains(e.PersonId) && e.ValidTo == null).ToListAsync(ct))
                (employments.TryGetValue(e.PersonId, out var list) ? list : employments[e.PersonId] = []).Add(e);
            foreach (var s in await db.PersonSubjects.AsNoTracking().Where(s => chunk.Contains(s.PersonId)).ToListAsync(ct))
                (subjects.TryGetValue(s.PersonId, out var list) ? list : subjects[s.PersonId] = []).Add(s.SubjectId);
        }

        var unchanged = 0;
        foreach (var row in rows)
        {
            if (!people.TryGetValue(row.Snils, out var person))
            {
                _created.Add(row);
                continue;
            }
            var atOrganisation = employments.GetValueOrDefault(person.Id, []).Where(e => e.OrganisationId == row.OrganisationId).ToList();
            var same = atOrganisation.FirstOrDefault(e => e.Position == row.Position);
            var closed = same is null ? atOrganisation : [];
            if (closed.FirstOrDefault(e => row.StartDate <= e.ValidFrom) is { } later)
            {
                errors.Add(new ImportError(row.Number, C.StartDate.Header, row.StartDate.ToString("dd.MM.yyyy"),
                    $"дата начала работы должна быть позже начала текущей должности «{ImportChoices.TextOf(ImportChoices.Positions, later.Position)}» ({later.ValidFrom:dd.MM.yyyy})"));
                continue;
            }
            var current = subjects.GetValueOrDefault(person.Id, []);
            var change = new Change(row, person, PersonDiffers(person, row), same is not null && same.IsMain != row.IsMain ? same : null,
                closed, same is null, row.SubjectIds.Except(current).ToArray(), current.Except(row.SubjectIds).ToArray());
            if (change is { PersonChanged: false, MainChanged: null, Opens: false, SubjectsAdded.Length: 0, SubjectsRemoved.Length: 0 })
                unchanged++;
            else _updated.Add(change);
        }
        return new PlanCounts(_created.Count, _updated.Count, unchanged);
    }

    public async Task WriteAsync(WriteProgress progress, CancellationToken ct)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await InsertCreatedAsync(progress, ct);
            await ApplyUpdatesAsync(progress, ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    private async Task InsertCreatedAsync(WriteProgress progress, CancellationToken ct)
    {
        var options = new BulkCopyOptions { BulkCopyType = BulkCopyType.ProviderSpecific, MaxBatchSize = 5000 };
        foreach (var chunk in _created.Chunk(10 * Batch))
        {
            await db.BulkCopyAsync(options, chunk.Select(r => r.ToPerson()), ct);
            var codes = chunk.Select(r => r.Snils).ToArray();
            var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var part in codes.Chunk(Batch))
                foreach (var x in await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => part.Contains(p.ExternalCode))
                             .Select(p => new { p.ExternalCode, p.Id }).ToListAsync(ct))
                    ids[x.ExternalCode] = x.Id;
            await db.BulkCopyAsync(options, chunk.Select(r => r.ToEmployment(ids[r.Snils])), ct);
            await db.BulkCopyAsync(options, chunk.SelectMany(r => r.SubjectIds.Select(s => new PersonSubject { PersonId = ids[r.Snils], SubjectId = s })), ct);
            progress.Advance(chunk.Length);
        }
    }

    private async Task ApplyUpdatesAsync(WriteProgress progress, CancellationToken ct)
    {
        foreach (var chunk in _updated.Chunk(Batch))
        {
            foreach (var change in chunk)
            {
                var row = change.Row;
                if (change.PersonChanged) UpdatePerson(change.Existing, row);
                if (change.MainChanged is { } main) db.Entry(Attached(main)).Property(e => e.IsMain).CurrentValue = row.IsMain;
                foreach (var closed in change.Closed)
                    db.Entry(Attached(closed)).Property(e => e.ValidTo).CurrentValue = row.StartDate;
                if (change.Opens) db.Employments.Add(row.ToEmployment(change.Existing.Id));
                foreach (var subject in change.SubjectsAdded)
                    db.PersonSubjects.Add(new PersonSubject { PersonId = change.Existing.Id, SubjectId = subject });
                foreach (var subject in change.SubjectsRemoved)
                    db.PersonSubjects.Remove(new PersonSubject { PersonId = change.Existing.Id, SubjectId = subject });
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            progress.Advance(chunk.Length);
        }
    }

    private Employment Attached(Employment employment)
    {
        db.Employments.Attach(employment);
        return employment;
    }

    private void UpdatePerson(Person person, Row row)
    {
        var entry = db.People.Attach(person);
        void Set<T>(System.Linq.Expressions.Expression<Func<Person, T>> property, T value)
        {
            var p = entry.Property(property);
            if (!EqualityComparer<T>.Default.Equals(p.CurrentValue, value)) p.CurrentValue = value;
        }
        Set(x => x.LastName, row.LastName);
        Set(x => x.FirstName, row.FirstName);
        Set(x => x.MiddleName, row.MiddleName);
        Set(x => x.BirthDate, row.BirthDate);
        Set(x => x.Sex, row.Sex);
        Set(x => x.EducationLevel, row.EducationLevel);
        Set(x => x.ExperienceSince, row.ExperienceSince);
        Set(x => x.Category, row.Category);
        Set(x => x.CategoryDate, row.CategoryDate);
    }

    private static bool PersonDiffers(Person p, Row r) =>
        p.LastName != r.LastName || p.FirstName != r.FirstName || p.MiddleName != r.MiddleName || p.BirthDate != r.BirthDate
        || p.Sex != r.Sex || p.EducationLevel != r.EducationLevel || p.ExperienceSince != r.ExperienceSince
        || p.Category != r.Category || p.CategoryDate != r.CategoryDate;

    /// <summary>The row's organisation if it is in the user's scope; otherwise a message that tells unknown from out of scope.</summary>
    private async Task<int?> OrganisationAsync(RowParser p, CancellationToken ct)
    {
        var code = p.Text(C.OrganisationCode, 32);
        if (code is null) return null;
        if (_organisations.TryGetValue(code, out var id)) return id;
        if (!_organisationExists.TryGetValue(code, out var exists))
            _organisationExists[code] = exists = await db.Organisations.IgnoreQueryFilters().AnyAsync(o => o.ExternalCode == code, ct);
        p.Error(C.OrganisationCode, exists ? $"организация «{code}» вне вашей области доступа" : $"неизвестный код организации «{code}»");
        return null;
    }

    private int[] Subjects(RowParser p)
    {
        var text = p.Text(C.Subjects, 2000);
        if (text is null) return [];
        var ids = new List<int>();
        foreach (var item in text.Split(SubjectSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (_subjects.TryGetValue(item, out var id) || _subjects.TryGetValue(ImportColumn.Normalise(item), out id))
            {
                if (!ids.Contains(id)) ids.Add(id);
            }
            else p.Error(C.Subjects, $"неизвестный предмет «{item}»");
        }
        return ids.ToArray();
    }
}
