using Mutual.Data.Meetings;
using Mutual.Data.Polls;
using Mutual.Domain.Common;
using Mutual.Domain.Meetings;
using Mutual.Domain.Members;
using Mutual.Domain.Polls;
using Mutual.Domain.Societies;

namespace Mutual.Web.Features.Meetings;

/// <summary>
/// Where meetings meet polls (issue 4 point 4): each resolution on the agenda gets a poll that opens
/// with the notice and closes when the meeting ends; a proxy holder casts every directed vote they
/// hold on a poll in one step, as the member who appointed them.
/// </summary>
public sealed partial class MeetingPolls(MeetingService meetings, PollService polls, TimeProvider clock)
{
    /// <summary>How long after the start a meeting's polls stay open, for votes cast in the room.</summary>
    public static readonly TimeSpan PollsCloseAfterStart = TimeSpan.FromHours(3);

    public async Task<Result<int>> CreateResolutionPollsAsync(SocietyId societyId, MeetingId id, string actor, CancellationToken ct)
    {
        if (await meetings.GetAsync(societyId, id, ct) is not { } meeting) return new MeetingNotFound();
        var created = 0;
        foreach (var item in meeting.Agenda.Where(i => i.PollId is null && i.Kind.IsResolution()))
        {
            var draft = DraftFor(meeting, item) with { Kind = PollKind.Resolution, ResolutionKind = item.Kind.ResolutionKind()!.Value };
            var poll = await CreateLinkedAsync(societyId, meeting, item, draft, actor, ct);
            if (poll.Error is { } error) return error;
            created++;
        }

        return created;
    }

    /// <summary>A poll for an agenda item: open from now until the meeting's polls close, on the roll as it stands today.</summary>
    private PollDraft DraftFor(Meeting meeting, AgendaItem item) => new()
    {
        Title = item.Title,
        Text = item.Text,
        RecordDate = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        OpensAt = clock.GetUtcNow(),
        ClosesAt = meeting.StartsAt + PollsCloseAfterStart,
        MeetingId = meeting.Id.Value,
        AgendaItemId = item.Id,
    };

    private async Task<Result<PollId>> CreateLinkedAsync(SocietyId societyId, Meeting meeting, AgendaItem item, PollDraft draft, string actor, CancellationToken ct)
    {
        var poll = await polls.CreateAsync(societyId, draft, actor, ct);
        if (poll.Error is { } error) return error;
        var linked = await meetings.LinkPollAsync(societyId, meeting.Id, item.Id, poll.Value.Value, actor, ct);
        return linked.Error is { } linkError ? linkError : poll.Value;
    }

    /// <summary>
    /// C6: casts, for every current proxy held by <paramref name="heldBy"/> (null: the chair) with a
    /// direction on the item, that direction as the appointer's ballot, <paramref name="caster"/> casting
    /// it. Proxies whose appointer already voted are skipped.
    /// </summary>
    public async Task<Result<ProxyCasting>> CastDirectedProxiesAsync(
        SocietyId societyId, MeetingId id, Guid itemId, MemberId? heldBy, MemberId caster, string actor, CancellationToken ct)
    {
        if (await meetings.GetAsync(societyId, id, ct) is not { } meeting) return new MeetingNotFound();
        if (meeting.Agenda.FirstOrDefault(i => i.Id == itemId) is not { PollId: { } pollGuid }) return new AgendaItemNotFound(itemId);
        var pollId = new PollId(pollGuid);
        int cast = 0, skipped = 0;
        foreach (var proxy in meeting.ActiveProxiesHeldBy(heldBy))
        {
            if (!proxy.Directions.TryGetValue(itemId, out var direction)) continue;
            var choice = direction switch { ProxyVote.For => VoteChoice.For, ProxyVote.Against => VoteChoice.Against, _ => VoteChoice.Abstain };
            var ballot = await polls.CastAsync(
                societyId, pollId, new VoterCredential.Proxy(proxy.AppointerId, caster), BallotContent.Vote(choice), actor, ct);
            if (ballot.IsSuccess) cast++;
            else skipped++;
        }

        return new ProxyCasting(cast, skipped);
    }
}

/// <summary>How many directed proxy votes were cast in one step, and how many were not (their appointer had voted, or the poll refused).</summary>
public sealed record ProxyCasting(int Cast, int Skipped);
