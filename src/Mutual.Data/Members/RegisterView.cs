namespace Mutual.Data.Members;

/// <summary>
/// Which register to produce. <see cref="Full"/> is the statutory register of members (DOMAIN B4:
/// name, postal and electronic addresses, date entered, date ceased; shares once capital is kept).
/// <see cref="Inspection"/> is the view anyone entitled may inspect (B5, B6): it leaves out shares
/// and other property, and, as a data-minimising choice, the email address and phone number.
/// </summary>
public enum RegisterView
{
    Full,
    Inspection,
}
