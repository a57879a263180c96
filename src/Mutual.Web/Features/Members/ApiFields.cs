using Mutual.Domain.Common;
using Mutual.Domain.Members;

namespace Mutual.Web.Features.Members;

/// <summary>The JSON field a register refusal concerns, so an API caller knows what to fix.</summary>
public static class ApiFields
{
    public static string For(DomainError error) => error switch
    {
        MemberNameRequired => "familyName",
        PostalAddressRequired => "postalAddress",
        InvalidEmail => "email",
        MembershipClassRequired or UnknownMembershipClass => "classes",
        InvalidMembershipNumber => "membershipNumber",
        DateBeforeLastChange or CeasedBeforeAdmitted => "date",
        NotAnApplicant or MemberNotActive => "status",
        _ => "body",
    };
}
