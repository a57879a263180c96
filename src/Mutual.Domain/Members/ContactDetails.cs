namespace Mutual.Domain.Members;

/// <summary>
/// How the society reaches a member, as the register of members records it (DOMAIN B4, s.30(1)):
/// a postal address, and any electronic address the member has notified.
/// </summary>
public sealed record ContactDetails(string PostalAddress, string Postcode, string? Email = null, string? Phone = null);
