using Mutual.Domain.Polls;

namespace Mutual.Web.Features.Polls;

/// <summary>Turns a request's <c>choice</c> or <c>ranking</c> into a ballot, or says which field to fix.</summary>
public static class BallotInput
{
    public static (BallotContent? Ballot, string Field, string Problem) Read(string? choice, IReadOnlyList<int>? ranking)
    {
        if (!string.IsNullOrWhiteSpace(choice))
        {
            return Enum.TryParse<VoteChoice>(choice.Trim(), ignoreCase: true, out var vote) && Enum.IsDefined(vote)
                ? (BallotContent.Vote(vote), "", "")
                : (null, "choice", $"Choose For, Against or Abstain; \"{choice}\" is not one of them.");
        }

        return ranking is { Count: > 0 }
            ? (BallotContent.Rank([.. ranking]), "", "")
            : (null, "choice", "Give a choice (For, Against or Abstain) for a resolution, or a ranking of candidate numbers for an election.");
    }
}
