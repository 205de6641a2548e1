using EduCycle.Web.Components;
using EduCycle.Web.Data;
using EduCycle.Web.Features.Development;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Features.Cycle;
using EduCycle.Web.Features.Indicators;
using EduCycle.Web.Features.Instruments;
using EduCycle.Web.Features.Monitoring;
using EduCycle.Web.Features.Registry;
using EduCycle.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddEduCycleLogging();

builder.Services.AddEduCycleDatabase(DatabaseSettings.From(builder.Configuration));
builder.Services.AddEduCycleIdentity(builder.Configuration);
builder.Services.AddEduCycleInfrastructure(builder.Environment);
builder.Services.AddEduCycleApi();
builder.Services.AddEduCycleUi();
builder.Services.AddRegistry();
builder.Services.AddInstruments();
builder.Services.AddDevelopment();
builder.Services.AddIndicators();
builder.Services.AddMonitoring();
builder.Services.AddCycle();

var app = builder.Build();

await app.InitialiseDatabaseAsync();
app.UseEduCyclePipeline();

app.MapEduCycleApiDocumentation();
app.MapIdentity();
app.MapRegistry();
app.MapInstruments();
app.MapDevelopment();
app.MapIndicators();
app.MapMonitoring();
app.MapCycle();
app.MapEduCycleUi();

app.Run();

/// <summary>Entry point, visible to the integration tests' web application factory.</summary>
public partial class Program;
