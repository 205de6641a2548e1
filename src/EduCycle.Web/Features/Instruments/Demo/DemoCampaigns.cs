using EduCycle.Engine.Calendar;
using EduCycle.Engine.Instruments;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Instruments.Assessments;
using EduCycle.Web.Features.Instruments.Catalog;
using EduCycle.Web.Features.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EduCycle.Web.Features.Instruments.Demo;

/// <summary>
/// Demo mode: a monitoring of the municipal methodical services (the young-teachers checklist of seed 004 §2) over
/// all municipalities in the current school year at every stage of the workflow — the demo municipality's own
/// checklist still to fill — and the schools' self-assessment of their transition programmes assigned to the demo
/// municipality's schools. Answers are drawn from the demo seed; every total is scored by the engine.
/// </summary>
public sealed class DemoCampaigns(EduCycleDbContext db, InstrumentCatalog catalog, IOptions<DemoSettings> demo, IConfiguration configuration)
{
    private const string Organiser = "Региональный оператор (демо)";
    private const string Expert = "Методист ЦНППМ (демо)";
    private SchoolYear _year;
    private DateTime _assigned;

    public async Task EnsureAsync(CancellationToken ct = default)
    {
        if (!demo.Value.Enabled || await db.Campaigns.AnyAsync(ct) || !await db.Municipalities.AnyAsync(ct)) return;
        var random = new Random(configuration.GetValue("Demo:Seed", 2025));
        var today = db.Scope.Today;
        _year = SchoolYear.Containing(today);
        _assigned = today.AddDays(-40).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        await MethodicalServicesAsync(random, ct);
        await SchoolSelfAssessmentAsync(ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task MethodicalServicesAsync(Random random, CancellationToken ct)
    {
        var definition = await catalog.GetDefinitionAsync("mms-young-teachers", 1, ct);
        if (definition is null) return;
        var campaign = Campaign(definition, $"Мониторинг муниципальных методических служб: поддержка молодых педагогов и наставничество, {_year}");
        var municipalities = await db.Municipalities.OrderBy(m => m.Code).Select(m => new { m.Id, m.Code }).ToListAsync(ct);
        var assignments = municipalities.Select(m => (m.Code, Assignment: new Assignment
        {
            Campaign = campaign, MunicipalityId = m.Id, AreaMunicipalityId = m.Id, AssignedAt = _assigned, AssignedBy = Organiser,
            Status = AssignmentStatus.Assigned,
        })).ToList();
        db.Assignments.AddRange(assignments.Select(a => a.Assignment));
        await db.SaveChangesAsync(ct);
        var stage = 0;
        foreach (var (code, assignment) in assignments)
        {
            if (code == DemoUsers.DemoMunicipalityCode) continue;
            var quality = 0.35 + 0.6 * random.NextDouble();
            var self = Answers(definition, random, quality);
            var submitted = _assigned.AddDays(10 + stage);
            Submit(assignment, definition, AssessmentRole.Self, self, "Методическая служба (демо)", submitted);
            var status = (stage++ % 4) switch { 0 or 1 => AssignmentStatus.Locked, 2 => AssignmentStatus.Reviewed, _ => AssignmentStatus.Submitted };
            if (status == AssignmentStatus.Submitted) continue;
            var expert = Disagree(definition, self, random);
            var result = Submit(assignment, definition, AssessmentRole.Expert, expert, Expert, submitted.AddDays(10));
            AssessmentWorkflow.SetResult(assignment, result);
            (assignment.ReviewedAt, assignment.ReviewedBy) = (submitted.AddDays(11), Expert);
            assignment.Status = status;
            if (status == AssignmentStatus.Locked) (assignment.LockedAt, assignment.LockedBy) = (submitted.AddDays(12), Expert);
        }
    }

    private async Task SchoolSelfAssessmentAsync(CancellationToken ct)
    {
        var definition = await catalog.GetDefinitionAsync("school-transition-self-assessment", 1, ct);
        var municipality = await db.Municipalities.Where(m => m.Code == DemoUsers.DemoMunicipalityCode).Select(m => (int?)m.Id).SingleOrDefaultAsync(ct);
        if (definition is null || municipality is null) return;
        var campaign = Campaign(definition, $"Самооценка программ перехода в эффективный режим работы, {_year}");
        var schools = await db.OrganisationPlacements.Where(p => p.MunicipalityId == municipality && p.ValidTo == null)
            .Join(db.Organisations.Where(o => o.Kind == OrganisationKind.School), p => p.OrganisationId, o => o.Id, (p, o) => o.Id)
            .OrderBy(id => id).ToListAsync(ct);
        db.Assignments.AddRange(schools.Select(id => new Assignment
        {
            Campaign = campaign, OrganisationId = id, AreaMunicipalityId = municipality, AssignedAt = _assigned, AssignedBy = Organiser,
            Status = AssignmentStatus.Assigned,
        }));
    }

    /// <summary>A campaign of the current school year, assigned 40 days ago, due in 30 days.</summary>
    private Campaign Campaign(InstrumentDefinition definition, string name) => new()
    {
        InstrumentCode = definition.Code, InstrumentVersion = definition.Version, Name = name,
        PeriodFrom = _year.Start, PeriodTo = _year.End, Deadline = DateOnly.FromDateTime(_assigned).AddDays(70),
        CreatedAt = _assigned, CreatedBy = Organiser,
    };

    /// <summary>Each scale item at its top point with probability <paramref name="quality"/>, else one of the lower points.</summary>
    private static Dictionary<string, object?> Answers(InstrumentDefinition definition, Random random, double quality) =>
        definition.AllItems().OfType<ScaleItem>().ToDictionary(i => i.Code, i =>
        {
            var points = definition.FindScale(i.Scale)!.Select(p => p.Value).OrderDescending().ToList();
            return (object?)(random.NextDouble() < quality ? points[0] : points[1 + random.Next(points.Count - 1)]);
        });

    /// <summary>The expert lowers one or two self-assessed items by a point, as reviews of the seed's checklists usually do.</summary>
    private static Dictionary<string, object?> Disagree(InstrumentDefinition definition, Dictionary<string, object?> self, Random random)
    {
        var expert = new Dictionary<string, object?>(self);
        foreach (var code in self.Where(a => (decimal)a.Value! > 0).Select(a => a.Key).OrderBy(_ => random.Next()).Take(1 + random.Next(2)))
            expert[code] = (decimal)self[code]! - 1;
        return expert;
    }

    private InstrumentResult Submit(Assignment assignment, InstrumentDefinition definition, AssessmentRole role, Dictionary<string, object?> answers, string who, DateTime at)
    {
        var response = InstrumentResponse.Of(definition, answers);
        var result = InstrumentScorer.Score(definition, response).Result
            ?? throw new InvalidOperationException($"Demo answers of {definition.Code} were refused by the engine.");
        var record = new Assessment
        {
            AssignmentId = assignment.Id, Role = role, InstrumentCode = definition.Code, InstrumentVersion = definition.Version,
            ResponseJson = InstrumentJson.Serialize(response), Status = AssessmentStatus.Submitted,
            SavedAt = at, SavedBy = who, SubmittedAt = at, SubmittedBy = who,
        };
        AssessmentWorkflow.Store(record, result);
        db.Assessments.Add(record);
        if (role == AssessmentRole.Self)
        {
            (assignment.SubmittedAt, assignment.SubmittedBy, assignment.Status) = (at, who, AssignmentStatus.Submitted);
            AssessmentWorkflow.SetResult(assignment, result);
        }
        return result;
    }
}
