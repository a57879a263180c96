using Mutual.Domain.Common;

namespace Mutual.Domain.Members;

public sealed record MemberNameRequired() : DomainError("Enter the member's name (a family name, or an organisation's registered name).");

public sealed record PostalAddressRequired()
    : DomainError("Enter a postal address: the register of members must hold one (CCBSA s.30).");

public sealed record InvalidEmail(string Email) : DomainError($"\"{Email}\" is not an email address. Enter one like name@example.org.");

public sealed record MembershipClassRequired() : DomainError("Choose at least one membership class.");

public sealed record UnknownMembershipClass(string Key, IReadOnlyList<string> Known)
    : DomainError($"The rules have no membership class \"{Key}\". Choose one of: {string.Join(", ", Known)}.");

public sealed record InvalidMembershipNumber(int Number)
    : DomainError($"Membership number {Number} is not valid: numbers are whole numbers from 1 up.");

public sealed record NotAnApplicant(MemberId Id, MemberStatus Status)
    : DomainError($"Only an applicant can be admitted or rejected; this person is {Status.ToString().ToLowerInvariant()}.");

public sealed record MemberNotActive(MemberId Id, MemberStatus Status)
    : DomainError($"This person is not a current member (status: {Status.ToString().ToLowerInvariant()}).");

public sealed record DateBeforeLastChange(DateOnly Date, DateOnly LastChange)
    : DomainError($"The date {Date:yyyy-MM-dd} is before the last change to this member's status ({LastChange:yyyy-MM-dd}).");

public sealed record CeasedBeforeAdmitted(DateOnly CeasedOn, DateOnly AdmittedOn)
    : DomainError($"Membership cannot end ({CeasedOn:yyyy-MM-dd}) before it began ({AdmittedOn:yyyy-MM-dd}).");
