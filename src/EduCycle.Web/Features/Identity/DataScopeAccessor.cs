using Microsoft.AspNetCore.Components.Authorization;

namespace EduCycle.Web.Features.Identity;

/// <summary>Supplies the <see cref="DataScope"/> of whoever is acting now; read by the DbContext at every query.</summary>
public interface IDataScopeAccessor
{
    DataScope Current { get; }
}

/// <summary>A fixed scope: the system (CLI, seeding, jobs) or a test's chosen principal.</summary>
public sealed class FixedDataScope(DataScope scope) : IDataScopeAccessor
{
    public DataScope Current { get; } = scope;
}

/// <summary>Marks a service scope in which the system itself acts (start-up seeding, background jobs).</summary>
internal sealed class SystemActor
{
    public bool Active { get; set; }
}

public static class SystemScopes
{
    /// <summary>A service scope whose data scope is the whole region, for work no user asked for.</summary>
    public static AsyncServiceScope CreateSystemScope(this IServiceProvider services)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SystemActor>().Active = true;
        return scope;
    }
}

/// <summary>
/// The scope of the signed-in principal: from the request (pages on first render, API, exports) or
/// from the authentication state of an interactive circuit. Anonymous callers see nothing.
/// </summary>
internal sealed class PrincipalDataScope(IServiceProvider services, TimeProvider clock, SystemActor system) : IDataScopeAccessor
{
    private DataScope? _resolved;

    public DataScope Current => _resolved ?? Resolve();

    private DataScope Resolve()
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (system.Active) return _resolved = DataScope.System(today);
        var http = services.GetRequiredService<IHttpContextAccessor>().HttpContext;
        var user = http?.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            var state = services.GetService<AuthenticationStateProvider>();
            var task = SafeState(state);
            user = task is { IsCompletedSuccessfully: true } ? task.Result.User : null;
        }
        if (user?.Identity?.IsAuthenticated != true) return DataScope.Nobody with { Today = today };
        return _resolved = DataScope.FromPrincipal(user, today);
    }

    private static Task<AuthenticationState>? SafeState(AuthenticationStateProvider? provider)
    {
        try
        {
            return provider?.GetAuthenticationStateAsync();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
