using Mutual.Domain.Members;

namespace Mutual.Domain.Polls;

/// <summary>
/// What the secretary or returning officer asks the members (issue 4 points 2, 3, 5): a resolution
/// of a given kind, or an election with candidates and seats counted by a named method (the rules'
/// <c>Board.ElectionMethod</c> when none is given). The voter roll is frozen at
/// <see cref="RecordDate"/>: members admitted on or before it and not ceased by it.
/// A meeting may link the poll to itself and an agenda item; no foreign key ties them.
/// </summary>
public sealed record PollDraft
{
    public required string Title { get; init; }

    public string Text { get; init; } = "";

    public PollKind Kind { get; init; } = PollKind.Resolution;

    public ResolutionKind ResolutionKind { get; init; } = ResolutionKind.Ordinary;

    public IReadOnlyList<CandidateDraft> Candidates { get; init; } = [];

    public int Seats { get; init; } = 1;

    /// <summary>A name from Mutual.Counting's method catalogue; null for the rules' election method.</summary>
    public string? CountingMethod { get; init; }

    public required DateOnly RecordDate { get; init; }

    public required DateTimeOffset OpensAt { get; init; }

    public required DateTimeOffset ClosesAt { get; init; }

    public Guid? MeetingId { get; init; }

    public Guid? AgendaItemId { get; init; }

    public bool Secret { get; init; } = true;
}

/// <summary>Someone standing for election, with the statement members read before ranking them.</summary>
public sealed record CandidateDraft(string Name, string Statement = "", MemberId? MemberId = null);
