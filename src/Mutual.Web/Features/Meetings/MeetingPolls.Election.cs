using Mutual.Data.Meetings;
using Mutual.Domain.Common;
using Mutual.Domain.Meetings;
using Mutual.Domain.Polls;
using Mutual.Domain.Societies;

namespace Mutual.Web.Features.Meetings;

public sealed partial class MeetingPolls
{
    /// <summary>
    /// Issue 4 point 5: once nominations have closed (the notice went out), the board election on
    /// the agenda becomes a poll with the item's vacancies as seats, the candidates and their
    /// statements from the nominations (in name order, as on a ballot paper), counted by the rules'
    /// method, open now and until the meeting's polls close. With no more candidates than seats there
    /// is nothing to choose, so no poll: the candidates are declared elected unopposed at the meeting,
    /// minuted and entered in the register of directors.
    /// </summary>
    public async Task<Result<BoardElectionStarted>> CreateElectionAsync(SocietyId societyId, MeetingId id, Guid itemId, string actor, CancellationToken ct)
    {
        if (await meetings.GetAsync(societyId, id, ct) is not { } meeting) return new MeetingNotFound();
        if (meeting.Agenda.FirstOrDefault(i => i.Id == itemId) is not { } item) return new AgendaItemNotFound(itemId);
        if (item.Kind != AgendaItemKind.BoardElection) return new NotABoardElection();
        if (item.PollId is not null) return new ElectionAlreadyCreated();
        if (Nomination.NominationsOpen(meeting)) return new NominationsStillOpen();
        var seats = item.Vacancies ?? 1;
        var candidates = (await meetings.NominationsAsync(societyId, id, ct))
            .Where(n => n.IsActive && n.AgendaItemId == itemId)
            .OrderBy(n => n.CandidateName, StringComparer.CurrentCulture)
            .ToList();
        if (candidates.Count == 0) return new NoCandidates();
        if (candidates.Count <= seats) return await DeclareUnopposedAsync(societyId, meeting, item, candidates, seats, actor, ct);

        var draft = DraftFor(meeting, item) with
        {
            Kind = PollKind.Election,
            Seats = seats,
            Candidates = [.. candidates.Select(n => new CandidateDraft(n.CandidateName, n.Statement, n.CandidateId))],
        };
        var poll = await CreateLinkedAsync(societyId, meeting, item, draft, actor, ct);
        return poll.Error is { } error ? error : new BoardElectionStarted(poll.Value, []);
    }

    private async Task<Result<BoardElectionStarted>> DeclareUnopposedAsync(
        SocietyId societyId, Meeting meeting, AgendaItem item, List<Nomination> candidates, int seats, string actor, CancellationToken ct)
    {
        // An adjourned AGM declares the result at the meeting it was adjourned to.
        var sitting = await meetings.SittingAsync(societyId, meeting.Id, ct) ?? meeting;
        if (sitting.State == MeetingState.Called) return new UnopposedAtMeeting(candidates.Count, seats);
        if (sitting.Minutes.Any(m => m.AgendaItemId == item.Id && m.Kind == MinuteKind.Election)) return new ElectionAlreadyCreated();
        Candidate[] elected = [.. candidates.Select((n, i) => new Candidate(i + 1, n.CandidateName, n.Statement, n.CandidateId))];
        var minuted = await meetings.RecordBoardElectionAsync(societyId, sitting.Id, item.Id, elected, true, actor, ct);
        return minuted.Error is { } error ? error : new BoardElectionStarted(null, [.. elected.Select(c => c.Name)]);
    }
}

/// <summary>The election poll created from the nominations, or, with no more candidates than seats, those elected unopposed.</summary>
public sealed record BoardElectionStarted(PollId? PollId, IReadOnlyList<string> ElectedUnopposed);
