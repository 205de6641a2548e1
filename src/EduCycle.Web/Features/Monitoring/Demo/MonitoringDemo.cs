using EduCycle.Engine.Calendar;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Features.Monitoring.Calendar;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Features.Registry.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EduCycle.Web.Features.Monitoring.Demo;

/// <summary>
/// Demo mode: the monitoring calendar of the last three school years (past events mostly done, a few overdue this year) and, for
/// each year, the annual form sent to every school — past years approved, the current one in every state, so «Не сдали» is not empty.
/// Staff numbers are read from the registry. Generated once, deterministically from <c>Demo:Seed</c>.
/// </summary>
public sealed class MonitoringDemo(EduCycleDbContext db, IOptions<DemoSettings> demo, IConfiguration configuration, ILogger<MonitoringDemo> log)
{
    public const string DemoForm = "methodical-work-annual";
    private const string Operator = "Региональный оператор (демо)";

    public async Task EnsureAsync(CancellationToken ct = default)
    {
        if (!demo.Value.Enabled || await db.MonitoringEvents.AnyAsync(ct) || !await db.Municipalities.AnyAsync(ct)) return;
        var today = db.Scope.Today;
        var random = new DemoRandom(configuration.GetValue("Demo:Seed", 2025) + 5);
        var current = SchoolYear.Containing(today);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var calendar = new MonitoringCalendar(db);
        var actor = new Actor(db.Scope, new HashSet<string> { Roles.RegionalOperator });
        var events = 0;
        for (var year = current.Previous(2); year.CompareTo(current) <= 0; year = year.Previous(-1))
            events += (await calendar.GenerateAsync(actor, year, ct)).Value;
        await MarkEventsAsync(random, today, ct);
        var submissions = await CollectionAsync(random, current, today, ct);
        await transaction.CommitAsync(ct);
        log.LogInformation("Monitoring demo generated: {Events} calendar events, {Submissions} form submissions", events, submissions);
    }

    private async Task MarkEventsAsync(DemoRandom random, DateOnly today, CancellationToken ct)
    {
        foreach (var e in await db.MonitoringEvents.OrderBy(e => e.Id).ToListAsync(ct))
        {
            if (e.DueDate < today)
            {
                var recent = e.DueDate > today.AddDays(-120);
                if (random.Chance(recent ? 0.8 : 0.95))
                    (e.Status, e.DoneDate) = (MonitoringEventStatus.Done, Min(e.DueDate.AddDays(-random.Between(0, 20)), today));
                else if (random.Chance(0.3))
                    (e.Status, e.Note) = (MonitoringEventStatus.Cancelled, "Перенесено решением рабочей группы");
                else if (random.Chance(0.5)) e.Status = MonitoringEventStatus.InProgress;
            }
            else if (e.StartDate <= today && random.Chance(0.6)) e.Status = MonitoringEventStatus.InProgress;
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task<int> CollectionAsync(DemoRandom random, SchoolYear current, DateOnly today, CancellationToken ct)
    {
        var form = await db.CollectionForms.Include(f => f.Fields).FirstOrDefaultAsync(f => f.Code == DemoForm, ct);
        if (form is null) return 0;
        var count = 0;
        for (var year = current.Previous(2); year.CompareTo(current) <= 0; year = year.Previous(-1))
        {
            var deadline = new DateOnly(year.StartYear, 12, 25);
            var asOf = new DateOnly(year.StartYear, 12, 1);
            var staff = await db.Employments
                .Where(e => e.ValidFrom <= asOf && (e.ValidTo == null || e.ValidTo > asOf) && e.Organisation!.Kind == OrganisationKind.School)
                .GroupBy(e => e.OrganisationId).Select(g => new { g.Key, Count = g.Select(e => e.PersonId).Distinct().Count() })
                .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
            var schools = await db.OrganisationPlacements
                .Where(p => p.ValidFrom <= asOf && (p.ValidTo == null || p.ValidTo > asOf))
                .Join(db.Organisations.Where(o => o.Kind == OrganisationKind.School), p => p.OrganisationId, o => o.Id, (p, o) => o.Id).Distinct().OrderBy(id => id).ToListAsync(ct);
            var request = new CollectionRequest
            {
                FormId = form.Id, SchoolYear = year.StartYear, Deadline = deadline,
                CreatedAt = year.Start.AddDays(random.Between(20, 40)).ToDateTime(new TimeOnly(7, 0), DateTimeKind.Utc), CreatedBy = Operator,
            };
            var isCurrent = year.Equals(current);
            foreach (var school in schools)
            {
                var s = new CollectionSubmission { OrganisationId = school };
                var roll = random.Next();
                var state = !isCurrent ? SubmissionStatus.Approved
                    : roll < 0.35 ? SubmissionStatus.Approved : roll < 0.55 ? SubmissionStatus.Submitted
                    : roll < 0.62 ? SubmissionStatus.Returned : SubmissionStatus.Draft;
                var started = state != SubmissionStatus.Draft || roll < 0.8;
                if (started) s.Values = Values(random, staff.GetValueOrDefault(school), complete: state != SubmissionStatus.Draft);
                var sent = Min(deadline, today).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc).AddDays(-random.Between(1, 25));
                if (state != SubmissionStatus.Draft) (s.SubmittedAt, s.SubmittedBy) = (sent, "Руководитель ОО (демо)");
                if (state == SubmissionStatus.Approved) (s.ApprovedAt, s.ApprovedBy) = (Min(sent.AddDays(random.Between(1, 5)), today.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc)), Operator);
                if (state == SubmissionStatus.Returned) s.ReturnReason = "Уточните число педагогов, прошедших диагностику: не совпадает с данными ЦНППМ";
                s.Status = state;
                request.Submissions.Add(s);
                count++;
            }
            db.CollectionRequests.Add(request);
        }
        await db.SaveChangesAsync(ct);
        return count;
    }

    private static List<CollectedValue> Values(DemoRandom random, int total, bool complete)
    {
        var diagnosed = (int)Math.Round(total * (0.35 + 0.55 * random.Next()));
        var values = new Dictionary<string, decimal?>
        {
            ["staff.total_reported"] = total,
            ["staff.diagnosed_reported"] = diagnosed,
            ["staff.targeted_methodical_help"] = (int)Math.Round(diagnosed * (0.2 + 0.6 * random.Next())),
            ["events.network_held"] = random.Between(0, 9),
            ["orgs.productive_methodical_system"] = random.Chance(0.7) ? 1 : 0,
            ["orgs.education_projects"] = random.Chance(0.5) ? 1 : 0,
        };
        if (!complete)
            foreach (var code in new[] { "events.network_held", "orgs.productive_methodical_system", "orgs.education_projects" })
                values[code] = null;
        return values.Select(v => new CollectedValue { ElementCode = v.Key, Value = v.Value }).ToList();
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
