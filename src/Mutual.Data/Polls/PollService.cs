using Microsoft.EntityFrameworkCore;
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
public sealed partial class PollService(MutualDbContext db, RulesStore rules, AuditLog audit, TimeProvider clock)
{
    private readonly IReadOnlyList<IPollCertified> _certified = [];

    /// <summary>With what a certified result also changes, such as the minutes of the meeting it decides.</summary>
    public PollService(MutualDbContext db, RulesStore rules, AuditLog audit, TimeProvider clock, IEnumerable<IPollCertified> certified)
        : this(db, rules, audit, clock) => _certified = [.. certified];

    public async Task<Result<PollId>> CreateAsync(SocietyId societyId, PollDraft draft, string actor, CancellationToken cancellationToken = default)
    {
        var current = await rules.CurrentAsync(societyId, cancellationToken);
        if (current.Error is { } noRules) return noRules;
        var created = Poll.Create(societyId, draft, current.Value, clock.GetUtcNow());
        if (created.Error is { } error) return error;

        var poll = created.Value;
        db.Add(poll);
        await audit.AppendAsync(societyId, actor, "poll.created", poll.Id.ToString(), null, PollRecord.Of(poll), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return poll.Id;
    }

    /// <summary>The returning officer closes the poll; on PostgreSQL its ballots are rewritten in random order (see <see cref="BallotShuffle"/>).</summary>
    public async Task<Result<Poll>> CloseAsync(SocietyId societyId, PollId pollId, string actor, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await BallotShuffle.LockPollAsync(db, pollId, cancellationToken);
        var poll = await TrackedAsync(societyId, pollId, cancellationToken);
        if (poll is null) return new PollNotFound(pollId);
        if (poll.Close(clock.GetUtcNow()).Error is { } error) return error;
        await audit.AppendAsync(societyId, actor, "poll.closed", poll.Id.ToString(), null, PollRecord.Of(poll), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await BallotShuffle.RewriteAsync(db, pollId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return poll;
    }

    public async Task<Result<PollResults>> CertifyAsync(SocietyId societyId, PollId pollId, string actor, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var poll = await TrackedAsync(societyId, pollId, cancellationToken);
        if (poll is null) return new PollNotFound(pollId);
        if (poll.Certify(clock.GetUtcNow()).Error is { } error) return error;
        await audit.AppendAsync(societyId, actor, "poll.certified", poll.Id.ToString(), null, PollRecord.Of(poll), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var (resolution, election) = await StoredOutcomeAsync(poll, cancellationToken);
        foreach (var then in _certified)
        {
            if (await then.CertifiedAsync(new PollCount(poll, resolution, election), actor, cancellationToken) is not { } refused) continue;
            // Not committed, so the certification is undone with whatever followed it.
            db.ChangeTracker.Clear();
            return refused;
        }

        await transaction.CommitAsync(cancellationToken);
        // Read after the commit: a large poll's published ballots need not be held in the transaction.
        return (await ResultsAsync(societyId, pollId, cancellationToken))!;
    }

    public async Task<IReadOnlyList<Poll>> ListAsync(SocietyId societyId, Guid? meetingId = null, CancellationToken cancellationToken = default)
    {
        var polls = db.Set<Poll>().AsNoTracking().Where(p => p.SocietyId == societyId);
        if (meetingId is { } meeting) polls = polls.Where(p => p.MeetingId == meeting);
        var list = await polls.ToListAsync(cancellationToken);
        return [.. list.OrderByDescending(p => p.OpensAt).ThenBy(p => p.Title, StringComparer.Ordinal)];
    }

    public Task<Poll?> GetAsync(SocietyId societyId, PollId pollId, CancellationToken cancellationToken = default) =>
        db.Set<Poll>().AsNoTracking().SingleOrDefaultAsync(p => p.SocietyId == societyId && p.Id == pollId, cancellationToken);

    /// <summary>Whether <paramref name="memberId"/> is on the poll's voter roll.</summary>
    public Task<bool> IsEligibleAsync(SocietyId societyId, PollId pollId, MemberId memberId, CancellationToken cancellationToken = default) =>
        Voters(societyId).AnyAsync(v => v.PollId == pollId && v.MemberId == memberId, cancellationToken);

    public Task<bool> HasVotedAsync(SocietyId societyId, PollId pollId, MemberId memberId, CancellationToken cancellationToken = default) =>
        Voters(societyId).AnyAsync(v => v.PollId == pollId && v.MemberId == memberId && v.HasVoted, cancellationToken);

    public async Task<IReadOnlyList<PollId>> VotedPollsAsync(SocietyId societyId, MemberId memberId, CancellationToken cancellationToken = default) =>
        await Voters(societyId).Where(v => v.MemberId == memberId && v.HasVoted).Select(v => v.PollId).ToListAsync(cancellationToken);

    private IQueryable<PollVoter> Voters(SocietyId societyId) =>
        db.Set<PollVoter>().AsNoTracking()
            .Where(v => db.Set<Poll>().Any(p => p.Id == v.PollId && p.SocietyId == societyId));

    private Task<Poll?> TrackedAsync(SocietyId societyId, PollId pollId, CancellationToken cancellationToken) =>
        db.Set<Poll>().SingleOrDefaultAsync(p => p.SocietyId == societyId && p.Id == pollId, cancellationToken);
}
