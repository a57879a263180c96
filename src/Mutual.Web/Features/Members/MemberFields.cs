using Mutual.Domain.Common;
using Mutual.Domain.Members;

namespace Mutual.Web.Features.Members;

/// <summary>Which form field a register refusal concerns, so the error summary links straight to it.</summary>
public static class MemberFields
{
    public static string For(DomainError error, string dateField = "") => error switch
    {
        MemberNameRequired => "Input.FamilyName",
        PostalAddressRequired => "Input.PostalAddress",
        InvalidEmail => "Input.Email",
        MembershipClassRequired or UnknownMembershipClass => "Input.ClassKey",
        InvalidMembershipNumber => "Input.MembershipNumber",
        DateBeforeLastChange or CeasedBeforeAdmitted => dateField,
        _ => "",
    };
}
