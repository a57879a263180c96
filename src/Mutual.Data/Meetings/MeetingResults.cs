using Mutual.Data.Polls;
using Mutual.Domain.Common;
using Mutual.Domain.Meetings;
using Mutual.Domain.Polls;

namespace Mutual.Data.Meetings;

/// <summary>
/// A certified poll that decides an agenda item is minuted at the meeting that sits on it (issue 4
/// point 1: minutes recording each decision): a resolution with its votes, threshold and verdict; a
/// board election with who was elected, who also enter the register of directors (D2).
/// </summary>
public sealed class MeetingResults(MeetingService meetings) : IPollCertified
{
    public async Task<DomainError?> CertifiedAsync(PollCount counted, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(counted);
        var poll = counted.Poll;
        if (poll.MeetingId is not { } meetingId || poll.AgendaItemId is not { } itemId) return null;
        var meeting = await meetings.SittingAsync(poll.SocietyId, new MeetingId(meetingId), cancellationToken);
        if (meeting is null || meeting.Agenda.All(i => i.Id != itemId)) return null;
        if (meeting.State == MeetingState.Called) return new MeetingNotYetOpen();

        if (counted.Resolution is { } resolution)
            return (await meetings.MinuteResolutionAsync(poll.SocietyId, meeting.Id, itemId, resolution, actor, cancellationToken)).Error;
        if (counted.Election is { } election && meeting.Agenda.Single(i => i.Id == itemId).Kind == AgendaItemKind.BoardElection)
        {
            Candidate[] elected = [.. election.Elected.Select(n => poll.Candidates.Single(c => c.Number == n))];
            return (await meetings.RecordBoardElectionAsync(poll.SocietyId, meeting.Id, itemId, elected, false, actor, cancellationToken)).Error;
        }

        return null;
    }
}
