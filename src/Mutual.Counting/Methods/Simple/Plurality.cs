using Mutual.Counting.Ballots;
using Mutual.Counting.Results;

namespace Mutual.Counting.Methods.Simple;

/// <summary>
/// First past the post, and its multi-seat form, block voting: each ballot gives its full weight
/// to each of its first <c>seats</c> ranked candidates (withdrawn candidates skipped), and the
/// <c>seats</c> candidates with the most votes win. A rank of equal candidates that would take the
/// ballot past <c>seats</c> marks is an over-vote: it and every later rank are not counted.
/// </summary>
public sealed class Plurality : ICountingMethod
{
    public string Name => "plurality";

    public CountResult Count(Election election, CountOptions options)
    {
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(options);
        var seats = options.Seats ?? election.Seats;
        var totals = new decimal[election.Candidates.Count];
        var unused = 0m;
        foreach (var ballot in election.Ballots)
        {
            var marks = 0;
            foreach (var rank in ballot.Ranks)
            {
                var standing = rank.Where(c => !election.Withdrawn.Contains(c)).ToArray();
                if (marks + standing.Length > seats) break;
                foreach (var candidate in standing) totals[candidate] += ballot.Weight;
                marks += standing.Length;
            }

            if (marks == 0) unused += ballot.Weight;
        }

        return SingleRoundCount.Build(Name, election, options, totals, unused);
    }
}
