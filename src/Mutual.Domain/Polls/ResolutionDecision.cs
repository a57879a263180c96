using System.Globalization;
using Mutual.Counting.Methods.Simple;
using Mutual.Domain.Rules;

namespace Mutual.Domain.Polls;

/// <summary>
/// Decides a resolution from its votes (DOMAIN C5, C7–C10). Unweighted, the share in favour is
/// votes for over votes cast (for and against, and abstentions only when the rules count them as
/// cast). Weighted (C10), it is Σ weight_c × yes_share_c over the rules' classes, by
/// <see cref="ClassWeightedTally"/>; a class with no votes adds nothing. Either way a tie is lost,
/// and a conversion to a company also needs half the eligible members to vote (C9).
/// </summary>
public static class ResolutionDecision
{
    public static ResolutionOutcome Decide(
        ResolutionKind kind, SocietyRules rules, IReadOnlyList<ClassVoteTotals> totals, int eligible, int voted)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(totals);
        var resolutionRules = rules.Meetings.Resolutions;
        var threshold = ResolutionThresholds.For(kind, resolutionRules);
        var counting = ResolutionThresholds.ForCounting(threshold, resolutionRules.AbstentionsCountAsCast);
        decimal inFavour = totals.Sum(t => t.For), against = totals.Sum(t => t.Against), abstain = totals.Sum(t => t.Abstain);

        var plain = ResolutionCount.Decide(inFavour, against, abstain, counting);
        var share = plain.ShareFor;
        var carried = plain.Carried;
        IReadOnlyList<ClassOutcome> classes = [];
        if (rules.IsWeighted)
        {
            (share, carried, classes) = Weighted(rules, totals, counting);
        }

        var turnoutMet = !ResolutionThresholds.HasTurnoutCondition(kind) || ResolutionThresholds.TurnoutMet(eligible, voted);
        var outcome = new ResolutionOutcome(
            kind, inFavour, against, abstain, plain.Cast, share, threshold.ToString(), carried && turnoutMet,
            Explain(carried, turnoutMet, share, threshold, rules.IsWeighted, eligible, voted))
        {
            Classes = classes,
            Eligible = eligible,
            Voted = voted,
        };
        return outcome;
    }

    private static (ExactFraction Share, bool Carried, IReadOnlyList<ClassOutcome> Classes) Weighted(
        SocietyRules rules, IReadOnlyList<ClassVoteTotals> totals, Counting.Methods.Simple.ResolutionThreshold counting)
    {
        var classes = rules.MembershipClasses.Select(c =>
        {
            var mine = totals.Where(t => t.ClassKey == c.Key).ToArray();
            return new ClassOutcome(c.Key, c.Name, c.Weight ?? Common.Ratio.Zero,
                mine.Sum(t => t.For), mine.Sum(t => t.Against), mine.Sum(t => t.Abstain));
        }).ToArray();
        // Counting abstentions as cast lowers a class's yes share exactly as votes against would.
        var votes = classes.Select(c => new ClassVotes(
            c.Key, new ExactFraction(c.Weight.Numerator, c.Weight.Denominator), c.For,
            c.Against + (counting.AbstentionsCountAsCast ? c.Abstain : 0m))).ToArray();
        var result = ClassWeightedTally.Count(votes, counting);
        return (result.Result, result.Carried, classes);
    }

    private static string Explain(
        bool carried, bool turnoutMet, ExactFraction share, Rules.ResolutionThreshold threshold, bool weighted, int eligible, int voted)
    {
        var percent = (share.ToDecimal(6) * 100m).ToString("0.##", CultureInfo.InvariantCulture);
        var what = weighted ? $"The weighted share in favour was {percent}%" : $"{percent}% of the votes cast were in favour";
        if (!turnoutMet)
            return $"Not carried: only {voted} of {eligible} eligible members voted, and at least half must (C9). {what}.";
        return carried
            ? $"Carried: {what}; it needed {threshold}."
            : $"Not carried: {what}; it needed {threshold} (a tie is lost).";
    }
}
