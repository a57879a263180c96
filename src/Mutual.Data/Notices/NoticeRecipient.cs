using Mutual.Domain.Members;

namespace Mutual.Data.Notices;

/// <summary>A member a notice is addressed to: by email where they have one, otherwise by post.</summary>
public sealed record NoticeRecipient(MemberId MemberId, string Name, string PostalAddress, string Postcode, string? Email)
{
    public bool HasEmail => !string.IsNullOrWhiteSpace(Email);
}
