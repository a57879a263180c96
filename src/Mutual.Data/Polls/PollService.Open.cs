using Microsoft.EntityFrameworkCore;
using Mutual.Domain.Common;
using Mutual.Domain.Polls;
using Mutual.Domain.Rules;
using Mutual.Domain.Societies;

namespace Mutual.Data.Polls;

public sealed partial class PollService
{
    /// <summary>
    /// Freezes the voter roll at the record date (members admitted on or before it and not ceased
    /// by it), issues one code per voter (only its hash is kept; the plain codes are returned this
    /// once, for emailing or printing), and opens the poll. The roll is written in bulk.
    /// </summary>
    public async Task<Result<IReadOnlyList<IssuedBallotCode>>> OpenAsync(
        SocietyId societyId, PollId pollId, string actor, CancellationToken cancellationToken = default)
    {
        // A roll of a million members takes minutes on a busy machine, far past the default 30 s.
        var usual = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(RollTimeout);
        try
        {
            return await OpenWithinTimeoutAsync(societyId, pollId, actor, cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(usual);
        }
    }

    internal static readonly TimeSpan RollTimeout = TimeSpan.FromMinutes(15);

    private async Task<Result<IReadOnlyList<IssuedBallotCode>>> OpenWithinTimeoutAsync(
        SocietyId societyId, PollId pollId, string actor, CancellationToken cancellationToken)
    {
        var current = await rules.CurrentAsync(societyId, cancellationToken);
        if (current.Error is { } noRules) return noRules;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var poll = await TrackedAsync(societyId, pollId, cancellationToken);
        if (poll is null) return new PollNotFound(pollId);
        if (poll.State != PollState.Draft) return new PollNotInState(pollId, poll.State, PollState.Draft);

        var record = poll.RecordDate;
        var members = await db.Members.AsNoTracking()
            .Where(m => m.SocietyId == societyId && m.AdmittedOn != null && m.AdmittedOn <= record && (m.CeasedOn == null || m.CeasedOn > record))
            .Select(m => new { m.Id, m.ClassKeys })
            .ToListAsync(cancellationToken);

        var codes = new IssuedBallotCode[members.Count];
        var voters = new PollVoter[members.Count];
        for (var i = 0; i < members.Count; i++)
        {
            var (classKey, votes) = VotingClass(current.Value, members[i].ClassKeys);
            codes[i] = new IssuedBallotCode(members[i].Id, BallotCodes.NewBallotCode());
            voters[i] = new PollVoter
            {
                PollId = pollId,
                MemberId = members[i].Id,
                ClassKey = classKey,
                Votes = votes,
                CodeHash = BallotCodes.Hash(codes[i].Code),
            };
        }

        await VoterRollWriter.For(db).WriteAsync(db, voters, cancellationToken);
        poll.Open(voters.Length, clock.GetUtcNow());
        await audit.AppendAsync(societyId, actor, "poll.opened", poll.Id.ToString(), null, PollRecord.Of(poll), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return codes;
    }

    /// <summary>
    /// The member's votes (C6) and, only when the rules weight classes (C10), the class their
    /// ballot will carry; unweighted, no class goes on the roll and so none on any ballot.
    /// </summary>
    private static (string? ClassKey, int Votes) VotingClass(SocietyRules rules, IReadOnlyList<string> classKeys)
    {
        var membershipClass = classKeys.Select(rules.FindClass).FirstOrDefault(c => c is not null);
        if (membershipClass is null) return (null, 1);
        return (rules.IsWeighted ? membershipClass.Key : null, membershipClass.VotesPerMember);
    }
}
