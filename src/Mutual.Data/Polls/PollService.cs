#pragma warning disable CS9113 // The signatures come first so the web and meetings work can build on them; bodies follow.
using Mutual.Data.Audit;
using Mutual.Data.Rules;
using Mutual.Domain.Common;
using Mutual.Domain.Members;
using Mutual.Domain.Polls;
using Mutual.Domain.Societies;

namespace Mutual.Data.Polls;

/// <summary>
/// Polls and secret ballots below the web (issue 4 points 2, 3, 5, 6, 7): create, open with the
/// voter roll frozen and codes issued, cast (once per voter, even under concurrent submits),
/// close, count, certify and publish. Role checks belong to the caller; every officer's action
/// is in the society's audit chain, but casts are not (a timed event would link voter to ballot).
/// </summary>
public sealed class PollService(MutualDbContext db, RulesStore rules, AuditLog audit, TimeProvider clock)
{
    public Task<Result<PollId>> CreateAsync(SocietyId societyId, PollDraft draft, string actor, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>Freezes the roll, issues one code per voter (returned once, plain), opens the window.</summary>
    public Task<Result<IReadOnlyList<IssuedBallotCode>>> OpenAsync(SocietyId societyId, PollId pollId, string actor, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>Casts one ballot for the voter the credential names; the second attempt gets <see cref="AlreadyVoted"/>.</summary>
    public Task<Result<BallotReceipt>> CastAsync(
        SocietyId societyId, PollId pollId, VoterCredential voter, BallotContent ballot, string actor, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>The returning officer enters a paper ballot against its single-use code (audited).</summary>
    public Task<Result<BallotReceipt>> CastPaperAsync(
        SocietyId societyId, PollId pollId, string ballotCode, BallotContent ballot, string actor, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    public Task<Result<Poll>> CloseAsync(SocietyId societyId, PollId pollId, string actor, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>Counts a closed poll by its method, with class weights where the rules give them, and stores the result.</summary>
    public Task<Result<PollResults>> CountAsync(SocietyId societyId, PollId pollId, string actor, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    public Task<Result<PollResults>> CertifyAsync(SocietyId societyId, PollId pollId, string actor, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>The chair's totals for an in-room resolution; added to any ballots cast when counted.</summary>
    public Task<Result<Poll>> RecordShowOfHandsAsync(
        SocietyId societyId, PollId pollId, ShowOfHands hands, string actor, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>Null until the poll has closed: results are hidden from everyone, the board included.</summary>
    public Task<PollResults?> ResultsAsync(SocietyId societyId, PollId pollId, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    public Task<IReadOnlyList<Poll>> ListAsync(SocietyId societyId, Guid? meetingId = null, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    public Task<Poll?> GetAsync(SocietyId societyId, PollId pollId, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>Whether <paramref name="memberId"/> is on the poll's voter roll.</summary>
    public Task<bool> IsEligibleAsync(SocietyId societyId, PollId pollId, MemberId memberId, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    public Task<bool> HasVotedAsync(SocietyId societyId, PollId pollId, MemberId memberId, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    public Task<IReadOnlyList<PollId>> VotedPollsAsync(SocietyId societyId, MemberId memberId, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>Writes a closed election's ballots as BLT, which anyone can recount.</summary>
    public Task ExportBltAsync(SocietyId societyId, PollId pollId, TextWriter output, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();
}
