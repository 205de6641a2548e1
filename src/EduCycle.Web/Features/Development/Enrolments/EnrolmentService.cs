using System.Globalization;
using EduCycle.Engine.Calendar;
using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Programmes;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Features.Registry.Queries;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Development.Enrolments;

/// <summary>Filters of the enrolment list; null means «any».</summary>
public sealed record EnrolmentFilter
{
    public string? Search { get; init; }
    public int? ProgrammeId { get; init; }
    public EnrolmentStatus? Status { get; init; }
    public int? OrganisationId { get; init; }
    /// <summary>School year (its start year) the course started in.</summary>
    public int? SchoolYear { get; init; }
}

/// <summary>
/// Enrolments of teachers on programmes, and the two seed 003 forms attached to them. Reads go through the scope
/// filters (a teacher sees only their own, a head their staff's, a municipality its workers'); writes also check roles.
/// </summary>
public sealed class EnrolmentService(EduCycleDbContext db, EnrolmentOptions options, TimeProvider clock)
{
    /// <summary>Who records enrolments: the region, the regional and municipal methodists, the head for their staff.</summary>
    public const string ManagerRoles = Roles.RegionalOperator + "," + Roles.RegionalMethodist + "," + Roles.MunicipalMethodist + "," + Roles.Head;

    private static readonly string[] Managers = ManagerRoles.Split(',');

    public decimal PassPercent => options.PassPercent;

    public static bool CanManage(Actor actor) => actor.IsAny(Managers);

    public IQueryable<EnrolmentRow> Rows(EnrolmentFilter f)
    {
        var q = db.Enrolments.AsNoTracking();
        if (f.ProgrammeId is { } programmeId) q = q.Where(e => e.ProgrammeId == programmeId);
        if (f.Status is { } status) q = q.Where(e => e.Status == status);
        if (f.OrganisationId is { } organisationId) q = q.Where(e => e.OrganisationId == organisationId);
        if (f.SchoolYear is { } year)
        {
            var schoolYear = new SchoolYear(year);
            q = q.Where(e => e.StartDate >= schoolYear.Start && e.StartDate <= schoolYear.End);
        }
        var rows =
            from e in q
            join p in db.People on e.PersonId equals p.Id
            join g in db.Programmes on e.ProgrammeId equals g.Id
            select new { e, p, g };
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var s = f.Search.Trim().ToLower();
            rows = rows.Where(x => (x.p.LastName + " " + x.p.FirstName + " " + (x.p.MiddleName ?? "")).ToLower().Contains(s));
        }
        return rows.OrderByDescending(x => x.e.StartDate).ThenBy(x => x.p.LastName).ThenBy(x => x.p.FirstName).Select(x => new EnrolmentRow(
            x.e.Id, x.p.Id, x.p.LastName + " " + x.p.FirstName + (x.p.MiddleName == null ? "" : " " + x.p.MiddleName),
            x.e.OrganisationId, db.Organisations.Where(o => o.Id == x.e.OrganisationId).Select(o => o.ShortName).FirstOrDefault(),
            x.g.Id, x.g.Code, x.g.Name, x.g.Kind, x.g.Hours, x.e.StartDate, x.e.EndDate, x.e.Status, x.e.EntryPercent, x.e.RepeatPercent,
            x.e.CertificateNumber,
            db.TechnicalAssignments.Where(t => t.EnrolmentId == x.e.Id).Select(t => (FormStatus?)t.Status).FirstOrDefault(),
            db.CourseReports.Where(r => r.EnrolmentId == x.e.Id).Select(r => (FormStatus?)r.Status).FirstOrDefault()));
    }

    public Task<EnrolmentHeader?> HeaderAsync(int id, CancellationToken ct = default) =>
        (from e in db.Enrolments.AsNoTracking()
         join p in db.People on e.PersonId equals p.Id
         join g in db.Programmes on e.ProgrammeId equals g.Id
         where e.Id == id
         select new EnrolmentHeader(
             e.Id, p.Id, p.LastName + " " + p.FirstName + (p.MiddleName == null ? "" : " " + p.MiddleName), e.OrganisationId,
             db.Organisations.Where(o => o.Id == e.OrganisationId).Select(o => o.FullName).FirstOrDefault(),
             db.Employments.Where(m => m.PersonId == p.Id && m.OrganisationId == e.OrganisationId && m.ValidFrom <= e.StartDate)
                 .OrderByDescending(m => m.ValidFrom).Select(m => (Registry.Position?)m.Position).FirstOrDefault(),
             p.EducationLevel, p.BirthDate, p.ExperienceSince,
             db.Employments.Where(m => m.PersonId == p.Id && m.OrganisationId == e.OrganisationId && m.ValidFrom <= e.StartDate)
                 .OrderByDescending(m => m.ValidFrom).Select(m => (DateOnly?)m.ValidFrom).FirstOrDefault(),
             g.Name, g.Provider!.Name, g.Hours, e.StartDate, e.EndDate, e.Status, e.EntryPercent, e.RepeatPercent, e.CertificateNumber))
        .FirstOrDefaultAsync(ct);

    public async Task<EnrolmentResult> CreateAsync(Actor actor, EnrolmentDraft draft, CancellationToken ct = default)
    {
        if (!CanManage(actor)) return EnrolmentResult.Forbidden("Записывать на обучение могут методисты и руководитель организации");
        var errors = new List<string>();
        int? organisationId = null;
        if (draft.PersonId is not { } personId || !await db.People.AnyAsync(p => p.Id == personId, ct))
            errors.Add("Педагог: выберите работника из доступного вам списка");
        else
        {
            var on = draft.StartDate ?? actor.Scope.Today;
            organisationId = await db.Employments.ValidAt(on)
                .Where(m => m.PersonId == personId)
                .OrderByDescending(m => m.IsMain).Select(m => (int?)m.OrganisationId).FirstOrDefaultAsync(ct);
            if (organisationId is null) errors.Add("Педагог: на дату начала обучения нет места работы в доступных вам организациях");
        }
        if (draft.ProgrammeId is not { } programmeId || !await db.Programmes.AnyAsync(p => p.Id == programmeId, ct))
            errors.Add("Программа: выберите программу из каталога");
        errors.AddRange(Check(draft));
        if (errors.Count > 0) return EnrolmentResult.Invalid(errors);

        var enrolment = new Enrolment
        {
            PersonId = draft.PersonId!.Value,
            ProgrammeId = draft.ProgrammeId!.Value,
            OrganisationId = organisationId!.Value,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = actor.Name,
        };
        Apply(enrolment, draft);
        db.Enrolments.Add(enrolment);
        await db.SaveChangesAsync(ct);
        return EnrolmentResult.Ok(enrolment.Id);
    }

    /// <summary>Changes dates, status, diagnostic results and the certificate; the teacher and the programme stay.</summary>
    public async Task<EnrolmentResult> UpdateAsync(Actor actor, int id, EnrolmentDraft draft, CancellationToken ct = default)
    {
        var enrolment = await db.Enrolments.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (enrolment is null) return EnrolmentResult.NotFound();
        if (!CanManage(actor)) return EnrolmentResult.Forbidden("Изменять сведения об обучении могут методисты и руководитель организации");
        var errors = Check(draft);
        if (errors.Count > 0) return EnrolmentResult.Invalid(errors);
        Apply(enrolment, draft);
        await db.SaveChangesAsync(ct);
        return EnrolmentResult.Ok(id);
    }

    /// <summary>
    /// Seed 003: «документ о повышении квалификации выдаётся при положительном результате входного или повторного
    /// диагностического контроля» — so a certificate number needs status «завершено» and a result at or above the pass level.
    /// </summary>
    public string? CertificateRefusal(EnrolmentStatus status, decimal? entry, decimal? repeat, string? certificate)
    {
        if (string.IsNullOrWhiteSpace(certificate)) return null;
        var pass = options.PassPercent.ToString("0.##", CultureInfo.GetCultureInfo("ru-RU"));
        if (status != EnrolmentStatus.Completed)
            return "Номер удостоверения: указывается только для завершённого обучения (статус «завершено»)";
        if (!(entry >= options.PassPercent || repeat >= options.PassPercent))
            return $"Номер удостоверения: указывается только при положительном результате входного или повторного диагностического контроля (не ниже {pass} %)";
        return null;
    }

    private List<string> Check(EnrolmentDraft d)
    {
        var errors = new List<string>();
        if (d.StartDate is null) errors.Add("Дата начала: не заполнено обязательное поле");
        if (d.EndDate is null) errors.Add("Дата окончания: не заполнено обязательное поле");
        if (d.StartDate is { } start && d.EndDate is { } end && end < start) errors.Add("Дата окончания: раньше даты начала");
        if (!Enum.IsDefined(d.Status)) errors.Add("Статус: выберите значение из списка");
        if (d.EntryPercent is < 0 or > 100) errors.Add("Входной диагностический контроль: процент от 0 до 100");
        if (d.RepeatPercent is < 0 or > 100) errors.Add("Повторный диагностический контроль: процент от 0 до 100");
        if (d.CertificateNumber?.Trim().Length > 64) errors.Add("Номер удостоверения: больше 64 символов");
        if (CertificateRefusal(d.Status, d.EntryPercent, d.RepeatPercent, d.CertificateNumber) is { } refusal) errors.Add(refusal);
        return errors;
    }

    private static void Apply(Enrolment e, EnrolmentDraft d)
    {
        e.StartDate = d.StartDate!.Value;
        e.EndDate = d.EndDate!.Value;
        e.Status = d.Status;
        e.EntryPercent = d.EntryPercent;
        e.RepeatPercent = d.RepeatPercent;
        e.CertificateNumber = string.IsNullOrWhiteSpace(d.CertificateNumber) ? null : d.CertificateNumber.Trim();
    }

    public Task<TechnicalAssignment?> AssignmentAsync(int id, CancellationToken ct = default) =>
        db.TechnicalAssignments.AsNoTracking().FirstOrDefaultAsync(t => t.EnrolmentId == id, ct);

    public Task<CourseReport?> ReportAsync(int id, CancellationToken ct = default) =>
        db.CourseReports.AsNoTracking().FirstOrDefaultAsync(r => r.EnrolmentId == id, ct);

    /// <summary>The teacher fills items 3, 4, 8 and 9 (1, 2, 5–7 come from the registry); <paramref name="submit"/> sends it to the head.</summary>
    public async Task<EnrolmentResult> SaveAssignmentAsync(Actor actor, int id, AssignmentDraft draft, bool submit, CancellationToken ct = default)
    {
        var enrolment = await db.Enrolments.Include(e => e.TechnicalAssignment).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (enrolment is null) return EnrolmentResult.NotFound();
        if (actor.Scope.PersonId != enrolment.PersonId) return EnrolmentResult.Forbidden("Техническое задание заполняет сам педагог");
        if (enrolment.TechnicalAssignment?.Status == FormStatus.Signed)
            return EnrolmentResult.Invalid("Техническое задание подписано руководителем и больше не изменяется");

        var errors = new List<string>();
        if (draft.DiplomaNumber?.Trim().Length > 64) errors.Add("Пункт 3: номер диплома длиннее 64 символов");
        if (draft.DiplomaDate is { } issued && issued > actor.Scope.Today) errors.Add("Пункт 3: дата выдачи диплома в будущем");
        if (draft.Speciality?.Trim().Length > 500) errors.Add("Пункт 4: специальность длиннее 500 символов");
        var directions = DifficultyDirections.Format(draft.Directions, draft.Competencies);
        if (directions?.Length > 4000) errors.Add("Пункт 9: текст направлений слишком длинный (больше 4000 символов)");
        if (submit)
        {
            if (draft.Competencies == CompetencyGroups.None)
                errors.Add("Пункт 8: подчеркните хотя бы одну компетенцию, которую требуется получить или усовершенствовать");
            foreach (var group in draft.Competencies.Members().Where(g => string.IsNullOrWhiteSpace(draft.Directions.GetValueOrDefault(g))))
                errors.Add($"Пункт 9: сформулируйте направления профессиональных затруднений — {DevelopmentLabels.Competency(group)}");
        }
        if (errors.Count > 0) return EnrolmentResult.Invalid(errors);

        var form = enrolment.TechnicalAssignment ??= new TechnicalAssignment { EnrolmentId = id };
        form.DiplomaNumber = Blank(draft.DiplomaNumber);
        form.DiplomaDate = draft.DiplomaDate;
        form.Speciality = Blank(draft.Speciality);
        form.Competencies = draft.Competencies;
        form.DifficultyDirections = directions;
        form.Status = submit ? FormStatus.Submitted : FormStatus.Draft;
        form.SubmittedAt = submit ? clock.GetUtcNow().UtcDateTime : null;
        await db.SaveChangesAsync(ct);
        return EnrolmentResult.Ok(id);
    }

    /// <summary>The head of the organisation the teacher was sent from signs the submitted assignment off.</summary>
    public async Task<EnrolmentResult> SignAssignmentAsync(Actor actor, int id, CancellationToken ct = default)
    {
        var enrolment = await db.Enrolments.Include(e => e.TechnicalAssignment).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (enrolment is null) return EnrolmentResult.NotFound();
        if (!CanSign(actor, enrolment.OrganisationId))
            return EnrolmentResult.Forbidden("Техническое задание подписывает руководитель организации, направившей педагога");
        if (enrolment.TechnicalAssignment is not { Status: FormStatus.Submitted } form)
            return EnrolmentResult.Invalid("Подписать можно только отправленное педагогом техническое задание");
        form.Status = FormStatus.Signed;
        form.SignedByHeadAt = clock.GetUtcNow().UtcDateTime;
        form.SignedByHead = actor.Name;
        await db.SaveChangesAsync(ct);
        return EnrolmentResult.Ok(id);
    }

    public static bool CanSign(Actor actor, int organisationId) =>
        actor.RoleNames.Contains(Roles.Head) && actor.Scope.OrganisationId == organisationId;

    /// <summary>The teacher reports after the course (status «завершено» or «не завершено»); a submitted report is final.</summary>
    public async Task<EnrolmentResult> SaveReportAsync(Actor actor, int id, ReportDraft draft, bool submit, CancellationToken ct = default)
    {
        var enrolment = await db.Enrolments.Include(e => e.CourseReport).Include(e => e.TechnicalAssignment).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (enrolment is null) return EnrolmentResult.NotFound();
        if (actor.Scope.PersonId != enrolment.PersonId) return EnrolmentResult.Forbidden("Отчёт о прохождении курсов заполняет сам педагог");
        if (enrolment.Status is not (EnrolmentStatus.Completed or EnrolmentStatus.NotCompleted))
            return EnrolmentResult.Invalid("Отчёт заполняется после окончания курсов: статус обучения должен быть «завершено» или «не завершено»");
        if (enrolment.CourseReport?.Status >= FormStatus.Submitted)
            return EnrolmentResult.Invalid("Отчёт уже отправлен и больше не изменяется");

        var errors = new List<string>();
        if (draft.InternshipPlace?.Trim().Length > 500) errors.Add("Место стажировки: больше 500 символов");
        if (draft.InternshipHours is < 0 or > 10000) errors.Add("Объём стажировки, часов: ожидается целое неотрицательное число");
        if (draft.InternshipActivity?.Trim().Length > 1000) errors.Add("Вид деятельности на стажировке: больше 1000 символов");
        if (draft.FinalAttestationForm?.Trim().Length > 500) errors.Add("Форма участия в итоговой аттестации: больше 500 символов");
        if (draft.CompetenciesComment?.Trim().Length > 4000) errors.Add("Компетенции: комментарий больше 4000 символов");
        if (draft.DisseminationRecommendation?.Trim().Length > 4000) errors.Add("Рекомендации о диссеминации: больше 4000 символов");
        if (enrolment.TechnicalAssignment is { Competencies: var planned and not CompetencyGroups.None }
            && (draft.CompetenciesImproved & ~planned) != 0)
            errors.Add("Компетенции: перечисляются компетенции из персонального технического задания");
        if (submit && string.IsNullOrWhiteSpace(draft.FinalAttestationForm))
            errors.Add("Участие в итоговой аттестации: укажите форму участия (зачёт, план-конспект, открытое занятие, мастер-класс и др.)");
        if (errors.Count > 0) return EnrolmentResult.Invalid(errors);

        var report = enrolment.CourseReport ??= new CourseReport { EnrolmentId = id };
        report.InternshipPlace = Blank(draft.InternshipPlace);
        report.InternshipHours = draft.InternshipHours;
        report.InternshipActivity = Blank(draft.InternshipActivity);
        report.FinalAttestationForm = Blank(draft.FinalAttestationForm);
        report.CompetenciesImproved = draft.CompetenciesImproved;
        report.CompetenciesComment = Blank(draft.CompetenciesComment);
        report.DisseminationRecommendation = Blank(draft.DisseminationRecommendation);
        report.Status = submit ? FormStatus.Submitted : FormStatus.Draft;
        report.SubmittedAt = submit ? clock.GetUtcNow().UtcDateTime : null;
        await db.SaveChangesAsync(ct);
        return EnrolmentResult.Ok(id);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
