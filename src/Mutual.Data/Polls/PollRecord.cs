using Mutual.Domain.Polls;

namespace Mutual.Data.Polls;

/// <summary>A poll as the audit chain records it: what was asked, when, and its state; never a ballot.</summary>
internal sealed record PollRecord(
    string Title, string Kind, string? ResolutionKind, string State, DateOnly RecordDate,
    DateTimeOffset OpensAt, DateTimeOffset ClosesAt, int Seats, string? Method, IReadOnlyList<string> Candidates, int Eligible)
{
    public static PollRecord Of(Poll poll) => new(
        poll.Title, poll.Kind.ToString(), poll.Kind == PollKind.Resolution ? poll.ResolutionKind.ToString() : null, poll.State.ToString(),
        poll.RecordDate, poll.OpensAt, poll.ClosesAt, poll.Seats, poll.Kind == PollKind.Election ? poll.CountingMethod : null,
        [.. poll.Candidates.Select(c => c.Name)], poll.Eligible);
}
