using Mutual.Domain.Polls;

namespace Mutual.Web.Features.Polls;

/// <summary>
/// The ballot as a form posts it, without JavaScript: a radio choice on a resolution, or one select
/// per preference in an election (first choice, second choice, ...), blanks allowed after the first.
/// </summary>
public sealed class BallotForm
{
    public string? Choice { get; set; }

    public List<int?> Preferences { get; set; } = [];

    /// <summary>The ballot, or the form field to fix and what to say.</summary>
    public (BallotContent? Ballot, string Field, string Problem) Read(Poll poll, string prefix)
    {
        if (poll.Kind == PollKind.Resolution)
        {
            return Enum.TryParse<VoteChoice>(Choice, out var choice) && Enum.IsDefined(choice)
                ? (BallotContent.Vote(choice), "", "")
                : (null, $"{prefix}.Choice", "Choose For, Against or Abstain");
        }

        var ranking = new List<int>();
        for (var i = 0; i < Preferences.Count; i++)
        {
            if (Preferences[i] is not { } candidate)
            {
                if (Preferences.Skip(i).Any(p => p is not null))
                    return (null, $"{prefix}.Preferences[{i}]", $"Choice {i + 1} is blank but a later choice is not: fill your choices in order");
                break;
            }

            if (ranking.Contains(candidate))
                return (null, $"{prefix}.Preferences[{i}]", $"{poll.Candidates.First(c => c.Number == candidate).Name} is chosen more than once: choose each candidate once at most");
            ranking.Add(candidate);
        }

        return ranking.Count == 0
            ? (null, $"{prefix}.Preferences[0]", "Choose your first choice of candidate")
            : (BallotContent.Rank([.. ranking]), "", "");
    }
}
