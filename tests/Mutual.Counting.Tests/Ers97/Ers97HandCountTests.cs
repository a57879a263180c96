using Mutual.Counting.Ballots;
using Mutual.Counting.Methods;
using Mutual.Counting.Methods.Stv;
using Mutual.Counting.Results;

namespace Mutual.Counting.Tests.Ers97;

/// <summary>Small elections counted by hand under the ERS97 rules; the working is in the comments.</summary>
public class Ers97HandCountTests
{
    private static CountResult Count(int seats, params Ballot[] ballots)
    {
        var candidates = ballots.SelectMany(b => b.Ranks).SelectMany(r => r).Max() + 1;
        var names = "ABCDE"[..candidates].Select(c => c.ToString()).ToArray();
        return new Ers97Stv().Count(new Election("hand", names, seats, ballots), new CountOptions());
    }

    [Fact]
    public void Count_Surplus_TransferValueTruncatedToTwoPlacesAndTheDifferenceIsNonTransferable()
    {
        // 10 A>B, 5 A>C, 3 B, 4 C, 2 D; 2 seats. Quota 24/3 = 8.00; A has 15, surplus 7.00.
        // 7/15 = 0.466.. gives a transfer value of 0.46: B +4.60 = 7.60, C +2.30 = 6.30, and the
        // 0.10 lost to truncation is non-transferable. D (2) is then excluded: no next preference,
        // so the total active vote is 13.90 and B's 7.60 reaches 13.90/2 = 6.95 (5.1.7 b).
        var result = Count(2, Ballot.Ranked(10, 0, 1), Ballot.Ranked(5, 0, 2), Ballot.Ranked(3, 1), Ballot.Ranked(4, 2), Ballot.Ranked(2, 3));

        var surplus = result.Stages[1];
        Assert.Equal(StageKind.Surplus, surplus.Kind);
        Assert.Equal([8m, 7.6m, 6.3m, 2m], surplus.Totals);
        Assert.Equal(0.1m, surplus.NonTransferable);
        Assert.Contains("at 0.46 a paper", surplus.Description, StringComparison.Ordinal);
        Assert.Equal([3], result.Stages[2].Excluded);
        Assert.Equal([1], result.Stages[2].Elected);
        Assert.Equal([0, 1], result.Elected);
    }

    [Fact]
    public void Count_SurplusArisingFromATransfer_MovesOnlyTheLastParcel()
    {
        // 12 A>B>C, 5 B>D, 4 C, 3 D, 2 E; 3 seats. Quota 26/4 = 6.50. A's surplus 5.50 goes to B
        // at 0.45 (5.50/12 = 0.458): B 10.40. B's surplus 3.90 comes only from those 12 papers
        // (B's own 5, which would go to D, stay put): 3.90/12 = 0.325, so 0.32 each to C,
        // +3.84 = 7.84, over the threshold; D gets nothing.
        var result = Count(3, Ballot.Ranked(12, 0, 1, 2), Ballot.Ranked(5, 1, 3), Ballot.Ranked(4, 2), Ballot.Ranked(3, 3), Ballot.Ranked(2, 4));

        Assert.Equal([6.5m, 10.4m, 4m, 3m, 2m], result.Stages[1].Totals);
        var second = result.Stages[2];
        Assert.Equal([1], second.From);
        Assert.Equal([6.5m, 6.5m, 7.84m, 3m, 2m], second.Totals);
        Assert.Equal(0.16m, second.NonTransferable);
        Assert.Equal([0, 1, 2], result.Elected);
    }

    [Fact]
    public void Count_SurplusTooSmallToSaveTheLowest_IsDeferredWhileTheLowestIsExcluded()
    {
        // 10 A>B, 7 B, 6 C, 1 D>C; 2 seats. Quota 8.00; A's surplus is 2.00, less than the 5
        // between D (1) and C (6), so it waits (5.2.2 a) and D goes first: C 7. Then A's surplus
        // moves at 0.20 a paper: B 7 + 2.00 = 9.00, elected.
        var result = Count(2, Ballot.Ranked(10, 0, 1), Ballot.Ranked(7, 1), Ballot.Ranked(6, 2), Ballot.Ranked(1, 3, 2));

        var exclusion = result.Stages[1];
        Assert.Equal(StageKind.Exclusion, exclusion.Kind);
        Assert.Equal([3], exclusion.Excluded);
        Assert.Equal([10m, 7m, 7m, 0m], exclusion.Totals);
        Assert.Contains("deferred", exclusion.Note, StringComparison.Ordinal);
        Assert.Equal(StageKind.Surplus, result.Stages[2].Kind);
        Assert.Equal([8m, 9m, 7m, 0m], result.Stages[2].Totals);
        Assert.Equal([0, 1], result.Elected);
    }

    [Fact]
    public void Count_LowestTogetherBelowTheNext_AreExcludedInOneStage()
    {
        // 10 A, 8 B, 2 C>B, 1 D>B; 1 seat. Quota 21/2 = 10.50. D (1) ≤ C (2), and D + C (3) ≤ B
        // (8), but adding B (11) would pass A: C and D are excluded together (5.2.5); B gets 3
        // and reaches 11 ≥ 10.50.
        var result = Count(1, Ballot.Ranked(10, 0), Ballot.Ranked(8, 1), Ballot.Ranked(2, 2, 1), Ballot.Ranked(1, 3, 1));

        var exclusion = result.Stages[1];
        Assert.Equal([2, 3], exclusion.Excluded);
        Assert.Equal([10m, 11m, 0m, 0m], exclusion.Totals);
        Assert.Equal([1], result.Elected);
    }

    [Fact]
    public void Count_PapersExhaustBeforeAnyoneIsElected_QuotaIsRecalculated()
    {
        // 4 A, 3 B, 2 C; 1 seat. Quota 9/2 = 4.50. C's papers name no one else: after C is
        // excluded the quota is recalculated on 7 votes, 3.50 (5.4.8), and A's 4 reaches it.
        var result = Count(1, Ballot.Ranked(4, 0), Ballot.Ranked(3, 1), Ballot.Ranked(2, 2));

        Assert.Equal(4.5m, result.Stages[0].Quota);
        Assert.Equal(3.5m, result.Stages[1].Quota);
        Assert.Equal(2m, result.Stages[1].NonTransferable);
        Assert.Equal([0], result.Elected);
    }

    [Fact]
    public void Count_QuotaNotExact_IsRoundedUpToTheNextHundredth()
    {
        // 5 A, 3 B, 2 C; 2 seats: 10/3 = 3.333.., so the quota is 3.34 (5.1.6).
        var result = Count(2, Ballot.Ranked(5, 0), Ballot.Ranked(3, 1), Ballot.Ranked(2, 2));

        Assert.Equal(3.34m, result.Stages[0].Quota);
    }

    [Fact]
    public void Count_EqualPreferences_AreVoidForUncertainty()
    {
        // 3 A=B is invalid (no certain first preference, 6.9); 4 C>A=B counts for C but ends
        // there (6.10). Valid vote 4 + 3 + 2 = 9 from 4 C>A=B, 3 A, 2 B; 1 seat, quota 4.50.
        // Nobody has it; B (2) is excluded and exhausts; quota recalculated to 7/2 = 3.50: C
        // (4) is elected, and A never gets C's papers.
        var result = Count(
            1,
            new Ballot(3, [[0, 1]]),
            new Ballot(4, [[2], [0, 1]]),
            Ballot.Ranked(3, 0),
            Ballot.Ranked(2, 1));

        Assert.Equal(9m, result.ValidVotes);
        Assert.Equal([3m, 2m, 4m], result.Stages[0].Totals);
        Assert.Equal([2], result.Elected);
    }

    [Fact]
    public void Count_TwoReachTheQuotaTogetherForOnePlace_TheOneAheadEarlierIsElected()
    {
        // 4 A, 3 B, 2 C, 1 D>B; 1 seat. Quota 10/2 = 5.00. D (1) and C (2) go together (3 ≤ B's
        // 3); C's papers exhaust, D's go to B: A 4, B 4, and the quota falls to 8/2 = 4.00. Both
        // reach it for one place; A had more at the first stage, so A is elected (5.6.2).
        var result = Count(1, Ballot.Ranked(4, 0), Ballot.Ranked(3, 1), Ballot.Ranked(2, 2), Ballot.Ranked(1, 3, 1));

        Assert.Equal([2, 3], result.Stages[1].Excluded);
        Assert.Equal([4m, 4m, 0m, 0m], result.Stages[1].Totals);
        Assert.Equal([0], result.Elected);
        Assert.Contains(result.Ties, t => t.Contains("point 1", StringComparison.Ordinal));
    }
}
