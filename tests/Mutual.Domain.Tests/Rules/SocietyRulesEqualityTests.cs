using Mutual.Domain.Common;
using Mutual.Domain.Rules;

namespace Mutual.Domain.Tests.Rules;

public class SocietyRulesEqualityTests
{
    [Fact]
    public void Equals_SameRulesBuiltTwice_AreEqual()
    {
        var first = ModelRuleTemplates.Get("multi-stakeholder").Value;
        var second = ModelRuleTemplates.Get("multi-stakeholder").Value;

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Equals_OneClassWeightChanged_AreNotEqual()
    {
        var rules = ModelRuleTemplates.Get("multi-stakeholder").Value;
        var classes = rules.MembershipClasses.ToArray();
        classes[1] = classes[1] with { Weight = Ratio.Percent(24) };

        Assert.NotEqual(rules, rules with { MembershipClasses = [.. classes] });
    }

    [Fact]
    public void Equals_NestedNoticeChanged_AreNotEqual()
    {
        var rules = ModelRuleTemplates.Get("co-operative").Value;
        var changed = rules with { Meetings = rules.Meetings with { Notice = rules.Meetings.Notice with { ClearDays = 21 } } };

        Assert.NotEqual(rules, changed);
    }
}
