using Mutual.Counting.Ballots;
using Mutual.Counting.Methods.Stv;
using Mutual.Counting.Results;

namespace Mutual.Counting.Methods.Simple;

/// <summary>
/// The one-stage count shared by plurality and approval: the <c>seats</c> candidates with the
/// most votes win, highest first. Equal candidates who all fit in the seats left are elected
/// together (in candidate order); a tie for the last seats goes to the election's tie order, or else
/// to lot (<see cref="TieBreaker"/>; a single stage has no earlier stage to look back to).
/// </summary>
internal static class SingleRoundCount
{
    public static CountResult Build(string method, Election election, CountOptions options, decimal[] totals, decimal unused)
    {
        var seats = options.Seats ?? election.Seats;
        var ties = new TieBreaker(election.Candidates, election.TieOrder, options.Seed);
        var elected = ChooseWinners(election, totals, seats, ties);
        var states = Enumerable.Range(0, totals.Length)
            .Select(c => election.Withdrawn.Contains(c) ? CandidateState.Withdrawn
                : elected.Contains(c) ? CandidateState.Elected : CandidateState.Continuing)
            .ToArray();
        var stage = new Stage(1, StageKind.FirstPreferences, "Votes counted", totals, totals, unused, unused, states, elected, []);
        return new CountResult(method, election.Title, election.Candidates, seats, null, elected, [stage])
        {
            Seed = options.Seed,
            ValidVotes = election.TotalWeight,
            Ties = ties.Log,
        };
    }

    private static List<int> ChooseWinners(Election election, decimal[] totals, int seats, TieBreaker ties)
    {
        var standing = Enumerable.Range(0, totals.Length).Where(c => !election.Withdrawn.Contains(c)).ToList();
        var elected = new List<int>();
        while (elected.Count < seats && standing.Count > 0)
        {
            var top = standing.Max(c => totals[c]);
            var equal = standing.Where(c => totals[c] == top).ToList();
            var free = seats - elected.Count;
            if (equal.Count <= free)
            {
                elected.AddRange(equal);
                standing.RemoveAll(equal.Contains);
                continue;
            }

            for (var seat = 0; seat < free; seat++)
            {
                var winner = ties.Choose(equal, TiePreference.Highest, [], 1, $"seat {elected.Count + 1}");
                elected.Add(winner);
                equal.Remove(winner);
            }
        }

        return elected;
    }
}
