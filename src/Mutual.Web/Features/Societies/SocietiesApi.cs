using Microsoft.AspNetCore.Http.HttpResults;
using Mutual.Data;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Societies;

public static class SocietiesApi
{
    public static void MapSocietiesApi(this RouteGroupBuilder api, RouteGroupBuilder society)
    {
        api.MapGet("/societies", async (MutualDbContext db, HttpContext http, CancellationToken ct) =>
            TypedResults.Ok(await MySocieties.ListAsync(db, http.User, ct)))
            .WithName("ListMySocieties")
            .WithSummary("The societies in which you hold a role");

        society.MapGet("", Ok<SocietyResponse> (HttpContext http) =>
            {
                var current = http.Society();
                var s = current.Society;
                return TypedResults.Ok(new SocietyResponse(s.Slug, s.Name, s.CreatedAt, [.. current.Roles.Order()]));
            })
            .WithName("GetSociety")
            .WithSummary("One society and your roles in it");
    }
}
