using Microsoft.EntityFrameworkCore;
using Mutual.Domain.Common;
using Mutual.Domain.Polls;
using Mutual.Domain.Societies;

namespace Mutual.Data.Polls;

public sealed partial class PollService
{
    /// <summary>
    /// Casts one ballot for the voter the credential names. In one transaction the voter's roll
    /// line is flipped to voted by a conditional update (<c>WHERE has_voted = false</c>), and only
    /// if that touched the line is the ballot inserted, so concurrent casts for one voter, from any
    /// mix of devices, credentials and paper, land exactly one ballot; the rest get
    /// <see cref="AlreadyVoted"/>. Not audited: a timed event per cast would link voter to ballot.
    /// </summary>
    public Task<Result<BallotReceipt>> CastAsync(
        SocietyId societyId, PollId pollId, VoterCredential voter, BallotContent ballot, string actor, CancellationToken cancellationToken = default) =>
        CastCoreAsync(societyId, pollId, voter, ballot, VotedByOf(voter), cancellationToken);

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
        ArgumentNullException.ThrowIfNull(voter);
        ArgumentNullException.ThrowIfNull(ballot);
        var poll = await db.Set<Poll>().AsNoTracking()
            .Where(p => p.SocietyId == societyId && p.Id == pollId)
            .Select(p => new { p.State, p.OpensAt, p.ClosesAt, p.Kind, Candidates = p.Candidates.Count })
            .SingleOrDefaultAsync(cancellationToken);
        if (poll is null) return new PollNotFound(pollId);
        var now = clock.GetUtcNow();
        if (poll.State != PollState.Open) return new PollNotInState(pollId, poll.State, PollState.Open);
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

    private static VotedBy VotedByOf(VoterCredential voter) => voter is VoterCredential.Proxy ? VotedBy.Proxy : VotedBy.Online;
}
