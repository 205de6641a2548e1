using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using EduCycle.Web.Features.Identity;
using EduCycle.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace EduCycle.Web.Tests.Identity;

/// <summary>
/// Walks every endpoint the application maps — API, pages, exports — with every role and anonymously,
/// on the hand-made <see cref="TestRegion"/>, and checks that no response ever carries a record outside
/// the caller's scope, that ids outside the scope are refused, and that nothing answers anonymously.
/// </summary>
public sealed partial class RouteWalkTests
{
    /// <summary>Route parameters the walker knows how to fill; a new parameter name fails the walk until added here.</summary>
    private static readonly Dictionary<string, Func<TestRegion, string, IEnumerable<string>>> ParameterValues = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = (r, route) => route.Contains(":guid", StringComparison.Ordinal)
            ? [Guid.NewGuid().ToString()]
            : route.Contains("people", StringComparison.Ordinal) || route.Contains("/routes/draft/", StringComparison.Ordinal)
                ? r.People.Select(p => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
                : r.Organisations.Select(o => o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ["kind"] = (_, _) => ["organisations", "staff"],
        ["format"] = (_, _) => ["xlsx", "csv"],
        ["ext"] = (_, _) => ["xlsx", "csv"],
        ["code"] = (_, _) => ["mms-young-teachers", "no-such-instrument", "P01"],
        ["version"] = (_, _) => ["1", "2"],
        ["role"] = (_, _) => ["self", "expert"],
    };

    private static readonly string[] Ignored = ["/_blazor", "/_framework", "/_content", "/openapi", "/scalar", "/health", "/account/", "/Error", "/error", "/login", "/forbidden"];

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Every_route_with_every_role_shows_only_what_the_scope_allows(string provider)
    {
        await using var app = new EduCycleApp(provider);
        var r = await app.SeedRegionAsync();

        var routes = DiscoverRoutes(app);
        Assert.Contains(routes, x => x.Pattern == "/profile");
        var unknown = routes.SelectMany(x => x.Parameters).Where(p => !ParameterValues.ContainsKey(p)).Distinct().ToList();
        Assert.True(unknown.Count == 0, $"The walker cannot fill route parameters: {string.Join(", ", unknown)}");

        var allOrgs = new[] { r.A1, r.A2, r.B1, r.M };
        var cases = new (TestUser User, int[] Orgs, int[] People)[]
        {
            (new TestUser("w-region", Roles.RegionalOperator), allOrgs.Select(o => o.Id).ToArray(), [1, 2, 3, 4, 5, 6]),
            (new TestUser("w-methodist", Roles.RegionalMethodist), allOrgs.Select(o => o.Id).ToArray(), [1, 2, 3, 4, 5, 6]),
            (new TestUser("w-municipal", Roles.MunicipalOperator, MunicipalityId: r.A.Id), [r.A1.Id, r.A2.Id], [1, 2, 3, 6]),
            (new TestUser("w-mms", Roles.MunicipalMethodist, MunicipalityId: r.B.Id), [r.B1.Id, r.M.Id], [4, 5, 6]),
            (new TestUser("w-head", Roles.Head, OrganisationId: r.A1.Id, PersonId: r.P(2).Id), [r.A1.Id], [1, 2, 6]),
            (new TestUser("w-curator", Roles.Curator, AssignedOrganisations: [r.B1.Id, r.M.Id]), [r.B1.Id, r.M.Id], [4, 5, 6]),
            (new TestUser("w-teacher", Roles.Teacher, OrganisationId: r.A1.Id, PersonId: r.P(1).Id), [r.A1.Id], [1]),
        };

        var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var failures = new List<string>();
        foreach (var route in routes)
        foreach (var url in Expand(route, r))
        {
            var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(route.Method), url));
            if (response.IsSuccessStatusCode)
                failures.Add($"anonymous {route.Method} {url} → {(int)response.StatusCode}");
        }

        foreach (var (user, orgs, people) in cases)
        {
            var client = await app.ClientAsAsync(user);
            var hidden = allOrgs.Where(o => !orgs.Contains(o.Id)).Select(o => o.ExternalCode[8..])
                .Concat(Enumerable.Range(1, 6).Where(n => !people.Contains(n)).Select(n => $"MARKP{n}")).ToList();
            foreach (var route in routes.Where(x => x.Method == "GET"))
            foreach (var url in Expand(route, r))
            {
                var response = await client.GetAsync(url);
                var code = (int)response.StatusCode;
                if (code >= 500) failures.Add($"{user.UserName} GET {url} → {code}");
                var body = await ReadTextAsync(response);
                foreach (var marker in hidden.Where(m => body.Contains(m, StringComparison.Ordinal)))
                    failures.Add($"{user.UserName} GET {url} leaked {marker}");
                if ((route.Pattern.StartsWith("/api/", StringComparison.Ordinal) || route.Pattern.StartsWith("/export/", StringComparison.Ordinal))
                    && route.Pattern.Contains("{id:int}", StringComparison.Ordinal)
                    && IsOutOfScope(url, r, orgs, people) && response.StatusCode != HttpStatusCode.NotFound)
                    failures.Add($"{user.UserName} GET {url} → {code}, expected 404 for a record outside the scope");
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static bool IsOutOfScope(string url, TestRegion r, int[] orgs, int[] people)
    {
        var id = int.Parse(IdInUrl().Match(url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return url.Contains("/people/", StringComparison.Ordinal)
            ? !people.Select(n => r.P(n).Id).Contains(id)
            : !orgs.Contains(id);
    }

    private sealed record Route(string Method, string Pattern, IReadOnlyList<string> Parameters);

    private static List<Route> DiscoverRoutes(EduCycleApp app)
    {
        var sources = app.Services.GetRequiredService<EndpointDataSource>();
        var result = new List<Route>();
        foreach (var endpoint in sources.Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (Ignored.Any(i => pattern.StartsWith(i, StringComparison.OrdinalIgnoreCase)) || pattern.Contains("**", StringComparison.Ordinal)
                || pattern.Contains("{*", StringComparison.Ordinal)) continue;
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null) continue;
            if (StaticFile().IsMatch(pattern) && !pattern.Contains('{', StringComparison.Ordinal)) continue;
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods.Where(m => m != "HEAD"))
                result.Add(new Route(method, pattern, endpoint.RoutePattern.Parameters.Select(p => p.Name).ToList()));
        }
        return result.DistinctBy(x => (x.Method, x.Pattern)).ToList();
    }

    private static IEnumerable<string> Expand(Route route, TestRegion r)
    {
        IEnumerable<string> urls = [route.Pattern];
        foreach (var parameter in route.Parameters)
        {
            var values = ParameterValues[parameter](r, route.Pattern).ToList();
            urls = urls.SelectMany(u => values.Select(v => ParameterSlot().Replace(u, m => m.Groups[1].Value.Equals(parameter, StringComparison.OrdinalIgnoreCase) ? v : m.Value)));
        }
        return urls;
    }

    private static async Task<string> ReadTextAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (bytes.Length > 4 && bytes[0] == 'P' && bytes[1] == 'K')
        {
            using var zip = new ZipArchive(new MemoryStream(bytes));
            var text = new StringBuilder();
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open());
                text.Append(await reader.ReadToEndAsync());
            }
            return text.ToString();
        }
        return Encoding.UTF8.GetString(bytes);
    }

    [GeneratedRegex(@"\{(\w+)(?::[^}]*)?\??\}")]
    private static partial Regex ParameterSlot();

    [GeneratedRegex(@"/(\d+)(?:/|$|\.)")]
    private static partial Regex IdInUrl();

    [GeneratedRegex(@"\.[a-z0-9]+$")]
    private static partial Regex StaticFile();
}
