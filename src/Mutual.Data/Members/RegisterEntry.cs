using Mutual.Domain.Members;

namespace Mutual.Data.Members;

/// <summary>One entry of the register of members as exported (DOMAIN B4), in membership-number order.</summary>
public sealed record RegisterEntry(
    int MembershipNumber, string GivenNames, string FamilyName, string PostalAddress, string Postcode,
    string? Email, string? Phone, IReadOnlyList<string> ClassKeys, DateOnly? AdmittedOn, DateOnly? CeasedOn, CessationReason? CessationReason)
{
    public string DisplayName => new MemberName(GivenNames, FamilyName).Display;

    /// <summary>What the inspection view may show (B5): no electronic addresses.</summary>
    public RegisterEntry ForInspection() => this with { Email = null, Phone = null };
}
