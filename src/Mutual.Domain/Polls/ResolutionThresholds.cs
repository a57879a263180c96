using Mutual.Domain.Common;
using Mutual.Domain.Rules;
using CountingComparison = Mutual.Counting.Methods.Simple.ThresholdComparison;
using CountingThreshold = Mutual.Counting.Methods.Simple.ResolutionThreshold;

namespace Mutual.Domain.Polls;

/// <summary>
/// The share of votes cast each kind of resolution needs: ordinary and special from the rules
/// (C7), at least 2/3 for an amalgamation or transfer to another society (C8, ss.109–111), at
/// least 75% for a conversion to a company (C9, ss.112–113, which also has a turnout condition).
/// </summary>
public static class ResolutionThresholds
{
    public static ResolutionThreshold For(ResolutionKind kind, ResolutionRules rules) => kind switch
    {
        ResolutionKind.Ordinary => rules.Ordinary,
        ResolutionKind.Special => rules.Special,
        ResolutionKind.Amalgamation => ResolutionThreshold.AtLeast(Ratio.Of(2, 3)),
        ResolutionKind.ConversionToCompany => ResolutionThreshold.AtLeast(Ratio.Percent(75)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown resolution kind."),
    };

    /// <summary>C9: at least half of the eligible members must vote for a conversion to carry.</summary>
    public static bool HasTurnoutCondition(ResolutionKind kind) => kind == ResolutionKind.ConversionToCompany;

    public static bool TurnoutMet(int eligible, int voted) => eligible > 0 && 2L * voted >= eligible;

    /// <summary>The same threshold in Mutual.Counting's terms, with the rules' abstention setting.</summary>
    public static CountingThreshold ForCounting(ResolutionThreshold threshold, bool abstentionsCountAsCast) =>
        new(checked((int)threshold.Fraction.Numerator), checked((int)threshold.Fraction.Denominator),
            threshold.Comparison == ThresholdComparison.MoreThan ? CountingComparison.MoreThan : CountingComparison.AtLeast)
        {
            AbstentionsCountAsCast = abstentionsCountAsCast,
        };
}
