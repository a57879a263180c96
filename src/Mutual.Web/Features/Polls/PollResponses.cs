using Mutual.Counting.Results;
using Mutual.Data.Polls;
using Mutual.Domain.Polls;

namespace Mutual.Web.Features.Polls;

public sealed record PollResponse(
    Guid Id, string Title, string Text, string Kind, string ResolutionKind, string State, int Seats, string CountingMethod,
    IReadOnlyList<CandidateResponse> Candidates, DateOnly RecordDate, DateTimeOffset OpensAt, DateTimeOffset ClosesAt,
    int Eligible, bool Secret, Guid? MeetingId, Guid? AgendaItemId);

public sealed record CandidateResponse(int Number, string Name, string Statement);

/// <summary>The codes issued when a poll opens: the only time they are ever given out in plain.</summary>
public sealed record OpenedPollResponse(Guid Id, int CodesIssued, IReadOnlyList<IssuedCodeResponse> Codes);

public sealed record IssuedCodeResponse(Guid MemberId, string Code);

public sealed record ReceiptResponse(Guid PollId, string Receipt);

public sealed record ResultsResponse(
    PollResponse Poll, Turnout Turnout, ResolutionResultResponse? Resolution, ElectionResultResponse? Election,
    IReadOnlyList<PublishedBallot> Ballots);

/// <summary>A counted resolution; <c>shareFor</c> is exact, as a fraction "numerator/denominator".</summary>
public sealed record ResolutionResultResponse(
    decimal For, decimal Against, decimal Abstain, decimal Cast, string ShareFor, string Threshold, bool Carried, string Explanation);

public sealed record ElectionResultResponse(string Method, int Seats, IReadOnlyList<string> Candidates, IReadOnlyList<int> Elected, CountResult RoundSheet);

public static class PollMapping
{
    public static PollResponse ToResponse(this Poll p) => new(
        p.Id.Value, p.Title, p.Text, p.Kind.ToString(), p.ResolutionKind.ToString(), p.State.ToString(), p.Seats, p.CountingMethod,
        [.. p.Candidates.Select(c => new CandidateResponse(c.Number, c.Name, c.Statement))],
        p.RecordDate, p.OpensAt, p.ClosesAt, p.Eligible, p.Secret, p.MeetingId, p.AgendaItemId);

    public static ResultsResponse ToResponse(this PollResults r) => new(
        r.Poll.ToResponse(),
        r.Turnout,
        r.Resolution is { } o ? new ResolutionResultResponse(o.For, o.Against, o.Abstain, o.Cast, $"{o.ShareFor.Numerator}/{o.ShareFor.Denominator}", o.Threshold, o.Carried, o.Explanation) : null,
        r.Election is { } e ? new ElectionResultResponse(e.Method, e.Seats, e.Candidates, e.Elected, e.Count) : null,
        r.Ballots);
}
