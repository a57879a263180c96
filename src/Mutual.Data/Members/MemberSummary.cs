using Mutual.Domain.Members;

namespace Mutual.Data.Members;

/// <summary>One line of a register search: enough to recognise a member and open their record.</summary>
public sealed record MemberSummary(
    MemberId Id, int? MembershipNumber, string GivenNames, string FamilyName, string Postcode, MemberStatus Status)
{
    public string DisplayName => new MemberName(GivenNames, FamilyName).Display;
}
