using Mutual.Domain.Common;
using Mutual.Domain.Societies;

namespace Mutual.Domain.Polls;

/// <summary>
/// A resolution or election put to the members (DOMAIN C6–C10, D1–D2; issue 4 points 3, 5, 7):
/// drafted, opened by the returning officer with the voter roll frozen at the record date, closed
/// (results hidden until then), counted and certified. The ballots and the voter roll live apart
/// from it and from each other so that no ballot can be linked to the member who cast it.
/// </summary>
public sealed partial class Poll
{
    private readonly List<Candidate> _candidates = [];

    // For EF Core, which sets the properties itself.
    private Poll()
    {
        Title = "";
        Text = "";
        CountingMethod = "";
    }

    public PollId Id { get; private set; }

    public SocietyId SocietyId { get; private set; }

    public string Title { get; private set; }

    public string Text { get; private set; }

    public PollKind Kind { get; private set; }

    public ResolutionKind ResolutionKind { get; private set; }

    public IReadOnlyList<Candidate> Candidates => _candidates.AsReadOnly();

    public int Seats { get; private set; }

    /// <summary>The Mutual.Counting method an election is counted by (empty for resolutions).</summary>
    public string CountingMethod { get; private set; }

    public DateOnly RecordDate { get; private set; }

    public DateTimeOffset OpensAt { get; private set; }

    public DateTimeOffset ClosesAt { get; private set; }

    public Guid? MeetingId { get; private set; }

    public Guid? AgendaItemId { get; private set; }

    public bool Secret { get; private set; }

    public PollState State { get; private set; }

    /// <summary>How many members the voter roll held when the poll opened.</summary>
    public int Eligible { get; private set; }

    public ShowOfHands? ShowOfHands { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? OpenedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public DateTimeOffset? CountedAt { get; private set; }

    public DateTimeOffset? CertifiedAt { get; private set; }

    public bool IsCounted => CountedAt is not null;

    /// <summary>Results are hidden from everyone, the board included, until the poll closes (issue 4 point 7).</summary>
    public bool ResultsVisible => State is PollState.Closed or PollState.Certified;

    /// <summary>Whether a ballot may be cast at <paramref name="now"/>.</summary>
    public bool AcceptsBallotsAt(DateTimeOffset now) => State == PollState.Open && now >= OpensAt && now < ClosesAt;

    public Result<PollState> Open(int eligible, DateTimeOffset now)
    {
        if (State != PollState.Draft) return new PollNotInState(Id, State, PollState.Draft);
        Eligible = eligible;
        OpenedAt = now;
        return State = PollState.Open;
    }

    /// <summary>The returning officer closes the poll; after this nobody can vote and results may be seen.</summary>
    public Result<PollState> Close(DateTimeOffset now)
    {
        if (State != PollState.Open) return new PollNotInState(Id, State, PollState.Open);
        ClosedAt = now;
        return State = PollState.Closed;
    }

    public Result<PollState> MarkCounted(DateTimeOffset now)
    {
        if (State != PollState.Closed) return new PollNotInState(Id, State, PollState.Closed);
        CountedAt = now;
        return State;
    }

    public Result<PollState> Certify(DateTimeOffset now)
    {
        if (State != PollState.Closed) return new PollNotInState(Id, State, PollState.Closed);
        if (!IsCounted) return new PollNotCounted(Id);
        CertifiedAt = now;
        return State = PollState.Certified;
    }

    /// <summary>C6: the chair's count of hands in the room, added to any ballots cast; not once certified.</summary>
    public Result<ShowOfHands> RecordShowOfHands(ShowOfHands hands)
    {
        if (Kind != PollKind.Resolution) return new BallotDoesNotFitPoll(Kind);
        if (State == PollState.Certified) return new PollNotInState(Id, State, PollState.Closed);
        if (hands.For < 0 || hands.Against < 0 || hands.Abstain < 0) return new ShowOfHandsInvalid("counts cannot be negative.");
        ShowOfHands = hands;
        // A new count is needed once the totals change.
        CountedAt = null;
        return hands;
    }
}
