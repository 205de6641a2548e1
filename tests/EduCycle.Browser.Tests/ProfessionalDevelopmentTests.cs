using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EduCycle.Engine.Development;
using EduCycle.Web.Features.Development.Diagnostics;
using EduCycle.Web.Features.Development.Enrolments;
using EduCycle.Web.Features.Development.Enrolments.Documents;
using EduCycle.Web.Features.Development.Programmes;
using EduCycle.Web.Features.Development.Routes;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace EduCycle.Browser.Tests;

/// <summary>
/// Issue 4's acceptance in Chromium: a regional methodist imports a diagnostics file naming teacher P1's deficit,
/// drafts P1's individual route (ИОМ), dates and approves it and enrols P1 on the programme it proposes; P1 finds the
/// route in their cabinet, fills the technical assignment (seed 003, appendix 1) and downloads it as DOCX, which holds
/// what was entered.
/// </summary>
public sealed class ProfessionalDevelopmentTests
{
    private const string TopicCode = "meth-formative-assessment";
    private const string TopicName = "Формирующее оценивание";
    private const string ProgrammeName = "Формирующее оценивание на уроке: инструменты учителя";
    private const string P1Name = "Фамилия1MARKP1 Анна Петровна";

    [Fact]
    public async Task Methodist_imports_diagnostics_and_approves_a_route_the_teacher_fills_the_technical_assignment_as_docx()
    {
        await using var browser = await BrowserApp.StartAsync();
        var r = await browser.App.SeedRegionAsync();
        var (campaignId, today) = await SeedCatalogueAsync(browser);
        await browser.App.TokenForAsync(new TestUser("methodist", Roles.RegionalMethodist));
        await browser.App.TokenForAsync(new TestUser("teacher-1", Roles.Teacher, OrganisationId: r.A1.Id, PersonId: r.P(1).Id));

        // 1. The entry diagnostic: methodical 40 % is below the unsatisfactory level (50 %), so the attempt is unsatisfactory.
        var page = await browser.NewPageAsync();
        await browser.LogInAsync(page, "methodist", TestUser.Password);
        await BrowserApp.GotoInteractiveAsync(page, $"/development/diagnostics/{campaignId}");
        var csv = "СНИЛС / личный код;ФИО;Дата диагностики;Попытка;Предметные, %;Методические, %;Коды тем дефицитов\n"
            + $"{r.P(1).ExternalCode};{P1Name};{today.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)};1;70;40;{TopicCode}\n";
        await ChooseFileAsync(page, new FilePayload
        {
            Name = "diagnostika.csv", MimeType = "text/csv", Buffer = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)],
        });
        await page.Locator("[data-testid=diagnostic-import-submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=diagnostic-import-result]")).ToContainTextAsync("новых попыток: 1");
        var results = page.Locator("[data-testid=diagnostic-results-table] tbody tr");
        await Assertions.Expect(results).ToHaveCountAsync(1);
        await Assertions.Expect(results).ToContainTextAsync(P1Name);
        await Assertions.Expect(results).ToContainTextAsync("Неудовлетворительный");
        await Assertions.Expect(results).ToContainTextAsync(TopicName);

        // 2. The draft answers the one deficit with the targeted programme; it gets study dates, is approved, and P1 is enrolled.
        await BrowserApp.GotoInteractiveAsync(page, $"/development/routes/draft/{r.P(1).Id}");
        await Assertions.Expect(page.Locator("[data-testid=draft-person]")).ToHaveTextAsync(P1Name);
        await Assertions.Expect(page.Locator("[data-testid=draft-items] tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=draft-items]")).ToContainTextAsync(ProgrammeName);
        await page.Locator("[data-testid=draft-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=route-status]")).ToHaveTextAsync("Черновик");
        var item = page.Locator("[data-testid=route-item]");
        await Assertions.Expect(item).ToHaveCountAsync(1);
        await Assertions.Expect(item).ToContainTextAsync(ProgrammeName);
        await Assertions.Expect(item).ToContainTextAsync(TopicName);

        var (studyFrom, studyTo) = (today.AddDays(14), today.AddDays(25));
        await item.Locator("[data-testid=item-edit]").ClickAsync();
        await FillDateAsync(page, "item-from", studyFrom);
        await FillDateAsync(page, "item-to", studyTo);
        await page.Locator("[data-testid=item-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=route-message]")).ToHaveTextAsync("Пункт сохранён.");
        await Assertions.Expect(item).ToContainTextAsync($"{Day(studyFrom)} – {Day(studyTo)}");

        await page.Locator($"[data-testid=transition-{RouteStatus.Approved}]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=transition-confirm]")).ToContainTextAsync("«Утверждён»");
        await page.Locator("[data-testid=transition-ok]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=route-status]")).ToHaveTextAsync("Утверждён");
        await item.Locator("[data-testid=item-enrol]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=route-message]")).ToHaveTextAsync("Педагог записан на обучение (запланировано).");
        await Assertions.Expect(item.Locator("[data-testid=item-enrolment]")).ToBeVisibleAsync();

        // 3. P1's cabinet shows the approved route and the enrolment; P1 fills items 3, 4, 8 and 9 and sends the form.
        page = await browser.NewPageAsync();
        await browser.LogInAsync(page, "teacher-1", TestUser.Password);
        await BrowserApp.GotoInteractiveAsync(page, "/my");
        await Assertions.Expect(page.Locator("[data-testid=cabinet-name]")).ToHaveTextAsync(P1Name);
        await Assertions.Expect(page.Locator("[data-testid=cabinet-route]")).ToContainTextAsync("Утверждён");
        var cabinetItem = page.Locator("[data-testid=cabinet-route-item]");
        await Assertions.Expect(cabinetItem).ToHaveCountAsync(1);
        await Assertions.Expect(cabinetItem).ToContainTextAsync(ProgrammeName);
        await Assertions.Expect(cabinetItem).ToContainTextAsync($"{Day(studyFrom)} – {Day(studyTo)}");
        await Assertions.Expect(page.Locator("[data-testid=cabinet-deficit]")).ToContainTextAsync(TopicName);
        await page.Locator("[data-testid=cabinet-assignment]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=item-1]")).ToHaveTextAsync(P1Name);
        await Assertions.Expect(page.Locator("[data-testid=assignment-status]")).ToHaveTextAsync("черновик");
        const string diploma = "ВСГ 1234567";
        const string speciality = "Математика, учитель математики и информатики";
        const string methodical = "Приёмы формирующего оценивания: критерии, обратная связь, самооценка учеников";
        const string communicative = "Обсуждение результатов оценивания с родителями";
        await FillAsync(page, "diploma-number", diploma);
        await FillAsync(page, "speciality", speciality);
        await page.Locator($"[data-testid=competency-{CompetencyGroup.Methodical}]").ClickAsync();
        await page.Locator($"[data-testid=competency-{CompetencyGroup.Communicative}]").ClickAsync();
        await FillAsync(page, $"direction-{CompetencyGroup.Methodical}", methodical);
        await FillAsync(page, $"direction-{CompetencyGroup.Communicative}", communicative);
        await page.Locator("[data-testid=assignment-submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=assignment-status]")).ToHaveTextAsync("отправлено");
        await Assertions.Expect(page.Locator("[data-testid=form-error]")).ToHaveCountAsync(0);

        // 4. The DOCX, read back: seed 003's items with the teacher's answers, the chosen competencies underlined.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=assignment-docx]").ClickAsync());
        var paragraphs = await ParagraphsAsync(download);
        var texts = paragraphs.Select(p => p.InnerText).ToList();
        Assert.Contains($"1. Ф.И.О. учителя {P1Name}", texts);
        Assert.Contains($"3. Образование (высшее/ ср. спец.), номер диплома об образовании и дата выдачи высшее, диплом № {diploma}", texts);
        Assert.Contains($"4. Специальность по диплому об образовании {speciality}", texts);
        Assert.Contains($"7. Наименование программы ДПО {ProgrammeName}", texts);
        Assert.Contains($"Методическая компетенция: {methodical}", texts);
        Assert.Contains($"Коммуникативная компетенция: {communicative}", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("Предметная компетенция:", StringComparison.Ordinal));
        var underlined = paragraphs.Where(p => p.Descendants<Underline>().Any()).Select(p => p.InnerText).ToList();
        Assert.Equal(["- методической компетенции", "- коммуникативной компетенции"], underlined);
        Assert.Contains($"Подпись педагога {EnrolmentDocuments.Blank} / {P1Name} /", texts);
    }

    [Fact]
    public async Task Another_teacher_of_the_same_school_sees_nothing_of_the_route_in_their_cabinet()
    {
        await using var browser = await BrowserApp.StartAsync();
        var r = await browser.App.SeedRegionAsync();
        var (campaignId, today) = await SeedCatalogueAsync(browser);
        var (routeId, enrolmentId) = await SeedApprovedRouteAsync(browser, r, campaignId, today);
        await browser.App.TokenForAsync(new TestUser("teacher-2", Roles.Teacher, OrganisationId: r.A1.Id, PersonId: r.P(2).Id));

        var page = await browser.NewPageAsync();
        await browser.LogInAsync(page, "teacher-2", TestUser.Password);
        await BrowserApp.GotoInteractiveAsync(page, "/my");
        await Assertions.Expect(page.Locator("[data-testid=cabinet-name]")).ToHaveTextAsync("Фамилия2MARKP2 Анна Петровна");
        await Assertions.Expect(page.Locator("[data-testid=cabinet-route]")).ToContainTextAsync("Маршрута пока нет");
        await Assertions.Expect(page.Locator("[data-testid=cabinet-enrolments]")).ToContainTextAsync("Записей на обучение нет.");
        await Assertions.Expect(page.Locator("[data-testid=cabinet-diagnostics]")).ToContainTextAsync("Диагностик ещё не было.");
        var body = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("MARKP1", body, StringComparison.Ordinal);
        Assert.DoesNotContain(ProgrammeName, body, StringComparison.Ordinal);
        Assert.DoesNotContain(TopicName, body, StringComparison.Ordinal);

        // Nor by address: the route card, the form and its DOCX are not found for P2.
        await BrowserApp.GotoInteractiveAsync(page, $"/development/routes/{routeId}");
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("MARKP1");
        await Assertions.Expect(page.Locator("[data-testid=route-person]")).ToHaveCountAsync(0);
        await BrowserApp.GotoInteractiveAsync(page, $"/development/enrolments/{enrolmentId}/assignment");
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("MARKP1");
        await Assertions.Expect(page.Locator("[data-testid=item-1]")).ToHaveCountAsync(0);
        var docx = await page.Context.APIRequest.GetAsync(EnrolmentsApi.AssignmentDocxUrl(enrolmentId));
        Assert.Equal(404, docx.Status);
    }

    /// <summary>
    /// A regional diagnostic campaign of the subject and methodical groups running since a week ago, a provider and a
    /// targeted upskilling programme addressing the shipped topic «Формирующее оценивание».
    /// </summary>
    private static async Task<(int CampaignId, DateOnly Today)> SeedCatalogueAsync(BrowserApp browser)
    {
        await using var db = browser.App.Db();
        var today = db.Scope.Today;
        var topic = await db.DeficitTopics.SingleAsync(t => t.Code == TopicCode);
        var provider = new Provider { Name = "ГАОУ ДПО «ЛОИРО»", Group = ProviderGroup.RegionalInstitute };
        db.Providers.Add(provider);
        await db.SaveChangesAsync();
        db.Programmes.Add(new Programme
        {
            Code = "ПК-ФО-36", Name = ProgrammeName, ProviderId = provider.Id, Kind = ProgrammeKind.Upskilling, Hours = 36,
            Form = StudyForm.PartTime, Targeted = true, Groups = CompetencyGroups.Methodical, Topics = [new ProgrammeTopic { TopicId = topic.Id }],
        });
        var campaign = new DiagnosticCampaign
        {
            Name = "Диагностика профессиональных дефицитов учителей", StartDate = today.AddDays(-7), EndDate = today.AddDays(30),
            Groups = CompetencyGroups.Subject | CompetencyGroups.Methodical, CreatedBy = "test",
        };
        db.DiagnosticCampaigns.Add(campaign);
        await db.SaveChangesAsync();
        return (campaign.Id, today);
    }

    /// <summary>P1's unsatisfactory entry diagnostic, deficit, approved route with the programme and enrolment, and a submitted form.</summary>
    private static async Task<(int RouteId, int EnrolmentId)> SeedApprovedRouteAsync(BrowserApp browser, TestRegion r, int campaignId, DateOnly today)
    {
        await using var db = browser.App.Db();
        var topic = await db.DeficitTopics.SingleAsync(t => t.Code == TopicCode);
        var programme = await db.Programmes.SingleAsync(p => p.Name == ProgrammeName);
        var result = new DiagnosticResult
        {
            CampaignId = campaignId, PersonId = r.P(1).Id, OrganisationId = r.A1.Id, TakenOn = today, Outcome = DiagnosticOutcome.Unsatisfactory,
            RepeatRequired = true, Entry = DiagnosticEntry.Manual, EnteredBy = "test",
            Scores = [new() { Group = CompetencyGroup.Subject, Percent = 70m }, new() { Group = CompetencyGroup.Methodical, Percent = 40m }],
        };
        db.DiagnosticResults.Add(result);
        await db.SaveChangesAsync();
        db.Deficits.Add(new Deficit
        {
            PersonId = r.P(1).Id, TopicId = topic.Id, ResultId = result.Id, Kind = DeficitKind.GeneralProfessional,
            Source = DeficitSource.Diagnostic, IdentifiedOn = today,
        });
        var item = new RouteItem
        {
            Order = 1, Kind = RouteItemKind.Programme, TopicId = topic.Id, Group = CompetencyGroup.Methodical, ProgrammeId = programme.Id,
            Title = ProgrammeName, PlannedFrom = today.AddDays(14), PlannedTo = today.AddDays(25), Status = RouteItemStatus.Planned,
        };
        var route = new IndividualRoute
        {
            PersonId = r.P(1).Id, OrganisationId = r.A1.Id, BasedOnResultId = result.Id, Status = RouteStatus.Approved,
            PlannedFrom = today, PlannedTo = today.AddDays(200), CreatedAt = DateTime.UtcNow, CreatedBy = "methodist", Items = [item],
        };
        db.Routes.Add(route);
        await db.SaveChangesAsync();
        var enrolment = new Enrolment
        {
            PersonId = r.P(1).Id, ProgrammeId = programme.Id, OrganisationId = r.A1.Id, RouteItemId = item.Id,
            StartDate = today.AddDays(14), EndDate = today.AddDays(25), Status = EnrolmentStatus.Planned, CreatedAt = DateTime.UtcNow, CreatedBy = "methodist",
            TechnicalAssignment = new TechnicalAssignment
            {
                Speciality = "учитель математики MARKP1", Competencies = CompetencyGroups.Methodical, Status = FormStatus.Submitted, SubmittedAt = DateTime.UtcNow,
            },
        };
        db.Enrolments.Add(enrolment);
        await db.SaveChangesAsync();
        return (route.Id, enrolment.Id);
    }

    /// <summary>
    /// Chooses the results file. The campaign card loads its data after the circuit connects, so the file input seen
    /// first may be the prerendered one, replaced before Blazor listens to it: choose again until the page takes the file.
    /// </summary>
    private static async Task ChooseFileAsync(IPage page, FilePayload file)
    {
        var submit = page.Locator("[data-testid=diagnostic-import-submit]");
        for (var attempt = 1; ; attempt++)
        {
            await page.Locator("[data-testid=diagnostic-import-file]").SetInputFilesAsync(file);
            try
            {
                await Assertions.Expect(submit).ToBeEnabledAsync(new() { Timeout = 5_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 5)
            {
            }
        }
    }

    /// <summary>Types into a MudBlazor field (its input or textarea) and leaves it, so the bound value is committed.</summary>
    private static async Task FillAsync(IPage page, string testId, string text)
    {
        var field = page.Locator($"[data-testid={testId}] input, [data-testid={testId}] textarea, input[data-testid={testId}], textarea[data-testid={testId}]");
        await field.FillAsync(text);
        await field.BlurAsync();
        await Assertions.Expect(field).ToHaveValueAsync(text);
    }

    private static Task FillDateAsync(IPage page, string testId, DateOnly date) => FillAsync(page, testId, Day(date));

    private static string Day(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static async Task<List<Paragraph>> ParagraphsAsync(IDownload download)
    {
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        var buffer = new MemoryStream();
        await using (var stream = await download.CreateReadStreamAsync()) await stream.CopyToAsync(buffer);
        buffer.Position = 0;
        using var document = WordprocessingDocument.Open(buffer, false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => (Paragraph)p.CloneNode(true)).ToList();
    }
}
