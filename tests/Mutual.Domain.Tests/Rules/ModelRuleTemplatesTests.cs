using Mutual.Domain.Rules;

namespace Mutual.Domain.Tests.Rules;

public class ModelRuleTemplatesTests
{
    public static TheoryData<string> TemplateNames => [.. ModelRuleTemplates.Names];

    [Fact]
    public void Names_IncludeTheThreeAgreedTemplates()
    {
        Assert.Contains("co-operative", ModelRuleTemplates.Names);
        Assert.Contains("community-benefit", ModelRuleTemplates.Names);
        Assert.Contains("multi-stakeholder", ModelRuleTemplates.Names);
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Get_EachTemplate_ValidatesWithoutErrorsOrWarnings(string name)
    {
        var rules = ModelRuleTemplates.Get(name).Value;

        Assert.Empty(RulesValidator.Validate(rules));
    }

    [Fact]
    public void Get_UnknownName_ListsTheKnownTemplates()
    {
        var result = ModelRuleTemplates.Get("plc");

        var error = Assert.IsType<UnknownRuleTemplate>(result.Error);
        Assert.Contains("community-benefit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_MultiStakeholder_WeightsWorkersHalfAndCapsInvestors()
    {
        var rules = ModelRuleTemplates.Get("multi-stakeholder").Value;

        Assert.True(rules.IsWeighted);
        Assert.Equal(Mutual.Domain.Common.Ratio.Of(1, 2), rules.FindClass("worker")!.Weight);
        Assert.Equal(["worker", "user", "supporter", "investor"], rules.MembershipClasses.Select(c => c.Key));
        Assert.True(rules.FindClass("investor")!.Weight <= Mutual.Domain.Common.Ratio.Percent(25));
    }

    [Fact]
    public void Get_CommunityBenefit_PaysNoDividendsAndIsAssetLocked()
    {
        var rules = ModelRuleTemplates.Get("community-benefit").Value;

        Assert.Equal(LegalForm.CommunityBenefit, rules.LegalForm);
        Assert.False(rules.Profits.DividendsAllowed);
        Assert.True(rules.Profits.AssetLock);
    }
}
