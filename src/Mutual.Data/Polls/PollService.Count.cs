using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mutual.Domain.Common;
using Mutual.Domain.Polls;
using Mutual.Domain.Rules;
using Mutual.Domain.Societies;

namespace Mutual.Data.Polls;

public sealed partial class PollService
{
    /// <summary>
    /// Counts a closed poll and stores the outcome: a resolution by its kind's threshold (adding the
    /// chair's show of hands, class by class where the rules weight the classes), an election
    /// by its method with class weights where the rules give them. May be repeated until certified.
    /// Returns the outcome alone: the published ballots are <see cref="ResultsAsync"/>'s to read.
    /// </summary>
    public async Task<Result<PollCount>> CountAsync(SocietyId societyId, PollId pollId, string actor, CancellationToken cancellationToken = default)
    {
        var current = await rules.CurrentAsync(societyId, cancellationToken);
        if (current.Error is { } noRules) return noRules;
        var poll = await TrackedAsync(societyId, pollId, cancellationToken);
        if (poll is null) return new PollNotFound(pollId);
        if (poll.MarkCounted(clock.GetUtcNow()).Error is { } error) return error;

        object outcome;
        string? roundSheet = null;
        PollCount count;
        if (poll.Kind == PollKind.Resolution)
        {
            var resolution = await CountResolutionAsync(poll, current.Value, cancellationToken);
            (outcome, count) = (resolution, new PollCount(poll, resolution, null));
        }
        else
        {
            var election = ElectionCount.Count(poll, current.Value, await RankedVotesAsync(pollId, cancellationToken));
            (outcome, roundSheet, count) = (election, election.RoundSheetText, new PollCount(poll, null, election));
        }

        var tally = await db.Set<PollTally>().SingleOrDefaultAsync(t => t.PollId == pollId, cancellationToken);
        if (tally is null) db.Add(tally = new PollTally { PollId = pollId });
        tally.OutcomeJson = JsonSerializer.Serialize(outcome, outcome.GetType(), OutcomeJson.Options);
        tally.RoundSheet = roundSheet;
        await audit.AppendAsync(societyId, actor, "poll.counted", poll.Id.ToString(), null, Summary(outcome), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return count;
    }

    private async Task<ResolutionOutcome> CountResolutionAsync(Poll poll, SocietyRules societyRules, CancellationToken cancellationToken)
    {
        var groups = await db.Set<SecretBallot>().AsNoTracking()
            .Where(b => b.PollId == poll.Id)
            .GroupBy(b => new { b.ClassKey, b.Content })
            .Select(g => new { g.Key.ClassKey, g.Key.Content, Votes = g.Sum(b => b.Votes) })
            .ToListAsync(cancellationToken);
        var totals = groups.GroupBy(g => g.ClassKey)
            .Select(c => new ClassVoteTotals(
                c.Key,
                c.Where(g => g.Content == nameof(VoteChoice.For)).Sum(g => (decimal)g.Votes),
                c.Where(g => g.Content == nameof(VoteChoice.Against)).Sum(g => (decimal)g.Votes),
                c.Where(g => g.Content == nameof(VoteChoice.Abstain)).Sum(g => (decimal)g.Votes)))
            .ToList();
        var voted = await db.Set<PollVoter>().CountAsync(v => v.PollId == poll.Id && v.HasVoted, cancellationToken);
        voted += ShowOfHandsTally.AddTo(poll, totals);

        return ResolutionDecision.Decide(poll.ResolutionKind, societyRules, totals, poll.Eligible, voted);
    }

    private async Task<IReadOnlyList<RankedVote>> RankedVotesAsync(PollId pollId, CancellationToken cancellationToken)
    {
        // Identical ballots are merged by the database, so a large poll sends back a few thousand
        // groups instead of every row; the count weighs a group as it would its ballots one by one.
        var groups = await db.Set<SecretBallot>().AsNoTracking()
            .Where(b => b.PollId == pollId)
            .GroupBy(b => new { b.ClassKey, b.Votes, b.Content })
            .Select(g => new { g.Key.ClassKey, g.Key.Votes, g.Key.Content, Ballots = g.Count() })
            .ToListAsync(cancellationToken);
        // Sorted so that the count, and the BLT, never depend on the order rows come back in.
        return [.. groups
            .OrderBy(b => b.Content, StringComparer.Ordinal).ThenBy(b => b.ClassKey, StringComparer.Ordinal).ThenBy(b => b.Votes)
            .Select(b => new RankedVote(b.ClassKey, b.Votes, BallotText.Ranks(b.Content), b.Ballots))];
    }

    private static object Summary(object outcome) => outcome switch
    {
        ResolutionOutcome r => new { r.For, r.Against, r.Abstain, r.Carried, r.Explanation },
        ElectionOutcome e => new { e.Method, e.Seats, Elected = e.Elected.Select(n => e.Candidates[n - 1]).ToArray() },
        _ => outcome,
    };
}
