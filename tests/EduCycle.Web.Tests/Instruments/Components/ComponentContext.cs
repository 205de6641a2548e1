using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace EduCycle.Web.Tests.Instruments.Components;

/// <summary>A bUnit context with MudBlazor and the localizer (Russian keys are the texts).</summary>
public abstract class ComponentContext : BunitContext
{
    protected ComponentContext()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }
}
