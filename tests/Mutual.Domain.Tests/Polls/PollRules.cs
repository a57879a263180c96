using Mutual.Domain.Common;
using Mutual.Domain.Rules;

namespace Mutual.Domain.Tests.Polls;

/// <summary>Small rule sets written out by hand for the poll tests.</summary>
internal static class PollRules
{
    public static SocietyRules Plain(bool abstentionsCount = false) => new()
    {
        Name = "Riverside Co-operative Limited",
        LegalForm = LegalForm.CoOperative,
        MembershipClasses = [new MembershipClass { Key = "member", Name = "Member" }],
        Meetings = new MeetingRules { Resolutions = new ResolutionRules { AbstentionsCountAsCast = abstentionsCount } },
    };

    /// <summary>The Somerset-style weights of the multi-stakeholder template: 50%, 25%, 10%, 15%.</summary>
    public static SocietyRules Weighted() => Plain() with
    {
        MembershipClasses =
        [
            Class("worker", 50), Class("user", 25), Class("supporter", 10), Class("investor", 15),
        ],
    };

    public static SocietyRules TwoHalves() => Plain() with { MembershipClasses = [Class("worker", 50), Class("user", 50)] };

    private static MembershipClass Class(string key, decimal percent) =>
        new() { Key = key, Name = key, Weight = Ratio.Percent(percent) };
}
