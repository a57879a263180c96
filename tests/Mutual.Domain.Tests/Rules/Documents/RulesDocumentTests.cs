using Mutual.Domain.Common;
using Mutual.Domain.Rules;
using Mutual.Domain.Rules.Documents;

namespace Mutual.Domain.Tests.Rules.Documents;

public class RulesDocumentTests
{
    private static string Lines(string template) => RulesDocument.ToMarkdown(ModelRuleTemplates.Get(template).Value);

    [Fact]
    public void ToMarkdown_CoOperative_StatesTheModelRulesInWords()
    {
        var doc = Lines("co-operative");

        Assert.StartsWith("# Example Co-operative Limited\n\nRules of a co-operative society registered under the Co-operative and Community Benefit Societies Act 2014.\n", doc, StringComparison.Ordinal);
        Assert.Contains("\n## 3. General meetings\n", doc, StringComparison.Ordinal);
        Assert.Contains("- Members get at least 14 clear days' notice, not counting the day it is served or the day of the meeting.", doc, StringComparison.Ordinal);
        Assert.Contains("- The quorum is the greater of 3 members and 25% of members, present.\n", doc, StringComparison.Ordinal);
        Assert.Contains("- An ordinary resolution needs more than 50% of the votes cast; a special resolution needs at least 75% of the votes cast. A tie is lost.\n", doc, StringComparison.Ordinal);
        Assert.Contains("after that, 1/3 of the board", doc, StringComparison.Ordinal);
        Assert.Contains("with a nominal value of £1 each", doc, StringComparison.Ordinal);
        Assert.Contains("at most £100,000 in shares", doc, StringComparison.Ordinal);
        Assert.Contains("- Interest on shares is at most 5% a year.\n", doc, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_MultiStakeholder_ShowsClassWeightsInATable()
    {
        var doc = Lines("multi-stakeholder");

        Assert.Contains("| Class | Who may join | Admitted by the board | Votes per member | Weight |\n|---|---|---|---|---|\n", doc, StringComparison.Ordinal);
        Assert.Contains("| Worker member | Anyone employed by the society for at least three months. | Yes | 1 | 50% |\n", doc, StringComparison.Ordinal);
        Assert.Contains("| Investor member |", doc, StringComparison.Ordinal);
        Assert.Contains("15% |\n", doc, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_CommunityBenefit_SaysNoProfitsAndTheAssetLock()
    {
        var doc = Lines("community-benefit");

        Assert.Contains("Rules of a community benefit society", doc, StringComparison.Ordinal);
        Assert.Contains("- No profits are distributed to members.\n", doc, StringComparison.Ordinal);
        Assert.Contains("The society's assets are locked", doc, StringComparison.Ordinal);
        Assert.Contains("- No more than 10% of share capital is withdrawn in any year.\n", doc, StringComparison.Ordinal);
        Assert.Contains("at least £50 and at most £100,000", doc, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_LesserOfQuorum_SaysLesser()
    {
        var doc = Lines("public-service-mutual");

        Assert.Contains("- The quorum is the lesser of 10 members and 10% of members, present.\n", doc, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_TextThatLooksLikeMarkdown_IsEscaped()
    {
        var rules = ModelRuleTemplates.Get("co-operative").Value with
        {
            Name = "# Pipes | and *stars* Limited",
            MembershipClasses = [new MembershipClass { Key = "member", Name = "A|B", Eligibility = "<script>x</script>" }],
        };

        var doc = RulesDocument.ToMarkdown(rules);

        Assert.StartsWith(@"# \# Pipes \| and \*stars\* Limited", doc, StringComparison.Ordinal);
        Assert.Contains(@"| A\|B | \<script\>x\</script\> | Yes | 1 |", doc, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", doc, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_ObjectsInParagraphs_KeepsTheParagraphs()
    {
        var rules = ModelRuleTemplates.Get("co-operative").Value with { Objects = "First aim.\r\n\r\nSecond aim,\nwrapped." };

        Assert.Contains("## 1. Objects\n\nFirst aim.\n\nSecond aim, wrapped.\n", RulesDocument.ToMarkdown(rules), StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_OneDayNoticeAndTwoThirds_UsesSingularAndFractions()
    {
        var rules = ModelRuleTemplates.Get("co-operative").Value;
        rules = rules with
        {
            Meetings = rules.Meetings with
            {
                Notice = new NoticeRules { ClearDays = 1 },
                Resolutions = new ResolutionRules { Special = ResolutionThreshold.AtLeast(Ratio.Of(2, 3)) },
            },
        };

        var doc = RulesDocument.ToMarkdown(rules);

        Assert.Contains("at least 1 clear day's notice", doc, StringComparison.Ordinal);
        Assert.Contains("a special resolution needs at least 2/3 of the votes cast", doc, StringComparison.Ordinal);
    }
}
