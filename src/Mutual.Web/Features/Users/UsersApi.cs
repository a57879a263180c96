using Microsoft.AspNetCore.Http.HttpResults;
using Mutual.Data;
using Mutual.Data.Societies;
using Mutual.Domain.Societies;
using Mutual.Web.Authorization;
using Mutual.Web.Features.Shared;

namespace Mutual.Web.Features.Users;

/// <summary>The users page over the API, for the secretary alone: list roles, give one, take one away. Every change is audited.</summary>
public static class UsersApi
{
    public static void MapUsersApi(this RouteGroupBuilder society)
    {
        var users = society.MapGroup("/users").RequireAuthorization(SocietyPolicies.Secretary);

        users.MapGet("", async (MutualDbContext db, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok((await UserRoleList.ReadAsync(db, http.Society().Id, ct)).Select(r => new UserRoleResponse(r.UserId, r.Email, r.Role, r.MemberNumber))))
            .WithName("ListUserRoles").WithSummary("Who can log in to this society, with which role");

        users.MapPost("/roles", async Task<Results<Ok<UserRoleResponse>, ValidationProblem>> (
                GrantRoleRequest body, RoleInvitation invitation, MutualDbContext db, HttpContext http, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(body.Email) || !body.Email.Contains('@', StringComparison.Ordinal))
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["email"] = ["Give their email address, like name@example.org."] });
                if (body.Role is not { } role)
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["role"] = [$"Give the role: one of {string.Join(", ", Enum.GetNames<SocietyRole>())}."] });

                var society = http.Society();
                var problems = await invitation.RunAsync(society, body.Email, body.Password, role, body.MembershipNumber, Actor(http), ct);
                if (problems.Count > 0)
                    return TypedResults.ValidationProblem(problems.GroupBy(p => JsonName(p.Field)).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
                var row = (await UserRoleList.ReadAsync(db, society.Id, ct)).First(r => r.Role == role && string.Equals(r.Email, body.Email.Trim(), StringComparison.OrdinalIgnoreCase));
                return TypedResults.Ok(new UserRoleResponse(row.UserId, row.Email, row.Role, row.MemberNumber));
            })
            .WithName("GrantRole").WithSummary("Give someone a role, creating their login if they have none");

        users.MapDelete("/{userId:guid}/roles/{role}", async Task<Results<NoContent, NotFound, ValidationProblem>> (
                Guid userId, SocietyRole role, RoleGrants grants, HttpContext http, CancellationToken ct) =>
            {
                var revoked = await grants.RevokeAsync(http.Society().Id, userId, role, http.User.UserId(), Actor(http), ct);
                if (revoked.Error is { } error) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["role"] = [error.Message] }, title: error.Message);
                return revoked.Value ? TypedResults.NoContent() : TypedResults.NotFound();
            })
            .WithName("RevokeRole").WithSummary("Take a role away");
    }

    private static string JsonName(string field) => char.ToLowerInvariant(field[0]) + field[1..];

    private static string Actor(HttpContext http) => http.User.Identity?.Name ?? "api";
}

public sealed record UserRoleResponse(Guid UserId, string Email, SocietyRole Role, int? MembershipNumber);

public sealed record GrantRoleRequest(string? Email, SocietyRole? Role, int? MembershipNumber, string? Password);
