namespace Mutual.Data.Members;

/// <summary>
/// The columns of a register spreadsheet, shared by import and export. Headers match ignoring case,
/// spaces and underscores, so "Membership number" is <c>membership_number</c>.
/// </summary>
public static class RegisterCsvColumns
{
    public const string MembershipNumber = "membership_number";
    public const string GivenNames = "given_names";
    public const string FamilyName = "family_name";
    public const string PostalAddress = "postal_address";
    public const string Postcode = "postcode";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Classes = "classes";
    public const string AdmittedOn = "admitted_on";
    public const string CeasedOn = "ceased_on";
    public const string CessationReason = "cessation_reason";

    public static IReadOnlyList<string> Required { get; } = [MembershipNumber, FamilyName, PostalAddress, Postcode, AdmittedOn];

    public static IReadOnlyList<string> All { get; } =
        [MembershipNumber, GivenNames, FamilyName, PostalAddress, Postcode, Email, Phone, Classes, AdmittedOn, CeasedOn, CessationReason];

    public static string Normalise(string header) =>
        new([.. header.Trim().ToLowerInvariant().Where(char.IsLetterOrDigit)]);
}
