using Mutual.Domain.Common;
using Mutual.Domain.Rules;
using Mutual.Domain.Societies;

namespace Mutual.Domain.Members;

/// <summary>
/// A person or organisation in the register of members (DOMAIN B4, B10, B11): from application,
/// through admission by the board, to cessation with its reason. The dated status history is only
/// ever appended to, and a former member's entry is kept (B7). Membership numbers are allocated
/// by the caller (sequential per society); the member only checks they are valid.
/// </summary>
public sealed class Member
{
    private readonly List<string> _classKeys = [];
    private readonly List<MemberStatusChange> _statusHistory = [];

    // For EF Core, which sets the properties itself.
    private Member()
    {
        GivenNames = "";
        FamilyName = "";
        PostalAddress = "";
        Postcode = "";
    }

    private Member(SocietyId societyId, MemberName name, ContactDetails contact, IEnumerable<string> classKeys, DateTimeOffset now)
        : this()
    {
        Id = MemberId.New();
        SocietyId = societyId;
        GivenNames = name.GivenNames;
        FamilyName = name.FamilyName;
        SetContact(contact);
        _classKeys.AddRange(classKeys);
        CreatedAt = now;
    }

    public MemberId Id { get; private set; }

    public SocietyId SocietyId { get; private set; }

    /// <summary>Allocated on admission; null while an applicant or if rejected.</summary>
    public int? MembershipNumber { get; private set; }

    public string GivenNames { get; private set; }

    public string FamilyName { get; private set; }

    public string PostalAddress { get; private set; }

    public string Postcode { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public MemberStatus Status { get; private set; }

    public DateOnly? AppliedOn { get; private set; }

    public DateOnly? AdmittedOn { get; private set; }

    public string? AdmissionMinute { get; private set; }

    public DateOnly? CeasedOn { get; private set; }

    public CessationReason? CessationReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<string> ClassKeys => _classKeys.AsReadOnly();

    public IReadOnlyList<MemberStatusChange> StatusHistory => _statusHistory.AsReadOnly();

    public MemberName Name => new(GivenNames, FamilyName);

    public ContactDetails Contact => new(PostalAddress, Postcode, Email, Phone);

    /// <summary>B10: someone applies to join; the board decides later.</summary>
    public static Result<Member> Apply(
        SocietyId societyId, MemberName name, ContactDetails contact, IReadOnlyCollection<string> classKeys,
        SocietyRules rules, DateOnly appliedOn, DateTimeOffset now)
    {
        var checkedEntry = MemberEntryCheck.Check(name, contact, classKeys, rules);
        if (checkedEntry.Error is { } error) return error;
        var (cleanName, cleanContact, keys) = checkedEntry.Value;

        var member = new Member(societyId, cleanName, cleanContact, keys, now) { AppliedOn = appliedOn };
        member.Record(new MemberStatusChange(MemberStatus.Applicant, appliedOn, now));
        return member;
    }

    /// <summary>
    /// Enters someone who was already a member before the register came to Mutual (an imported
    /// register), with their existing number and the date they were entered.
    /// </summary>
    public static Result<Member> EnterExisting(
        SocietyId societyId, int membershipNumber, MemberName name, ContactDetails contact,
        IReadOnlyCollection<string> classKeys, SocietyRules rules, DateOnly admittedOn, DateTimeOffset now)
    {
        if (membershipNumber < 1) return new InvalidMembershipNumber(membershipNumber);
        var checkedEntry = MemberEntryCheck.Check(name, contact, classKeys, rules);
        if (checkedEntry.Error is { } error) return error;
        var (cleanName, cleanContact, keys) = checkedEntry.Value;

        var member = new Member(societyId, cleanName, cleanContact, keys, now)
        {
            MembershipNumber = membershipNumber,
            AdmittedOn = admittedOn,
        };
        member.Record(new MemberStatusChange(MemberStatus.Active, admittedOn, now, Note: "Entered from an existing register"));
        return member;
    }

    /// <summary>B10: the board admits the applicant, who is entered in the register under a number.</summary>
    public Result<MemberStatusChange> Admit(int membershipNumber, BoardDecision decision, DateTimeOffset now)
    {
        if (Status != MemberStatus.Applicant) return new NotAnApplicant(Id, Status);
        if (membershipNumber < 1) return new InvalidMembershipNumber(membershipNumber);
        if (TooEarly(decision.DecidedOn) is { } tooEarly) return tooEarly;

        MembershipNumber = membershipNumber;
        AdmittedOn = decision.DecidedOn;
        AdmissionMinute = decision.MinuteReference;
        return Record(new MemberStatusChange(MemberStatus.Active, decision.DecidedOn, now, Note: decision.MinuteReference));
    }

    /// <summary>B10: the board turns the application down.</summary>
    public Result<MemberStatusChange> Reject(BoardDecision decision, DateTimeOffset now, string? note = null)
    {
        if (Status != MemberStatus.Applicant) return new NotAnApplicant(Id, Status);
        if (TooEarly(decision.DecidedOn) is { } tooEarly) return tooEarly;
        return Record(new MemberStatusChange(MemberStatus.Rejected, decision.DecidedOn, now, Note: note ?? decision.MinuteReference));
    }

    /// <summary>B11: membership ends for <paramref name="reason"/>; the entry is kept with the date (B7).</summary>
    public Result<MemberStatusChange> Cease(CessationReason reason, DateOnly on, DateTimeOffset now, string? note = null)
    {
        if (Status != MemberStatus.Active) return new MemberNotActive(Id, Status);
        if (AdmittedOn is { } admitted && on < admitted) return new CeasedBeforeAdmitted(on, admitted);
        if (TooEarly(on) is { } tooEarly) return tooEarly;

        CeasedOn = on;
        CessationReason = reason;
        return Record(new MemberStatusChange(MemberStatus.Ceased, on, now, reason, note));
    }

    /// <summary>B4: the member notifies a new address, email or phone number.</summary>
    public Result<ContactDetails> UpdateContact(ContactDetails contact)
    {
        var clean = MemberEntryCheck.CheckContact(contact);
        if (clean.Error is { } error) return error;
        SetContact(clean.Value);
        return clean.Value;
    }

    private DateBeforeLastChange? TooEarly(DateOnly date)
    {
        var last = _statusHistory.Count == 0 ? (DateOnly?)null : _statusHistory[^1].EffectiveOn;
        return last is { } lastDate && date < lastDate ? new DateBeforeLastChange(date, lastDate) : null;
    }

    private MemberStatusChange Record(MemberStatusChange change)
    {
        _statusHistory.Add(change);
        Status = change.Status;
        return change;
    }

    private void SetContact(ContactDetails contact)
    {
        PostalAddress = contact.PostalAddress;
        Postcode = contact.Postcode;
        Email = contact.Email;
        Phone = contact.Phone;
    }
}
