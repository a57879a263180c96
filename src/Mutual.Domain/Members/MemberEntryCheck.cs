using Mutual.Domain.Common;
using Mutual.Domain.Rules;

namespace Mutual.Domain.Members;

/// <summary>
/// Checks and tidies what goes into a register entry (DOMAIN B4): a name, a postal address, a
/// plausible email if one is given, and membership classes the rules define.
/// </summary>
internal static class MemberEntryCheck
{
    public static Result<(MemberName Name, ContactDetails Contact, string[] ClassKeys)> Check(
        MemberName name, ContactDetails contact, IReadOnlyCollection<string> classKeys, SocietyRules rules)
    {
        var cleanName = new MemberName(Tidy(name.GivenNames), Tidy(name.FamilyName));
        if (cleanName.FamilyName.Length == 0) return new MemberNameRequired();

        var cleanContact = CheckContact(contact);
        if (cleanContact.Error is { } error) return error;

        var keys = classKeys.Select(k => k.Trim()).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        if (keys.Length == 0) return new MembershipClassRequired();
        foreach (var key in keys)
        {
            if (rules.FindClass(key) is null)
                return new UnknownMembershipClass(key, [.. rules.MembershipClasses.Select(c => c.Key)]);
        }

        return (cleanName, cleanContact.Value, keys);
    }

    public static Result<ContactDetails> CheckContact(ContactDetails contact)
    {
        var address = contact.PostalAddress.Trim();
        if (address.Length == 0) return new PostalAddressRequired();

        var email = Optional(contact.Email);
        if (email is not null && !LooksLikeEmail(email)) return new InvalidEmail(email);

        var postcode = Tidy(contact.Postcode).ToUpperInvariant();
        return new ContactDetails(address, postcode, email, Optional(contact.Phone));
    }

    // Deliverability is proved by sending mail; this only catches slips like a missing "@".
    private static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1 && !email.Any(char.IsWhiteSpace);
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Tidy(string? text) => string.Join(' ', (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
