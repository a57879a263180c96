using Mutual.Domain.Common;
using Mutual.Domain.Polls;
using Mutual.Domain.Societies;

namespace Mutual.Data.Polls;

public sealed partial class PollService
{
    /// <summary>The chair's totals for an in-room resolution in a society whose rules give no class weights; added to any ballots cast when counted.</summary>
    public Task<Result<Poll>> RecordShowOfHandsAsync(
        SocietyId societyId, PollId pollId, ShowOfHands hands, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hands);
        return RecordHandsAsync(societyId, pollId, (poll, current) => poll.RecordShowOfHands(hands, current), actor, cancellationToken);
    }

    /// <summary>The chair's hands class by class, where the rules weight the classes (C10), so the count can weight them like ballots.</summary>
    public Task<Result<Poll>> RecordShowOfHandsAsync(
        SocietyId societyId, PollId pollId, IReadOnlyList<ClassShowOfHands> byClass, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(byClass);
        return RecordHandsAsync(societyId, pollId, (poll, current) => poll.RecordShowOfHands(byClass, current), actor, cancellationToken);
    }

    private async Task<Result<Poll>> RecordHandsAsync(
        SocietyId societyId, PollId pollId, Func<Poll, Domain.Rules.SocietyRules, Result<ShowOfHands>> record, string actor, CancellationToken cancellationToken)
    {
        var current = await rules.CurrentAsync(societyId, cancellationToken);
        if (current.Error is { } noRules) return noRules;
        var poll = await TrackedAsync(societyId, pollId, cancellationToken);
        if (poll is null) return new PollNotFound(pollId);
        var before = new { Totals = poll.ShowOfHands, ByClass = poll.HandsByClass.ToList() };
        if (record(poll, current.Value).Error is { } error) return error;
        var after = new { Totals = poll.ShowOfHands, ByClass = poll.HandsByClass.ToList() };
        await audit.AppendAsync(societyId, actor, "poll.show-of-hands", poll.Id.ToString(), before, after, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return poll;
    }
}
