using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Mutual.Web.Tests.Authorization;

/// <summary>
/// Every endpoint the application maps that names a society, read from the routing table itself,
/// so a page or endpoint added later is covered by the authorisation tests without editing them.
/// </summary>
public static class SocietyEndpoints
{
    public sealed record Target(string Method, string Template)
    {
        public string Url(string slug, Guid memberId) => "/" + Template
            .Replace("{slug}", slug, StringComparison.Ordinal)
            .Replace("{id:guid}", memberId.ToString(), StringComparison.Ordinal)
            .Replace("{memberId:guid}", memberId.ToString(), StringComparison.Ordinal)
            .Replace("{jobId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{userId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{role}", "Member", StringComparison.Ordinal)
            .Replace("{version:int}", "1", StringComparison.Ordinal)
            .TrimStart('/');

        public override string ToString() => $"{Method} /{Template}";
    }

    public static IReadOnlyList<Target> All(IServiceProvider services)
    {
        var targets = new HashSet<Target>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var template = endpoint.RoutePattern.RawText ?? "";
            if (!template.Contains("{slug}", StringComparison.Ordinal)) continue;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            foreach (var method in methods) targets.Add(new Target(method, template.TrimStart('/')));
        }

        return [.. targets.OrderBy(t => t.Template, StringComparer.Ordinal).ThenBy(t => t.Method, StringComparer.Ordinal)];
    }
}
