using Mutual.Domain.Common;
using Mutual.Domain.Rules;

namespace Mutual.Domain.Tests.Rules;

public class RulesValidatorTests
{
    private static SocietyRules CoOp => ModelRuleTemplates.Get("co-operative").Value;

    private static SocietyRules Cbs => ModelRuleTemplates.Get("community-benefit").Value;

    private static SocietyRules MultiStakeholder => ModelRuleTemplates.Get("multi-stakeholder").Value;

    private static RuleViolation Single(SocietyRules rules, ViolationSeverity severity)
    {
        var violations = RulesValidator.Validate(rules);
        return Assert.Single(violations, v => v.Severity == severity);
    }

    private static void AssertOnly(SocietyRules rules, ViolationSeverity severity, string field, string reference)
    {
        var violations = RulesValidator.Validate(rules);
        var violation = Assert.Single(violations);
        Assert.Equal(severity, violation.Severity);
        Assert.Equal(field, violation.Field);
        Assert.Equal(reference, violation.Reference);
    }

    [Fact]
    public void Validate_TwoMembers_IsAnErrorNamingA2()
    {
        var rules = CoOp with { Membership = new MembershipRules { MinimumMembers = 2 } };

        AssertOnly(rules, ViolationSeverity.Error, "membership.minimumMembers", "DOMAIN A2");
        Assert.Contains("at least 3 members", RulesValidator.Validate(rules)[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TwoMembersThatAreBothSocieties_IsAllowed()
    {
        var rules = CoOp with { Membership = new MembershipRules { MinimumMembers = 2, AllMembersAreSocieties = true } };

        Assert.Empty(RulesValidator.Validate(rules));
    }

    [Fact]
    public void Validate_WithdrawableMaximumAbove100000_IsAnErrorNamingB1()
    {
        var rules = CoOp with { Shares = CoOp.Shares with { MaximumShareholding = 100_000.01m } };

        AssertOnly(rules, ViolationSeverity.Error, "shares.maximumShareholding", "DOMAIN B1");
        Assert.Contains("£100,000", RulesValidator.Validate(rules)[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TransferableMaximumAbove100000_HasNoStatutoryCap()
    {
        var rules = CoOp with { Shares = CoOp.Shares with { ShareType = ShareType.Transferable, MaximumShareholding = 250_000m } };

        Assert.Empty(RulesValidator.Validate(rules));
    }

    [Fact]
    public void Validate_NorthernIrelandMaximumAbove20000_IsAnErrorNamingB1()
    {
        var rules = CoOp with { Jurisdiction = Jurisdiction.NorthernIreland, Shares = CoOp.Shares with { MaximumShareholding = 25_000m } };

        AssertOnly(rules, ViolationSeverity.Error, "shares.maximumShareholding", "DOMAIN B1");
    }

    [Fact]
    public void Validate_MinimumShareholdingAboveMaximum_IsAnErrorNamingB2()
    {
        var rules = CoOp with { Shares = CoOp.Shares with { MinimumShareholding = 500m, MaximumShareholding = 100m } };

        AssertOnly(rules, ViolationSeverity.Error, "shares.maximumShareholding", "DOMAIN B2");
    }

    [Fact]
    public void Validate_WeightsSummingTo95Percent_IsAnErrorNamingC10()
    {
        var classes = MultiStakeholder.MembershipClasses.ToArray();
        classes[2] = classes[2] with { Weight = Ratio.Percent(5) };

        var violation = Single(MultiStakeholder with { MembershipClasses = [.. classes] }, ViolationSeverity.Error);

        Assert.Equal("membershipClasses", violation.Field);
        Assert.Equal("DOMAIN C10", violation.Reference);
        Assert.Contains("95%", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WeightsInThirds_SumExactlyTo100Percent()
    {
        var third = Ratio.Of(1, 3);
        var classes = MultiStakeholder.MembershipClasses.Take(3).Select(c => c with { Weight = third });

        Assert.Empty(RulesValidator.Validate(MultiStakeholder with { MembershipClasses = [.. classes] }));
    }

    [Fact]
    public void Validate_OneClassWithoutWeight_NamesThatClassField()
    {
        var classes = MultiStakeholder.MembershipClasses.ToArray();
        classes[2] = classes[2] with { Weight = null };

        var errors = RulesValidator.Validate(MultiStakeholder with { MembershipClasses = [.. classes] }).Errors();

        Assert.Contains(errors, v => v.Field == "membershipClasses[2].weight" && v.Reference == "DOMAIN C10");
    }

    [Fact]
    public void Validate_InvestorsAbove25Percent_IsAWarningNamingC10()
    {
        var classes = MultiStakeholder.MembershipClasses.ToArray();
        classes[0] = classes[0] with { Weight = Ratio.Percent(40) };
        classes[3] = classes[3] with { Weight = Ratio.Percent(25.01m) };
        classes[2] = classes[2] with { Weight = Ratio.Percent(9.99m) };

        AssertOnly(MultiStakeholder with { MembershipClasses = [.. classes] }, ViolationSeverity.Warning, "membershipClasses[3].weight", "DOMAIN C10");
    }

    [Fact]
    public void Validate_DuplicateClassKey_IsAnError()
    {
        var member = CoOp.MembershipClasses[0];

        AssertOnly(CoOp with { MembershipClasses = [member, member with { Name = "Other" }] }, ViolationSeverity.Error, "membershipClasses[1].key", "DOMAIN B10");
    }

    [Fact]
    public void Validate_NoClasses_IsAnError() =>
        AssertOnly(CoOp with { MembershipClasses = [] }, ViolationSeverity.Error, "membershipClasses", "DOMAIN A5");

    [Theory]
    [InlineData(ThresholdComparison.MoreThan, "50%", true)]
    [InlineData(ThresholdComparison.AtLeast, "50%", false)]
    [InlineData(ThresholdComparison.AtLeast, "51%", true)]
    [InlineData(ThresholdComparison.MoreThan, "40%", false)]
    [InlineData(ThresholdComparison.MoreThan, "2/3", true)]
    public void Validate_OrdinaryThreshold_MustBeAMajority(ThresholdComparison comparison, string fraction, bool valid)
    {
        Assert.True(Ratio.TryParse(fraction, out var ratio));
        var rules = CoOp with { Meetings = CoOp.Meetings with { Resolutions = new ResolutionRules { Ordinary = new(ratio, comparison) } } };

        var violations = RulesValidator.Validate(rules);

        Assert.Equal(valid, !violations.Any(v => v.Field == "meetings.resolutions.ordinary" && v.Reference == "DOMAIN C7"));
    }

    [Fact]
    public void Validate_SpecialBelowTwoThirds_IsAnErrorNamingC7()
    {
        var rules = CoOp with { Meetings = CoOp.Meetings with { Resolutions = new ResolutionRules { Special = ResolutionThreshold.AtLeast(Ratio.Percent(66)) } } };

        AssertOnly(rules, ViolationSeverity.Error, "meetings.resolutions.special", "DOMAIN C7");
    }

    [Fact]
    public void Validate_SpecialAtTwoThirds_IsOnlyAWarning()
    {
        var rules = CoOp with { Meetings = CoOp.Meetings with { Resolutions = new ResolutionRules { Special = ResolutionThreshold.AtLeast(Ratio.Of(2, 3)) } } };

        AssertOnly(rules, ViolationSeverity.Warning, "meetings.resolutions.special", "DOMAIN C7");
    }

    [Fact]
    public void Validate_ThresholdAbove100Percent_IsAnError()
    {
        var rules = CoOp with { Meetings = CoOp.Meetings with { Resolutions = new ResolutionRules { Special = ResolutionThreshold.AtLeast(Ratio.Percent(110)) } } };

        AssertOnly(rules, ViolationSeverity.Error, "meetings.resolutions.special", "DOMAIN C7");
    }

    [Fact]
    public void Validate_NegativeNotice_IsAnErrorNamingC2()
    {
        var rules = CoOp with { Meetings = CoOp.Meetings with { Notice = new NoticeRules { ClearDays = -1 } } };

        AssertOnly(rules, ViolationSeverity.Error, "meetings.notice.clearDays", "DOMAIN C2");
    }

    [Fact]
    public void Validate_SevenDaysNotice_IsAWarning()
    {
        var rules = CoOp with { Meetings = CoOp.Meetings with { Notice = new NoticeRules { ClearDays = 7 } } };

        Assert.Equal("meetings.notice.clearDays", Single(rules, ViolationSeverity.Warning).Field);
        Assert.Empty(RulesValidator.Validate(rules).Errors());
    }

    [Fact]
    public void Validate_QuorumOfNobody_IsAnErrorNamingC4()
    {
        var rules = CoOp with { Meetings = CoOp.Meetings with { Quorum = new QuorumRule { MinimumCount = 0, Percentage = null } } };

        AssertOnly(rules, ViolationSeverity.Error, "meetings.quorum", "DOMAIN C4");
    }

    [Fact]
    public void Validate_QuorumPercentageAbove100_IsAnErrorNamingC4()
    {
        var rules = CoOp with { Meetings = CoOp.Meetings with { Quorum = new QuorumRule { Percentage = Ratio.Percent(120) } } };

        AssertOnly(rules, ViolationSeverity.Error, "meetings.quorum.percentage", "DOMAIN C4");
    }

    [Fact]
    public void Validate_BoardOfTwo_IsAWarningNamingD1()
    {
        var rules = CoOp with { Board = CoOp.Board with { MinimumSize = 2 } };

        AssertOnly(rules, ViolationSeverity.Warning, "board.minimumSize", "DOMAIN D1");
    }

    [Fact]
    public void Validate_BoardMaximumBelowMinimum_IsAnErrorNamingD1()
    {
        var rules = CoOp with { Board = CoOp.Board with { MinimumSize = 5, MaximumSize = 4 } };

        AssertOnly(rules, ViolationSeverity.Error, "board.maximumSize", "DOMAIN D1");
    }

    [Fact]
    public void Validate_RotationAboveOne_IsAnErrorNamingD2()
    {
        var rules = CoOp with { Board = CoOp.Board with { RetirementFraction = Ratio.Of(3, 2) } };

        AssertOnly(rules, ViolationSeverity.Error, "board.retirementFraction", "DOMAIN D2");
    }

    [Fact]
    public void Validate_DirectorsUnder16_IsAnErrorNamingB8()
    {
        var rules = CoOp with { Board = CoOp.Board with { MinimumAge = 14 } };

        AssertOnly(rules, ViolationSeverity.Error, "board.minimumAge", "DOMAIN B8");
    }

    [Fact]
    public void Validate_CommunityBenefitPayingDividends_IsAnErrorNamingA4()
    {
        var rules = Cbs with { Profits = Cbs.Profits with { DividendsAllowed = true } };

        AssertOnly(rules, ViolationSeverity.Error, "profits.dividendsAllowed", "DOMAIN A4, F1");
    }

    [Fact]
    public void Validate_CoOperativeWithAssetLock_IsAnErrorNamingF2()
    {
        var rules = CoOp with { Profits = CoOp.Profits with { AssetLock = true } };

        AssertOnly(rules, ViolationSeverity.Error, "profits.assetLock", "DOMAIN F2");
    }

    [Theory]
    [InlineData("Riverside Bakery Limited", false, false)]
    [InlineData("Becws Glan yr Afon Cyfyngedig", false, false)]
    [InlineData("Riverside Bakery", false, true)]
    [InlineData("Riverside Bakery", true, false)]
    public void Validate_NameWithoutLimited_IsAWarningUnlessExempt(string name, bool exempt, bool warned)
    {
        var rules = Cbs with { Name = name, NameExemptFromLimited = exempt };

        var violations = RulesValidator.Validate(rules);

        Assert.Empty(violations.Errors());
        Assert.Equal(warned, violations.Any(v => v.Field == "name" && v.Reference == "DOMAIN A6"));
    }

    [Fact]
    public void Validate_ManyProblems_SeparatesErrorsFromWarnings()
    {
        var rules = CoOp with
        {
            Name = "Riverside Bakery",
            Membership = new MembershipRules { MinimumMembers = 1 },
            Board = CoOp.Board with { MinimumSize = 2 },
        };

        var violations = RulesValidator.Validate(rules);

        Assert.Equal(["membership.minimumMembers"], violations.Errors().Select(v => v.Field));
        Assert.Equal(["name", "board.minimumSize"], violations.Warnings().Select(v => v.Field));
        Assert.IsType<RulesInvalid>(RulesValidator.Adoptable(rules).Error);
    }

    [Fact]
    public void Validate_WeightsTooFineToAdd_IsAnErrorNotACrash()
    {
        var classes = MultiStakeholder.MembershipClasses.Take(2).ToArray();
        classes[0] = classes[0] with { Weight = Ratio.Of(1, 999_999_999_989) };
        classes[1] = classes[1] with { Weight = Ratio.Of(1, 999_999_999_959) };

        AssertOnly(MultiStakeholder with { MembershipClasses = [.. classes] }, ViolationSeverity.Error, "membershipClasses", "DOMAIN C10");
    }
}
