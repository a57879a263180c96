using Mutual.Domain.Societies;

namespace Mutual.Web.Features.Shared;

public static class RoleNames
{
    public static string Display(SocietyRole role) => role switch
    {
        SocietyRole.Secretary => "Secretary",
        SocietyRole.BoardMember => "Board member",
        SocietyRole.Member => "Member",
        SocietyRole.ReturningOfficer => "Returning officer",
        SocietyRole.Chair => "Chair of meetings",
        _ => role.ToString(),
    };
}
