using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Mutual.Domain.Common;
using Mutual.Domain.Polls;
using Mutual.Domain.Societies;

namespace Mutual.Data.Polls;

public sealed partial class PollService
{
    /// <summary>
    /// Casts one ballot for the voter the credential names. Atomically the voter's roll line is
    /// flipped to voted by a conditional update (<c>WHERE has_voted = false</c>), and only if that
    /// touched the line is the ballot inserted (<see cref="BallotBox"/>), so concurrent casts for
    /// one voter, from any mix of devices, credentials and paper, land exactly one ballot; the rest
    /// get <see cref="AlreadyVoted"/>. Not audited: a timed event per cast would link voter to ballot.
    /// </summary>
    public Task<Result<BallotReceipt>> CastAsync(
        SocietyId societyId, PollId pollId, VoterCredential voter, BallotContent ballot, string actor, CancellationToken cancellationToken = default) =>
        CastCoreAsync(societyId, pollId, voter, ballot, VotedByOf(voter), cancellationToken);

    /// <summary>
    /// Casts by ballot code for a society named by its slug, as printed with the code. The slug is
    /// checked against the poll's own society, which the per-process poll facts hold, so this hot
    /// path reads nothing but the voter's roll line. An unknown society answers as an unknown poll.
    /// </summary>
    public async Task<Result<BallotReceipt>> CastByCodeAsync(
        string societySlug, PollId pollId, string ballotCode, BallotContent ballot, CancellationToken cancellationToken = default)
    {
        var poll = await CastFactsAsync(pollId, cancellationToken);
        if (poll.Error is { } notOpen) return notOpen;
        if (!string.Equals(poll.Value.SocietySlug, societySlug, StringComparison.Ordinal)) return new PollNotFound(pollId);
        return await CastCoreAsync(poll.Value, pollId, new VoterCredential.Code(ballotCode), ballot, VotedBy.Online, cancellationToken);
    }

    /// <summary>The returning officer enters a paper ballot against its single-use code; the entry (not the ballot) is audited.</summary>
    public async Task<Result<BallotReceipt>> CastPaperAsync(
        SocietyId societyId, PollId pollId, string ballotCode, BallotContent ballot, string actor, CancellationToken cancellationToken = default)
    {
        var receipt = await CastCoreAsync(societyId, pollId, new VoterCredential.Code(ballotCode), ballot, VotedBy.Paper, cancellationToken);
        if (!receipt.IsSuccess) return receipt;
        await audit.AppendAsync(societyId, actor, "poll.paper-ballot-entered", pollId.ToString(), null, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return receipt;
    }

    private async Task<Result<BallotReceipt>> CastCoreAsync(
        SocietyId societyId, PollId pollId, VoterCredential voter, BallotContent ballot, VotedBy votedBy, CancellationToken cancellationToken)
    {
        var poll = await CastFactsAsync(pollId, cancellationToken);
        if (poll.Error is { } notOpen) return notOpen;
        if (poll.Value.SocietyId != societyId) return new PollNotFound(pollId);
        return await CastCoreAsync(poll.Value, pollId, voter, ballot, votedBy, cancellationToken);
    }

    private async Task<Result<BallotReceipt>> CastCoreAsync(
        CastFacts poll, PollId pollId, VoterCredential voter, BallotContent ballot, VotedBy votedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(voter);
        ArgumentNullException.ThrowIfNull(ballot);
        var now = clock.GetUtcNow();
        if (now < poll.OpensAt || now >= poll.ClosesAt) return new VotingNotOpen(poll.OpensAt, poll.ClosesAt);
        var content = BallotText.Of(ballot, poll.Kind, poll.Candidates);
        if (content.Error is { } invalid) return invalid;

        var receipt = BallotCodes.NewReceipt();
        var cast = await new BallotBox(db).CastAsync(pollId, voter, votedBy, content.Value, receipt, cancellationToken);
        if (cast) return new BallotReceipt(receipt);
        return await WhyNotAsync(pollId, voter, cancellationToken);
    }

    private async Task<DomainError> WhyNotAsync(PollId pollId, VoterCredential voter, CancellationToken cancellationToken)
    {
        // The returning officer may have closed the poll since it was read above.
        var state = await db.Set<Poll>().AsNoTracking().Where(p => p.Id == pollId).Select(p => p.State).SingleAsync(cancellationToken);
        if (state != PollState.Open) return new PollNotInState(pollId, state, PollState.Open);
        var roll = db.Set<PollVoter>().AsNoTracking().Where(v => v.PollId == pollId);
        switch (voter)
        {
            case VoterCredential.Code code:
                var hash = BallotCodes.Hash(code.Value);
                return await roll.AnyAsync(v => v.CodeHash == hash, cancellationToken) ? new AlreadyVoted() : new UnknownBallotCode();
            default:
                var member = BallotBox.MemberOf(voter);
                return await roll.AnyAsync(v => v.MemberId == member, cancellationToken) ? new AlreadyVoted() : new NotOnVoterRoll();
        }
    }

    /// <summary>
    /// What a cast needs to know of its poll. Once a poll is open none of it changes (only its state,
    /// which the claim itself checks in SQL), so it is read once per process and kept: a cast is
    /// then a single statement on PostgreSQL.
    /// </summary>
    private async Task<Result<CastFacts>> CastFactsAsync(PollId pollId, CancellationToken cancellationToken)
    {
        if (OpenPolls.TryGetValue(pollId, out var known)) return known;
        var poll = await (
                from p in db.Set<Poll>().AsNoTracking()
                join s in db.Societies.AsNoTracking() on p.SocietyId equals s.Id
                where p.Id == pollId
                select new { p.State, p.SocietyId, s.Slug, p.OpensAt, p.ClosesAt, p.Kind, Candidates = p.Candidates.Count })
            .SingleOrDefaultAsync(cancellationToken);
        if (poll is null) return new PollNotFound(pollId);
        if (poll.State != PollState.Open) return new PollNotInState(pollId, poll.State, PollState.Open);
        return OpenPolls.GetOrAdd(pollId, new CastFacts(poll.SocietyId, poll.Slug, poll.OpensAt, poll.ClosesAt, poll.Kind, poll.Candidates));
    }

    private static readonly ConcurrentDictionary<PollId, CastFacts> OpenPolls = new();

    private sealed record CastFacts(SocietyId SocietyId, string SocietySlug, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, PollKind Kind, int Candidates);

    private static VotedBy VotedByOf(VoterCredential voter) => voter is VoterCredential.Proxy ? VotedBy.Proxy : VotedBy.Online;
}
