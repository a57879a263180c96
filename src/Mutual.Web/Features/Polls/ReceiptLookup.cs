using Mutual.Data.Polls;
using Mutual.Domain.Polls;
using Mutual.Domain.Societies;

namespace Mutual.Web.Features.Polls;

/// <summary>Finds a receipt code among the ballots every closed poll of a society publishes.</summary>
public static class ReceiptLookup
{
    public static async Task<(Poll Poll, PublishedBallot Ballot)?> FindAsync(PollService polls, SocietyId society, string receipt, CancellationToken ct)
    {
        var code = receipt.Trim();
        foreach (var poll in await polls.ListAsync(society, cancellationToken: ct))
        {
            if (!poll.ResultsVisible) continue;
            var results = await polls.ResultsAsync(society, poll.Id, ct);
            if (results?.Ballots.FirstOrDefault(b => string.Equals(b.Receipt, code, StringComparison.OrdinalIgnoreCase)) is { } ballot)
                return (poll, ballot);
        }

        return null;
    }

    /// <summary>A published ballot in words: the choice, or the candidates' names in order of preference.</summary>
    public static string Describe(Poll poll, PublishedBallot ballot)
    {
        if (poll.Kind == PollKind.Resolution) return ballot.Ballot;
        var names = ballot.Ballot.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(n => int.TryParse(n, out var number) && poll.Candidates.FirstOrDefault(c => c.Number == number) is { } c ? c.Name : n);
        return string.Join(", then ", names);
    }
}
