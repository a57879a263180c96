namespace Mutual.Domain.Members;

/// <summary>
/// A member's name for the register (DOMAIN B4). An organisation that is a member (A2) has only a
/// family name: its registered name.
/// </summary>
public sealed record MemberName(string GivenNames, string FamilyName)
{
    public string Display => string.IsNullOrWhiteSpace(GivenNames) ? FamilyName : $"{GivenNames} {FamilyName}";
}
