using Microsoft.AspNetCore.Http.HttpResults;
using Mutual.Data.Members;
using Mutual.Domain.Members;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Members;

public static class MembersApi
{
    public static void MapMembersApi(this RouteGroupBuilder society)
    {
        society.MapMyRecordApi();
        var members = society.MapGroup("/members").RequireAuthorization(SocietyPolicies.Officers);

        members.MapGet("", async (string? q, int? page, int? pageSize, MemberRegister register, HttpContext http, CancellationToken ct) =>
            {
                var size = Math.Clamp(pageSize ?? 50, 1, 200);
                var number = Math.Max(1, page ?? 1);
                var found = await RegisterSearch.RunAsync(register, http.Society().Id, q, number, size, ct);
                return TypedResults.Ok(new MemberPageResponse(number, size, found.HasNextPage, found.Members));
            })
            .WithName("SearchMembers")
            .WithSummary("Search the register by name, membership number or postcode, a page at a time");

        members.MapGet("/{memberId:guid}", async Task<Results<Ok<MemberResponse>, NotFound>> (Guid memberId, MemberRegister register, HttpContext http, CancellationToken ct) =>
                await register.GetAsync(http.Society().Id, new MemberId(memberId), ct) is { } m ? TypedResults.Ok(m.ToResponse()) : TypedResults.NotFound())
            .WithName("GetMember");

        members.MapPost("", MemberCommands.ApplyAsync).WithName("ApplyForMembership").WithSummary("Record an application (DOMAIN B10)");
        members.MapPost("/{memberId:guid}/admit", MemberCommands.AdmitAsync).WithName("AdmitMember").WithSummary("The board admits an applicant (B10)");
        members.MapPost("/{memberId:guid}/cease", MemberCommands.CeaseAsync)
            .RequireAuthorization(SocietyPolicies.Secretary)
            .WithName("CeaseMembership").WithSummary("Membership ends, with its reason and date (B11)");
    }
}

public sealed record MemberPageResponse(int Page, int PageSize, bool HasNextPage, IReadOnlyList<MemberSummaryResponse> Members);
