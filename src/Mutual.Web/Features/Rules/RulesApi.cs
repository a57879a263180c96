using Microsoft.AspNetCore.Http.HttpResults;
using Mutual.Data.Rules;
using Mutual.Domain.Rules;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Rules;

public sealed record RulesResponse(int Version, DateTimeOffset AdoptedAt, SocietyRules Rules);

/// <summary>One stored version; <see cref="AdoptedBy"/> is given to officers only.</summary>
public sealed record RulesVersionResponse(int Version, DateTimeOffset AdoptedAt, string? AdoptedBy, bool Valid, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings);

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

        society.MapGet("/rules/versions", async (RulesHistory history, HttpContext http, CancellationToken ct) =>
            {
                var society = http.Society();
                return TypedResults.Ok((await history.ListAsync(society.Id, ct)).Select(v => new RulesVersionResponse(
                    v.Version, v.AdoptedAt, society.IsOfficer ? v.AdoptedBy : null, v.Verdict.IsValid, v.Verdict.Errors, v.Verdict.Warnings)));
            })
            .WithName("ListRulesVersions").WithSummary("Every version of the rules ever adopted, with today's validator verdict");

        society.MapGet("/rules/versions/{version:int}.yaml", async Task<Results<ContentHttpResult, NotFound>> (int version, RulesHistory history, HttpContext http, CancellationToken ct) =>
                await history.GetAsync(http.Society().Id, version, ct) is { } stored ? TypedResults.Text(stored.Yaml, "application/yaml") : TypedResults.NotFound())
            .WithName("GetRulesVersionYaml").WithSummary("One version of the rules as the YAML it was adopted in");
    }
}
