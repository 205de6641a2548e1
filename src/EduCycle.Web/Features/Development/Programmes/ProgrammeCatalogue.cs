using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Programmes;

/// <summary>What the programme form edits; the same fields as <see cref="Programme"/>, topics by id.</summary>
public sealed class ProgrammeDraft
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public int? ProviderId { get; set; }
    public ProgrammeKind Kind { get; set; } = ProgrammeKind.Upskilling;
    public int? Hours { get; set; }
    public StudyForm Form { get; set; } = StudyForm.FullTime;
    public bool ELearning { get; set; }
    public bool InFederalRegistry { get; set; }
    public bool HasStressModule { get; set; }
    public DiagnosticModules DiagnosticModules { get; set; }
    public bool BuiltOnPreCourseDiagnostics { get; set; }
    public bool Targeted { get; set; }
    public bool StimulatesGrowth { get; set; }
    public bool Pedagogical { get; set; }
    public bool OnSchoolRequest { get; set; }
    public ExpertTopic ExpertTopic { get; set; }
    public CompetencyGroups Groups { get; set; }
    public int? SubjectId { get; set; }
    public string? Annotation { get; set; }
    public int? OfferedFrom { get; set; }
    public int? OfferedTo { get; set; }
    public HashSet<int> TopicIds { get; set; } = [];

    public static ProgrammeDraft From(Programme p) => new()
    {
        Code = p.Code, Name = p.Name, ProviderId = p.ProviderId, Kind = p.Kind, Hours = p.Hours, Form = p.Form,
        ELearning = p.ELearning, InFederalRegistry = p.InFederalRegistry, HasStressModule = p.HasStressModule,
        DiagnosticModules = p.DiagnosticModules, BuiltOnPreCourseDiagnostics = p.BuiltOnPreCourseDiagnostics, Targeted = p.Targeted,
        StimulatesGrowth = p.StimulatesGrowth, Pedagogical = p.Pedagogical, OnSchoolRequest = p.OnSchoolRequest,
        ExpertTopic = p.ExpertTopic, Groups = p.Groups, SubjectId = p.SubjectId, Annotation = p.Annotation,
        OfferedFrom = p.OfferedFrom, OfferedTo = p.OfferedTo, TopicIds = p.Topics.Select(t => t.TopicId).ToHashSet(),
    };

    public void ApplyTo(Programme p)
    {
        p.Code = Code.Trim();
        p.Name = Name.Trim();
        p.ProviderId = ProviderId!.Value;
        p.Kind = Kind;
        p.Hours = Hours!.Value;
        p.Form = Form;
        p.ELearning = ELearning;
        p.InFederalRegistry = InFederalRegistry;
        p.HasStressModule = HasStressModule;
        p.DiagnosticModules = DiagnosticModules;
        p.BuiltOnPreCourseDiagnostics = BuiltOnPreCourseDiagnostics;
        p.Targeted = Targeted;
        p.StimulatesGrowth = StimulatesGrowth;
        p.Pedagogical = Pedagogical;
        p.OnSchoolRequest = OnSchoolRequest;
        p.ExpertTopic = ExpertTopic;
        p.Groups = Groups;
        p.SubjectId = SubjectId;
        p.Annotation = string.IsNullOrWhiteSpace(Annotation) ? null : Annotation.Trim();
        p.OfferedFrom = OfferedFrom;
        p.OfferedTo = OfferedTo;
        p.Topics.RemoveAll(t => !TopicIds.Contains(t.TopicId));
        foreach (var id in TopicIds.Where(id => p.Topics.All(t => t.TopicId != id)))
            p.Topics.Add(new ProgrammeTopic { ProgrammeId = p.Id, TopicId = id });
    }
}

/// <summary>A save's outcome: the id, or Russian messages naming the field.</summary>
public sealed record SaveResult(int? Id, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static SaveResult Fail(params string[] errors) => new(null, errors);
}

/// <summary>Writes to the catalogue of providers and programmes; only the regional operator and methodist may.</summary>
public sealed class ProgrammeCatalogue(EduCycleDbContext db)
{
    public const string EditorRoles = Roles.RegionalOperator + "," + Roles.RegionalMethodist;

    public static bool CanEdit(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Roles.RegionalOperator) || user.IsInRole(Roles.RegionalMethodist);

    public async Task<SaveResult> SaveProgrammeAsync(int? id, ProgrammeDraft draft, CancellationToken ct = default)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(draft.Code)) errors.Add("Код программы: не заполнено обязательное поле");
        else if (draft.Code.Trim().Length > 64) errors.Add("Код программы: больше 64 символов");
        if (string.IsNullOrWhiteSpace(draft.Name)) errors.Add("Наименование: не заполнено обязательное поле");
        else if (draft.Name.Trim().Length > 1000) errors.Add("Наименование: больше 1000 символов");
        if (draft.ProviderId is not { } providerId || !await db.Providers.AnyAsync(p => p.Id == providerId, ct))
            errors.Add("Поставщик: выберите организацию ДПО из списка");
        if (draft.Hours is not > 0) errors.Add("Объём, часов: ожидается целое положительное число");
        if (draft.Kind == ProgrammeKind.Upskilling && draft.Pedagogical)
            errors.Add("Педагогическая направленность переподготовки: отмечается только для программ профессиональной переподготовки (ПП)");
        if (draft.OfferedFrom is { } from && draft.OfferedTo is { } to && to < from)
            errors.Add("Учебные годы: год окончания раньше года начала");
        if (draft.SubjectId is { } subjectId && !await db.Subjects.AnyAsync(s => s.Id == subjectId, ct))
            errors.Add("Предмет: нет такого предмета в справочнике");
        if (draft.TopicIds.Count > 0)
        {
            var known = await db.DeficitTopics.CountAsync(t => draft.TopicIds.Contains(t.Id), ct);
            if (known != draft.TopicIds.Count) errors.Add("Темы дефицитов: выбрана неизвестная тема");
        }
        if (errors.Count == 0)
        {
            var code = draft.Code.Trim();
            if (await db.Programmes.AnyAsync(p => p.Code == code && p.Id != (id ?? 0), ct))
                errors.Add($"Код программы: программа с кодом «{code}» уже есть в каталоге");
        }
        if (errors.Count > 0) return new SaveResult(null, errors);

        Programme programme;
        if (id is { } existingId)
        {
            var found = await db.Programmes.Include(p => p.Topics).FirstOrDefaultAsync(p => p.Id == existingId, ct);
            if (found is null) return SaveResult.Fail("Программа не найдена");
            programme = found;
        }
        else
        {
            programme = new Programme { Code = draft.Code.Trim(), Name = draft.Name.Trim() };
            db.Programmes.Add(programme);
        }
        draft.ApplyTo(programme);
        await db.SaveChangesAsync(ct);
        return new SaveResult(programme.Id, []);
    }

    public async Task<SaveResult> SaveProviderAsync(int? id, string name, ProviderGroup group, CancellationToken ct = default)
    {
        name = name.Trim();
        if (name.Length == 0) return SaveResult.Fail("Наименование организации ДПО: не заполнено обязательное поле");
        if (name.Length > 500) return SaveResult.Fail("Наименование организации ДПО: больше 500 символов");
        if (!Enum.IsDefined(group)) return SaveResult.Fail("Группа поставщиков: выберите группу из списка");
        if (await db.Providers.AnyAsync(p => p.Name == name && p.Id != (id ?? 0), ct))
            return SaveResult.Fail($"Организация ДПО «{name}» уже есть в списке");
        Provider provider;
        if (id is { } existingId)
        {
            var found = await db.Providers.FirstOrDefaultAsync(p => p.Id == existingId, ct);
            if (found is null) return SaveResult.Fail("Организация ДПО не найдена");
            provider = found;
            provider.Name = name;
        }
        else
        {
            provider = new Provider { Name = name };
            db.Providers.Add(provider);
        }
        provider.Group = group;
        await db.SaveChangesAsync(ct);
        return new SaveResult(provider.Id, []);
    }
}
