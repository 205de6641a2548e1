using EduCycle.Web.Data;
using EduCycle.Web.Features.Instruments.Assessments;
using EduCycle.Web.Features.Instruments.Campaigns;
using EduCycle.Web.Features.Instruments.Catalog;
using EduCycle.Web.Features.Instruments.Evidence;
using Microsoft.EntityFrameworkCore;

namespace EduCycle.Web.Features.Instruments.Pages;

/// <summary>
/// The instrument services over one fresh context for one page operation, so that a long-lived interactive
/// circuit never shares a context (or its tracked entities) between operations. The context acts in the circuit's scope.
/// </summary>
public sealed class InstrumentWork : IAsyncDisposable
{
    private readonly EduCycleDbContext _db;

    private InstrumentWork(EduCycleDbContext db, InstrumentDefinitionCache cache, TimeProvider clock)
    {
        _db = db;
        Catalog = new InstrumentCatalog(db, cache, clock);
        Campaigns = new CampaignService(db, Catalog, clock);
        Workflow = new AssessmentWorkflow(db, Catalog, Campaigns, clock);
        Evidence = new EvidenceFiles(db, Catalog, clock);
    }

    public InstrumentCatalog Catalog { get; }
    public CampaignService Campaigns { get; }
    public AssessmentWorkflow Workflow { get; }
    public EvidenceFiles Evidence { get; }
    public EduCycleDbContext Db => _db;

    public static async Task<InstrumentWork> OpenAsync(IDbContextFactory<EduCycleDbContext> factory, InstrumentDefinitionCache cache, TimeProvider clock) =>
        new(await factory.CreateDbContextAsync(), cache, clock);

    public ValueTask DisposeAsync() => _db.DisposeAsync();
}
