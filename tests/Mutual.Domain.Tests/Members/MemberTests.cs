using Mutual.Domain.Members;
using Mutual.Domain.Rules;
using Mutual.Domain.Societies;

namespace Mutual.Domain.Tests.Members;

public class MemberTests
{
    private static readonly SocietyRules Rules = ModelRuleTemplates.Get("multi-stakeholder").Value;
    private static readonly SocietyId Society = SocietyId.New();
    private static readonly DateTimeOffset Now = new(2026, 4, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly AppliedOn = new(2026, 3, 2);

    private static Member Applicant(params string[] classes) =>
        Member.Apply(Society, new MemberName("Ada", "Lovelace"), new ContactDetails("1 Mill Lane\nBristol", "bs1 4dj", "ada@example.org"),
            classes.Length == 0 ? ["worker"] : classes, Rules, AppliedOn, Now).Value;

    private static Member Admitted()
    {
        var member = Applicant();
        member.Admit(17, new BoardDecision(new DateOnly(2026, 3, 10), "B/2026/14"), Now);
        return member;
    }

    [Fact]
    public void Apply_ValidApplication_IsAnApplicantWithOneHistoryEntry()
    {
        var member = Applicant();

        Assert.Equal(MemberStatus.Applicant, member.Status);
        Assert.Null(member.MembershipNumber);
        Assert.Equal(Society, member.SocietyId);
        Assert.Equal("BS1 4DJ", member.Postcode);
        var entry = Assert.Single(member.StatusHistory);
        Assert.Equal(new MemberStatusChange(MemberStatus.Applicant, AppliedOn, Now), entry);
    }

    [Fact]
    public void Apply_UnknownClass_IsRefusedNamingTheKnownClasses()
    {
        var result = Member.Apply(Society, new MemberName("Ada", "Lovelace"), new ContactDetails("1 Mill Lane", "BS1 4DJ"), ["owner"], Rules, AppliedOn, Now);

        var error = Assert.IsType<UnknownMembershipClass>(result.Error);
        Assert.Contains("supporter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_NoClass_IsRefused() =>
        Assert.IsType<MembershipClassRequired>(
            Member.Apply(Society, new MemberName("Ada", "Lovelace"), new ContactDetails("1 Mill Lane", "BS1 4DJ"), [" "], Rules, AppliedOn, Now).Error);

    [Fact]
    public void Apply_BlankFamilyName_IsRefused() =>
        Assert.IsType<MemberNameRequired>(
            Member.Apply(Society, new MemberName("Ada", "  "), new ContactDetails("1 Mill Lane", "BS1 4DJ"), ["user"], Rules, AppliedOn, Now).Error);

    [Fact]
    public void Apply_NoPostalAddress_IsRefusedCitingTheRegister() =>
        Assert.IsType<PostalAddressRequired>(
            Member.Apply(Society, new MemberName("Ada", "Lovelace"), new ContactDetails(" ", "BS1 4DJ"), ["user"], Rules, AppliedOn, Now).Error);

    [Theory]
    [InlineData("ada.example.org")]
    [InlineData("ada@")]
    [InlineData("a da@example.org")]
    public void Apply_BadEmail_IsRefused(string email) =>
        Assert.IsType<InvalidEmail>(
            Member.Apply(Society, new MemberName("Ada", "Lovelace"), new ContactDetails("1 Mill Lane", "BS1 4DJ", email), ["user"], Rules, AppliedOn, Now).Error);

    [Fact]
    public void Apply_OrganisationWithOnlyARegisteredName_IsAccepted()
    {
        var member = Member.Apply(Society, new MemberName("", "Bristol Food Co-operative Limited"), new ContactDetails("2 Quay St", "BS1 1AA"), ["user"], Rules, AppliedOn, Now).Value;

        Assert.Equal("Bristol Food Co-operative Limited", member.Name.Display);
    }

    [Fact]
    public void Admit_Applicant_BecomesActiveWithNumberAndBoardDecision()
    {
        var member = Admitted();

        Assert.Equal(MemberStatus.Active, member.Status);
        Assert.Equal(17, member.MembershipNumber);
        Assert.Equal(new DateOnly(2026, 3, 10), member.AdmittedOn);
        Assert.Equal("B/2026/14", member.AdmissionMinute);
        Assert.Equal([MemberStatus.Applicant, MemberStatus.Active], member.StatusHistory.Select(h => h.Status));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Admit_NonPositiveNumber_IsRefused(int number)
    {
        var member = Applicant();

        Assert.IsType<InvalidMembershipNumber>(member.Admit(number, new BoardDecision(new DateOnly(2026, 3, 10)), Now).Error);
        Assert.Equal(MemberStatus.Applicant, member.Status);
    }

    [Fact]
    public void Admit_DecisionBeforeApplication_IsRefused() =>
        Assert.IsType<DateBeforeLastChange>(Applicant().Admit(3, new BoardDecision(new DateOnly(2026, 3, 1)), Now).Error);

    [Fact]
    public void Admit_AlreadyAMember_IsRefused() =>
        Assert.IsType<NotAnApplicant>(Admitted().Admit(18, new BoardDecision(new DateOnly(2026, 3, 11)), Now).Error);

    [Fact]
    public void Reject_Applicant_CannotThenBeAdmitted()
    {
        var member = Applicant();
        member.Reject(new BoardDecision(new DateOnly(2026, 3, 10)), Now, "Not eligible for the worker class");

        Assert.Equal(MemberStatus.Rejected, member.Status);
        Assert.IsType<NotAnApplicant>(member.Admit(5, new BoardDecision(new DateOnly(2026, 3, 12)), Now).Error);
    }

    [Theory]
    [InlineData(CessationReason.Withdrawal)]
    [InlineData(CessationReason.Death)]
    [InlineData(CessationReason.Expulsion)]
    [InlineData(CessationReason.CeasedToQualify)]
    [InlineData(CessationReason.SubscriptionUnpaid)]
    [InlineData(CessationReason.HoldingBelowMinimum)]
    [InlineData(CessationReason.WindingUp)]
    public void Cease_AnyReason_KeepsTheEntryWithDateAndReason(CessationReason reason)
    {
        var member = Admitted();
        var ceasedOn = new DateOnly(2026, 9, 30);

        var change = member.Cease(reason, ceasedOn, Now.AddMonths(6), "Letter of 1 September").Value;

        Assert.Equal(MemberStatus.Ceased, member.Status);
        Assert.Equal(ceasedOn, member.CeasedOn);
        Assert.Equal(reason, member.CessationReason);
        Assert.Equal(17, member.MembershipNumber);
        Assert.Equal(new MemberStatusChange(MemberStatus.Ceased, ceasedOn, Now.AddMonths(6), reason, "Letter of 1 September"), change);
    }

    [Fact]
    public void Cease_AfterAdmission_AppendsWithoutTouchingEarlierEntries()
    {
        var member = Admitted();
        var before = member.StatusHistory.ToArray();

        member.Cease(CessationReason.Withdrawal, new DateOnly(2026, 9, 30), Now);

        Assert.Equal(3, member.StatusHistory.Count);
        Assert.Equal(before, member.StatusHistory.Take(2));
    }

    [Fact]
    public void Cease_Twice_IsRefusedAndHistoryUnchanged()
    {
        var member = Admitted();
        member.Cease(CessationReason.Death, new DateOnly(2026, 9, 30), Now);

        var again = member.Cease(CessationReason.Withdrawal, new DateOnly(2026, 10, 1), Now);

        Assert.IsType<MemberNotActive>(again.Error);
        Assert.Equal(CessationReason.Death, member.CessationReason);
        Assert.Equal(3, member.StatusHistory.Count);
    }

    [Fact]
    public void Cease_Applicant_IsRefused() =>
        Assert.IsType<MemberNotActive>(Applicant().Cease(CessationReason.Withdrawal, new DateOnly(2026, 9, 30), Now).Error);

    [Fact]
    public void Cease_BeforeAdmission_IsRefused() =>
        Assert.IsType<CeasedBeforeAdmitted>(Admitted().Cease(CessationReason.Withdrawal, new DateOnly(2026, 3, 9), Now).Error);

    [Fact]
    public void StatusHistory_CannotBeModifiedFromOutside() =>
        Assert.Throws<NotSupportedException>(() => ((IList<MemberStatusChange>)Admitted().StatusHistory).Clear());

    [Fact]
    public void UpdateContact_NewAddress_ChangesContactButNotHistory()
    {
        var member = Admitted();

        var result = member.UpdateContact(new ContactDetails("9 New Road\nBath", "ba1 1aa", null, "01225 000000"));

        Assert.True(result.IsSuccess);
        Assert.Equal(new ContactDetails("9 New Road\nBath", "BA1 1AA", null, "01225 000000"), member.Contact);
        Assert.Equal(2, member.StatusHistory.Count);
    }

    [Fact]
    public void EnterExisting_ImportedMember_IsActiveWithTheirNumberAndDate()
    {
        var member = Member.EnterExisting(Society, 4, new MemberName("Grace", "Hopper"), new ContactDetails("3 Dock Rd", "BS2 0XX"),
            ["user", "investor"], Rules, new DateOnly(2019, 5, 1), Now).Value;

        Assert.Equal(MemberStatus.Active, member.Status);
        Assert.Equal(4, member.MembershipNumber);
        Assert.Equal(new DateOnly(2019, 5, 1), member.AdmittedOn);
        Assert.Equal(["user", "investor"], member.ClassKeys);
        Assert.Equal(new DateOnly(2019, 5, 1), Assert.Single(member.StatusHistory).EffectiveOn);
    }

    [Fact]
    public void EnterExisting_ZeroNumber_IsRefused() =>
        Assert.IsType<InvalidMembershipNumber>(Member.EnterExisting(Society, 0, new MemberName("Grace", "Hopper"),
            new ContactDetails("3 Dock Rd", "BS2 0XX"), ["user"], Rules, new DateOnly(2019, 5, 1), Now).Error);
}
