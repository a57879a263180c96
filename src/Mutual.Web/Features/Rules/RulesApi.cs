using Microsoft.AspNetCore.Http.HttpResults;
using Mutual.Data.Rules;
using Mutual.Domain.Rules;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Rules;

public sealed record RulesResponse(int Version, DateTimeOffset AdoptedAt, SocietyRules Rules);

public static class RulesApi
{
    public static void MapRulesApi(this RouteGroupBuilder society)
    {
        society.MapGet("/rules", async (RulesStore store, HttpContext http, CancellationToken ct) =>
            {
                var current = await CurrentRules.LoadAsync(store, http.Society().Id, ct);
                return TypedResults.Ok(new RulesResponse(current.Version, current.AdoptedAt, current.Rules));
            })
            .WithName("GetRules").WithSummary("The society's current rules as JSON");

        society.MapGet("/rules.yaml", async Task<ContentHttpResult> (RulesStore store, HttpContext http, CancellationToken ct) =>
                TypedResults.Text((await CurrentRules.LoadAsync(store, http.Society().Id, ct)).Yaml, "application/yaml"))
            .WithName("GetRulesYaml").WithSummary("The society's current rules as the YAML they were adopted in");
    }
}
