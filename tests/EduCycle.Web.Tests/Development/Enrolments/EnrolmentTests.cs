using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EduCycle.Engine.Development;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Development.Enrolments;
using EduCycle.Web.Features.Development.Programmes;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Tests.Development.Enrolments;

public sealed class EnrolmentTests
{
    private static readonly DateOnly Today = new(2025, 10, 1);
    private static readonly DateOnly Start = new(2025, 10, 6);
    private static readonly DateOnly End = new(2025, 10, 24);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Actor As(string role, ScopeKind kind, int? organisationId = null, int? personId = null, int? municipalityId = null) =>
        new(new DataScope(kind, null, $"{role}-{organisationId}-{personId}", municipalityId, organisationId, personId, Today), new HashSet<string> { role });

    private static Actor Methodist => As(Roles.RegionalMethodist, ScopeKind.Region);

    private static Actor Teacher(TestRegion r, int n, Organisation at) => As(Roles.Teacher, ScopeKind.Self, at.Id, r.P(n).Id);

    private static Actor Head(Organisation of, int? personId = null) => As(Roles.Head, ScopeKind.Organisation, of.Id, personId);

    private static async Task<int> ProgrammeAsync(EduCycleDbContext db)
    {
        var provider = new Provider { Name = "ГАОУ ДПО «ЛОИРО»", Group = ProviderGroup.RegionalInstitute };
        var programme = new Programme { Code = "PK-36", Name = "Формирующее оценивание на уроках математики", Provider = provider, Kind = ProgrammeKind.Upskilling, Hours = 36 };
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(Ct);
        return programme.Id;
    }

    private static EnrolmentService Service(DatabaseSettings database, Actor actor) =>
        new(TestDatabases.Open(database, actor.Scope), new EnrolmentOptions(), TimeProvider.System);

    private static EnrolmentDraft Draft(TestRegion r, int person, int programme, EnrolmentStatus status = EnrolmentStatus.Planned,
        decimal? entry = null, decimal? repeat = null, string? certificate = null) => new()
    {
        PersonId = r.P(person).Id, ProgrammeId = programme, StartDate = Start, EndDate = End, Status = status,
        EntryPercent = entry, RepeatPercent = repeat, CertificateNumber = certificate,
    };

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_certificate_needs_a_completed_course_and_a_positive_entry_or_repeat_result(string provider)
    {
        var (database, r) = await TestRegion.CreateAsync(provider);
        int programme;
        await using (var db = TestDatabases.Open(database)) programme = await ProgrammeAsync(db);
        const string notCompleted = "Номер удостоверения: указывается только для завершённого обучения (статус «завершено»)";
        const string notPositive = "Номер удостоверения: указывается только при положительном результате входного или повторного диагностического контроля (не ниже 95 %)";

        async Task<EnrolmentResult> Create(EnrolmentDraft d)
        {
            var service = Service(database, Methodist);
            return await service.CreateAsync(Methodist, d, Ct);
        }

        Assert.Equal([notCompleted], (await Create(Draft(r, 1, programme, EnrolmentStatus.Studying, 97, null, "ПК-001"))).Errors);
        Assert.Equal([notPositive], (await Create(Draft(r, 1, programme, EnrolmentStatus.Completed, 80, null, "ПК-001"))).Errors);
        Assert.Equal([notPositive], (await Create(Draft(r, 1, programme, EnrolmentStatus.Completed, 94.99m, 60, "ПК-001"))).Errors);
        Assert.True((await Create(Draft(r, 1, programme, EnrolmentStatus.Completed, 80, 95, "ПК-002"))).Succeeded);
        Assert.True((await Create(Draft(r, 1, programme, EnrolmentStatus.Completed, 95, null, "ПК-003"))).Succeeded);
        Assert.True((await Create(Draft(r, 1, programme, EnrolmentStatus.Completed, 10, null))).Succeeded);

        var created = await Create(Draft(r, 4, programme, EnrolmentStatus.Studying));
        var update = Service(database, Methodist);
        var refused = await update.UpdateAsync(Methodist, created.Id!.Value, Draft(r, 4, programme, EnrolmentStatus.NotCompleted, 99, null, "ПК-004"), Ct);
        Assert.Equal([notCompleted], refused.Errors);
        await using (var db = TestDatabases.Open(database))
        {
            Assert.Equal(["ПК-002", "ПК-003"], await db.Enrolments.Where(e => e.CertificateNumber != null).Select(e => e.CertificateNumber!).OrderBy(c => c).ToListAsync(Ct));
            Assert.Equal(EnrolmentStatus.Studying, await db.Enrolments.Where(e => e.Id == created.Id).Select(e => e.Status).SingleAsync(Ct));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_head_enrols_only_own_staff_and_a_teacher_cannot_enrol(string provider)
    {
        var (database, r) = await TestRegion.CreateAsync(provider);
        int programme;
        await using (var db = TestDatabases.Open(database)) programme = await ProgrammeAsync(db);
        var head = Head(r.A1, r.P(2).Id);

        var own = await Service(database, head).CreateAsync(head, Draft(r, 1, programme), Ct);
        Assert.True(own.Succeeded, string.Join("; ", own.Errors));
        var other = await Service(database, head).CreateAsync(head, Draft(r, 4, programme), Ct);
        Assert.Equal(["Педагог: выберите работника из доступного вам списка"], other.Errors);
        var teacher = Teacher(r, 1, r.A1);
        Assert.Equal(EnrolmentResultKind.Forbidden, (await Service(database, teacher).CreateAsync(teacher, Draft(r, 1, programme), Ct)).Kind);

        await using var check = TestDatabases.Open(database);
        var enrolment = await check.Enrolments.SingleAsync(Ct);
        Assert.Equal((r.P(1).Id, r.A1.Id), (enrolment.PersonId, enrolment.OrganisationId));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_teacher_fills_the_assignment_the_head_signs_it_and_others_cannot_touch_it(string provider)
    {
        var (database, r) = await TestRegion.CreateAsync(provider);
        int programme;
        await using (var db = TestDatabases.Open(database)) programme = await ProgrammeAsync(db);
        var id = (await Service(database, Methodist).CreateAsync(Methodist, Draft(r, 1, programme, EnrolmentStatus.Studying, 70), Ct)).Id!.Value;
        var teacher = Teacher(r, 1, r.A1);
        var draft = new AssignmentDraft
        {
            DiplomaNumber = "ВСА 0123456", DiplomaDate = new DateOnly(2004, 6, 30), Speciality = "Математика и информатика",
            Competencies = CompetencyGroups.Subject | CompetencyGroups.Methodical,
            Directions = new() { [CompetencyGroup.Subject] = "решение задач с параметром" },
        };

        var incomplete = await Service(database, teacher).SaveAssignmentAsync(teacher, id, draft, submit: true, Ct);
        Assert.Equal(["Пункт 9: сформулируйте направления профессиональных затруднений — методическая компетенция"], incomplete.Errors);
        Assert.True((await Service(database, teacher).SaveAssignmentAsync(teacher, id, draft, submit: false, Ct)).Succeeded);
        var early = await Service(database, Head(r.A1)).SignAssignmentAsync(Head(r.A1), id, Ct);
        Assert.Equal(["Подписать можно только отправленное педагогом техническое задание"], early.Errors);

        draft.Directions[CompetencyGroup.Methodical] = "формирующее оценивание";
        Assert.True((await Service(database, teacher).SaveAssignmentAsync(teacher, id, draft, submit: true, Ct)).Succeeded);

        var stranger = Teacher(r, 4, r.B1);
        Assert.Equal(EnrolmentResultKind.NotFound, (await Service(database, stranger).SaveAssignmentAsync(stranger, id, draft, true, Ct)).Kind);
        Assert.Equal(EnrolmentResultKind.NotFound, (await Service(database, Head(r.B1)).SignAssignmentAsync(Head(r.B1), id, Ct)).Kind);
        Assert.Equal(EnrolmentResultKind.Forbidden, (await Service(database, Methodist).SaveAssignmentAsync(Methodist, id, draft, true, Ct)).Kind);
        Assert.Equal(EnrolmentResultKind.Forbidden, (await Service(database, Methodist).SignAssignmentAsync(Methodist, id, Ct)).Kind);

        var head = Head(r.A1, r.P(2).Id);
        Assert.True((await Service(database, head).SignAssignmentAsync(head, id, Ct)).Succeeded);
        var locked = await Service(database, teacher).SaveAssignmentAsync(teacher, id, draft, submit: false, Ct);
        Assert.Equal(["Техническое задание подписано руководителем и больше не изменяется"], locked.Errors);

        var earlyReport = await Service(database, teacher).SaveReportAsync(teacher, id, new ReportDraft { FinalAttestationForm = "зачёт" }, submit: true, Ct);
        Assert.Equal(["Отчёт заполняется после окончания курсов: статус обучения должен быть «завершено» или «не завершено»"], earlyReport.Errors);

        await using var check = TestDatabases.Open(database);
        var form = await check.TechnicalAssignments.SingleAsync(Ct);
        Assert.Equal((FormStatus.Signed, head.Name, "ВСА 0123456"), (form.Status, form.SignedByHead, form.DiplomaNumber));
        Assert.Equal("формирующее оценивание", DifficultyDirections.Parse(form.DifficultyDirections)[CompetencyGroup.Methodical]);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Both_forms_download_as_docx_with_the_entered_values_only_within_scope(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var r = await app.SeedRegionAsync();
        int programme;
        await using (var db = app.Db()) programme = await ProgrammeAsync(db);
        var methodist = await app.ClientAsAsync(new TestUser("methodist", Roles.RegionalMethodist));
        var created = await methodist.PostAsJsonAsync("/api/v1/enrolments", new
        {
            personId = r.P(1).Id, programmeId = programme, startDate = "2025-10-06", endDate = "2025-10-24",
            status = "Completed", entryPercent = 62.5, repeatPercent = 96, certificateNumber = "780400012345",
        }, Ct);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<Dictionary<string, int>>(Ct))!["id"];

        var teacher = Teacher(r, 1, r.A1);
        await using (var db = app.Db(teacher.Scope))
        {
            var service = new EnrolmentService(db, new EnrolmentOptions(), TimeProvider.System);
            var saved = await service.SaveAssignmentAsync(teacher, id, new AssignmentDraft
            {
                DiplomaNumber = "ВСА 0123456", Speciality = "Математика и информатика", Competencies = CompetencyGroups.Subject,
                Directions = new() { [CompetencyGroup.Subject] = "решение задач с параметром" },
            }, submit: true, Ct);
            Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));
            var beyondAssignment = await service.SaveReportAsync(teacher, id,
                new ReportDraft { FinalAttestationForm = "зачёт", CompetenciesImproved = CompetencyGroups.Communicative }, submit: true, Ct);
            Assert.Equal(["Компетенции: перечисляются компетенции из персонального технического задания"], beyondAssignment.Errors);
            var reported = await service.SaveReportAsync(teacher, id, new ReportDraft
            {
                InternshipPlace = "МОУ «Лицей № 1»", InternshipHours = 8, InternshipActivity = "открытый урок",
                FinalAttestationForm = "фрагмент открытого занятия", CompetenciesImproved = CompetencyGroups.Subject,
            }, submit: true, Ct);
            Assert.True(reported.Succeeded, string.Join("; ", reported.Errors));
        }

        var own = await app.ClientAsAsync(new TestUser("t1", Roles.Teacher, OrganisationId: r.A1.Id, PersonId: r.P(1).Id));
        var assignment = await DocxAsync(own, $"/export/enrolments/{id}/technical-assignment.docx");
        Assert.Contains(assignment, p => p.Text.StartsWith("1. Ф.И.О. учителя Фамилия1MARKP1 Анна Петровна", StringComparison.Ordinal));
        Assert.Contains(assignment, p => p.Text.StartsWith("3. Образование (высшее/ ср. спец.), номер диплома об образовании и дата выдачи высшее, диплом № ВСА 0123456", StringComparison.Ordinal));
        Assert.Contains(assignment, p => p.Text == "7. Наименование программы ДПО Формирующее оценивание на уроках математики");
        Assert.Contains(assignment, p => p.Text == "- предметной компетенции" && p.Underlined);
        Assert.Contains(assignment, p => p.Text == "- методической компетенции" && !p.Underlined);
        Assert.Contains(assignment, p => p.Text == "Предметная компетенция: решение задач с параметром");
        Assert.Contains(assignment, p => p.Text.StartsWith("4. Специальность по диплому об образовании Математика и информатика", StringComparison.Ordinal));
        Assert.Contains(assignment, p => p.Text == $"Подпись руководителя ОО {EduCycle.Web.Features.Development.Enrolments.Documents.EnrolmentDocuments.Blank}");

        var report = await DocxAsync(own, $"/export/enrolments/{id}/course-report.docx");
        Assert.Contains(report, p => p.Text == "Сроки освоения дополнительной профессиональной программы (ДПО): с 06.10.2025 по 24.10.2025");
        Assert.Contains(report, p => p.Text == "Результат «входного диагностического контроля»: 62,5 %");
        Assert.Contains(report, p => p.Text == "Результат повторного диагностического контроля: 96 %");
        Assert.Contains(report, p => p.Text.EndsWith(": МОУ «Лицей № 1», 8 ч., открытый урок", StringComparison.Ordinal));
        Assert.Contains(report, p => p.Text.EndsWith(": удостоверение № 780400012345", StringComparison.Ordinal));

        var stranger = await app.ClientAsAsync(new TestUser("t4", Roles.Teacher, OrganisationId: r.B1.Id, PersonId: r.P(4).Id));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/export/enrolments/{id}/technical-assignment.docx", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/export/enrolments/{id}/course-report.docx", Ct)).StatusCode);
        Assert.DoesNotContain("MARKP1", await stranger.GetStringAsync("/api/v1/enrolments", Ct));
        var otherHead = await app.ClientAsAsync(new TestUser("h-b1", Roles.Head, OrganisationId: r.B1.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await otherHead.GetAsync($"/export/enrolments/{id}/course-report.docx", Ct)).StatusCode);
    }

    private sealed record DocParagraph(string Text, bool Underlined);

    private static async Task<List<DocParagraph>> DocxAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)), false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .Select(p => new DocParagraph(p.InnerText, p.Descendants<Underline>().Any())).ToList();
    }
}
