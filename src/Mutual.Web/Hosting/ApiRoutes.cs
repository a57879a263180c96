using Mutual.Web.Authorization;
using Mutual.Web.Features.Audit;
using Mutual.Web.Features.Directors;
using Mutual.Web.Features.Meetings;
using Mutual.Web.Features.Members;
using Mutual.Web.Features.Polls;
using Mutual.Web.Features.Rules;
using Mutual.Web.Features.Societies;
using Mutual.Web.Features.Users;

namespace Mutual.Web.Hosting;

public static class ApiRoutes
{
    public static IEndpointRouteBuilder MapMutualApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").RequireAuthorization().DisableAntiforgery();
        // Everything under a society needs a role in it; endpoints add stricter policies.
        var society = api.MapGroup("/societies/{slug}").RequireAuthorization(SocietyPolicies.AnyRole);

        api.MapSocietiesApi(society);
        society.MapMembersApi();
        society.MapRulesApi();
        society.MapAuditApi();
        society.MapUsersApi();
        society.MapMeetingsApi();
        society.MapNominationsApi();
        society.MapDirectorsApi();
        api.MapPollsApi(society);
        return endpoints;
    }
}
