using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mutual.Domain.Polls;
using Mutual.Domain.Societies;

namespace Mutual.Data.Polls;

public sealed partial class PollService
{
    /// <summary>
    /// Null while the poll is a draft or open: results are hidden from everyone, the board
    /// included. Once closed: turnout, the stored count if it has been run, and every ballot beside
    /// its receipt (ordered by receipt, which is random, so the list reveals nothing of timing).
    /// </summary>
    public async Task<PollResults?> ResultsAsync(SocietyId societyId, PollId pollId, CancellationToken cancellationToken = default)
    {
        var poll = await GetAsync(societyId, pollId, cancellationToken);
        if (poll is null || !poll.ResultsVisible) return null;

        var how = await db.Set<PollVoter>().AsNoTracking()
            .Where(v => v.PollId == pollId && v.HasVoted)
            .GroupBy(v => v.VotedBy)
            .Select(g => new { By = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Of(VotedBy by) => how.Where(h => h.By == by).Sum(h => h.Count);
        var turnout = new Turnout(poll.Eligible, how.Sum(h => h.Count), Of(VotedBy.Online), Of(VotedBy.Paper), Of(VotedBy.Proxy));

        var ballots = await db.Set<SecretBallot>().AsNoTracking()
            .Where(b => b.PollId == pollId)
            .Select(b => new { b.Receipt, b.Content, b.ClassKey })
            .ToListAsync(cancellationToken);
        var published = ballots.OrderBy(b => b.Receipt, StringComparer.Ordinal)
            .Select(b => new PublishedBallot(b.Receipt, b.Content, b.ClassKey)).ToArray();

        var (resolution, election) = await StoredOutcomeAsync(poll, cancellationToken);
        return new PollResults(poll, turnout, resolution, election, published);
    }

    /// <summary>The outcome the last count stored, if the poll has been counted.</summary>
    private async Task<(ResolutionOutcome? Resolution, ElectionOutcome? Election)> StoredOutcomeAsync(Poll poll, CancellationToken cancellationToken)
    {
        if (!poll.IsCounted || await db.Set<PollTally>().AsNoTracking().SingleOrDefaultAsync(t => t.PollId == poll.Id, cancellationToken) is not { } tally)
            return (null, null);
        return poll.Kind == PollKind.Resolution
            ? (JsonSerializer.Deserialize<ResolutionOutcome>(tally.OutcomeJson, OutcomeJson.Options), null)
            : (null, JsonSerializer.Deserialize<ElectionOutcome>(tally.OutcomeJson, OutcomeJson.Options));
    }

    /// <summary>
    /// Writes a closed election's ballots as BLT, with the weights the count used, so anyone can
    /// recount it; throws for a resolution or a poll still open.
    /// </summary>
    public async Task ExportBltAsync(SocietyId societyId, PollId pollId, TextWriter output, CancellationToken cancellationToken = default)
    {
        var poll = await GetAsync(societyId, pollId, cancellationToken)
            ?? throw new InvalidOperationException("There is no such poll in this society.");
        if (poll.Kind != PollKind.Election) throw new InvalidOperationException("Only an election's ballots can be written as BLT.");
        if (!poll.ResultsVisible) throw new InvalidOperationException("The poll is still open; its ballots stay sealed until it closes.");
        var current = await rules.CurrentAsync(societyId, cancellationToken);
        if (current.Error is { } error) throw new InvalidOperationException(error.Message);
        BltWriter.Write(output, ElectionBallots.Build(poll, current.Value, await RankedVotesAsync(pollId, cancellationToken)));
    }
}
