using Microsoft.AspNetCore.Authorization;
using Mutual.Domain.Societies;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Polls;

/// <summary>
/// Who may do what with polls (issue 4, point 7): the returning officer alone opens, closes, counts,
/// certifies and enters paper ballots; the secretary drafts polls; everyone with a role in the
/// society sees the list and, once a poll has closed, its results.
/// </summary>
public static class PollPolicies
{
    public const string ReturningOfficer = "society-returning-officer";

    /// <summary>The secretary drafts polls; the returning officer sees every poll it must run.</summary>
    public const string Organisers = "society-poll-organisers";

    public static readonly IReadOnlyList<SocietyRole> ReturningOfficerRoles = [SocietyRole.ReturningOfficer];

    public static readonly IReadOnlyList<SocietyRole> OrganiserRoles = [SocietyRole.Secretary, SocietyRole.ReturningOfficer];

    public static void AddPollPolicies(this AuthorizationOptions options)
    {
        options.AddPolicy(ReturningOfficer, Society(ReturningOfficerRoles));
        options.AddPolicy(Organisers, Society(OrganiserRoles));
    }

    private static AuthorizationPolicy Society(IReadOnlyList<SocietyRole> roles) =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new SocietyRoleRequirement(roles)).Build();
}
