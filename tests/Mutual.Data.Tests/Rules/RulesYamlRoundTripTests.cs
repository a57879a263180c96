using Mutual.Data.Rules;
using Mutual.Domain.Common;
using Mutual.Domain.Rules;

namespace Mutual.Data.Tests.Rules;

public class RulesYamlRoundTripTests
{
    public static TheoryData<string> TemplateNames => [.. ModelRuleTemplates.Names];

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Read_WhatWriteProduced_GivesEqualRules(string template)
    {
        var rules = ModelRuleTemplates.Get(template).Value;

        var back = RulesYaml.Read(RulesYaml.Write(rules));

        Assert.True(back.IsSuccess, back.Error?.Message);
        Assert.Equal(rules, back.Value);
    }

    [Fact]
    public void Read_WhatWriteProduced_KeepsAwkwardTextNullsAndThirds()
    {
        var rules = ModelRuleTemplates.Get("co-operative").Value with
        {
            Name = "Yes: \"Quoted\" & Co-op # Limited",
            Objects = "Line one\n  indented line two\n\nafter a blank line\n",
            MembershipClasses = [new MembershipClass { Key = "member", Name = "null", Eligibility = "true", Weight = null }],
            Board = new BoardRules { MaximumSize = null, RetirementFraction = Ratio.Of(2, 7), ElectionMethod = "meek" },
            Meetings = new MeetingRules
            {
                Quorum = new QuorumRule { Percentage = null, MinimumCount = 12 },
                Resolutions = new ResolutionRules { Special = ResolutionThreshold.AtLeast(Ratio.Of(2, 3)) },
            },
            Shares = new ShareholdingRules { ParValue = 0.25m, MinimumShareholding = 10.50m, MaximumShareholding = 99_999.99m },
        };

        var back = RulesYaml.Read(RulesYaml.Write(rules));

        Assert.True(back.IsSuccess, back.Error?.Message);
        Assert.Equal(rules, back.Value);
    }

    [Fact]
    public void Write_MultiStakeholder_IsReadableYaml()
    {
        var yaml = RulesYaml.Write(ModelRuleTemplates.Get("multi-stakeholder").Value);

        Assert.Contains("legalForm: co-operative", yaml, StringComparison.Ordinal);
        Assert.Contains("ordinary: more than 50%", yaml, StringComparison.Ordinal);
        Assert.Contains("special: at least 75%", yaml, StringComparison.Ordinal);
        Assert.Contains("retirementFraction: 1/3", yaml, StringComparison.Ordinal);
        Assert.Contains("weight: 50%", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("...", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MinimalHandWrittenRules_FillsInModelDefaults()
    {
        const string yaml = """
            name: Riverside Bakery Limited
            legalForm: community-benefit
            objects: To run a bakery for the community.
            membershipClasses:
              - key: member
                name: Member
            """;

        var rules = RulesYaml.Read(yaml).Value;

        Assert.Equal(LegalForm.CommunityBenefit, rules.LegalForm);
        Assert.Equal(14, rules.Meetings.Notice.ClearDays);
        Assert.Equal("scottish-stv", rules.Board.ElectionMethod);
        Assert.Equal(1, Assert.Single(rules.MembershipClasses).VotesPerMember);
        Assert.Null(rules.MembershipClasses[0].Weight);
    }
}
