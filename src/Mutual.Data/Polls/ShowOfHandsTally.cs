using Mutual.Domain.Polls;

namespace Mutual.Data.Polls;

/// <summary>
/// The chair's show of hands as the count of a resolution sees it (C6, C10): class by class where
/// the rules weight the classes, so each class's hands carry that class's weight; otherwise one
/// set of totals with no class.
/// </summary>
public static class ShowOfHandsTally
{
    /// <summary>Adds the poll's hands to <paramref name="totals"/>; returns how many hands were raised, for the turnout.</summary>
    public static int AddTo(Poll poll, ICollection<ClassVoteTotals> totals)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(totals);
        if (poll.ShowOfHands is not { } hands) return 0;
        if (poll.HandsByClass.Count == 0) totals.Add(new ClassVoteTotals(null, hands.For, hands.Against, hands.Abstain));
        foreach (var c in poll.HandsByClass) totals.Add(new ClassVoteTotals(c.ClassKey, c.For, c.Against, c.Abstain));
        return hands.For + hands.Against + hands.Abstain;
    }
}
