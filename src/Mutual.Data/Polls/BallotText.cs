using Mutual.Domain.Common;
using Mutual.Domain.Polls;

namespace Mutual.Data.Polls;

/// <summary>
/// A ballot's stored and published text: "For", "Against" or "Abstain", or the 1-based candidate
/// numbers in order separated by spaces. Checks the ballot fits the poll before it is stored.
/// </summary>
internal static class BallotText
{
    public static Result<string> Of(BallotContent ballot, PollKind kind, int candidates) => (ballot, kind) switch
    {
        (ResolutionBallot vote, PollKind.Resolution) when Enum.IsDefined(vote.Choice) => vote.Choice.ToString(),
        (ElectionBallot ranked, PollKind.Election) => Ranking(ranked, candidates),
        _ => new BallotDoesNotFitPoll(kind),
    };

    public static VoteChoice Choice(string content) => Enum.Parse<VoteChoice>(content);

    public static int[] Ranks(string content) =>
        content.Length == 0 ? [] : [.. content.Split(' ').Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture))];

    private static Result<string> Ranking(ElectionBallot ballot, int candidates)
    {
        var ranking = ballot.Ranking;
        if (ranking.Count == 0) return new InvalidRanking("rank at least one candidate.");
        var seen = new HashSet<int>();
        foreach (var n in ranking)
        {
            if (n < 1 || n > candidates) return new InvalidRanking($"there is no candidate {n}; candidates are numbered 1 to {candidates}.");
            if (!seen.Add(n)) return new InvalidRanking($"candidate {n} is ranked more than once.");
        }

        return ballot.ToString();
    }
}
