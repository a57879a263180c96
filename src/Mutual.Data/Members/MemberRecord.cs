using Mutual.Domain.Members;

namespace Mutual.Data.Members;

/// <summary>A member's register entry as the audit log records it before and after a change.</summary>
internal sealed record MemberRecord(
    Guid Id, int? MembershipNumber, string GivenNames, string FamilyName, string PostalAddress, string Postcode,
    string? Email, string? Phone, IReadOnlyList<string> ClassKeys, MemberStatus Status,
    DateOnly? AppliedOn, DateOnly? AdmittedOn, DateOnly? CeasedOn, CessationReason? CessationReason)
{
    public static MemberRecord Of(Member m) => new(
        m.Id.Value, m.MembershipNumber, m.GivenNames, m.FamilyName, m.PostalAddress, m.Postcode, m.Email, m.Phone,
        [.. m.ClassKeys], m.Status, m.AppliedOn, m.AdmittedOn, m.CeasedOn, m.CessationReason);
}
