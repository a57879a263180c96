using Mutual.Counting.Arithmetic;
using Mutual.Counting.Ballots;

namespace Mutual.Counting.Methods.Stv;

/// <summary>
/// The ballots packed for counting: every ranking's candidates in one flat array, withdrawn
/// candidates already skipped, each parcel's weight in fixed-point units. A rank holding several
/// candidates (an equal ranking) ends the usable preferences there: STV rules that transfer to
/// "the next available preference" cannot choose between them.
/// </summary>
public sealed class StvBallots
{
    private StvBallots(int[] starts, int[] preferences, long[] weights, long valid)
    {
        Starts = starts;
        Preferences = preferences;
        Weights = weights;
        ValidUnits = valid;
    }

    public int Count => Weights.Length;

    /// <summary>Ballot <c>b</c>'s preferences are <c>Preferences[Starts[b]..Starts[b + 1]]</c>.</summary>
    public int[] Starts { get; }

    public int[] Preferences { get; }

    /// <summary>Each parcel's weight, truncated to the arithmetic's places.</summary>
    public long[] Weights { get; }

    /// <summary>The total weight of ballots that rank anyone at all: the valid poll.</summary>
    public long ValidUnits { get; }

    public static StvBallots Pack(Election election, FixedPoint arithmetic)
    {
        var starts = new List<int>(election.Ballots.Count + 1) { 0 };
        var preferences = new List<int>();
        var weights = new List<long>(election.Ballots.Count);
        long valid = 0;
        foreach (var ballot in election.Ballots)
        {
            if (ballot.Ranks.Count == 0 || ballot.Weight <= 0) continue;
            var weight = arithmetic.FromDecimal(ballot.Weight);
            valid += weight;
            foreach (var rank in ballot.Ranks)
            {
                if (rank.Count != 1) break;
                if (!election.Withdrawn.Contains(rank[0])) preferences.Add(rank[0]);
            }
            starts.Add(preferences.Count);
            weights.Add(weight);
        }
        return new StvBallots([.. starts], [.. preferences], [.. weights], valid);
    }
}
